/**
 * Test support for the commit fault tests: what the graph holds of one article's commit, all zero
 * when the commit left nothing behind.
 */
import type { Driver } from 'neo4j-driver';

export interface StoredArticle {
  articles: number;
  statements: number;
  mentions: number;
  /** The entities the commit was to create, by id. */
  created: number;
  audit: number;
  locks: number;
  /** The article's statements that no article states: must always be 0. */
  orphanStatements: number;
}

export const NOTHING_STORED: StoredArticle = { articles: 0, statements: 0, mentions: 0, created: 0, audit: 0, locks: 0, orphanStatements: 0 };

const STORED = `
CALL () { MATCH (a:Article {id: $id}) RETURN count(a) AS articles }
CALL () { MATCH (s:Statement) WHERE s.id STARTS WITH $id + ':' RETURN count(s) AS statements }
CALL () { MATCH (:Article {id: $id})-[m:MENTIONS]->() RETURN count(m) AS mentions }
CALL () { MATCH (n:Entity) WHERE n.id IN $entities RETURN count(n) AS created }
CALL () { MATCH (e:AuditEntry {target: $id}) RETURN count(e) AS audit }
CALL () { MATCH (l:CommitLock) RETURN count(l) AS locks }
CALL () { MATCH (s:Statement) WHERE s.id STARTS WITH $id + ':' AND NOT EXISTS { (:Article)-[:STATES]->(s) } RETURN count(s) AS orphanStatements }
RETURN articles, statements, mentions, created, audit, locks, orphanStatements
`;

export async function storedArticle(driver: Driver, articleId: string, entityIds: readonly string[]): Promise<StoredArticle> {
  const { records } = await driver.executeQuery(STORED, { id: articleId, entities: [...entityIds] });
  return records[0]!.toObject() as unknown as StoredArticle;
}
