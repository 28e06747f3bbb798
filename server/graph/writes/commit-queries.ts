/**
 * The Cypher of a commit, one named constant per statement. Labels and relationship types come
 * from the vocabulary; values only from parameters. Run by `commit-article.ts` in one write
 * transaction.
 */
import { ENTITY_TYPES, PREDICATE_NAMES, type EntityType, type Predicate } from '../../../schema/vocabulary.ts';
import { label, numbered, parameter, relType, sumOf } from '../cypher-fragments.ts';
import { refreshEdgesSubquery } from './refresh-edges.ts';

export const ENTITY_KINDS = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id,
       [label IN labels(n) WHERE label IN $types][0] AS type,
       coalesce(n.name, n.id) AS name,
       coalesce(n.aliases, []) AS aliases
`;

/**
 * Locks a commit's keys (its article id, url, replaced article) for the rest of its transaction:
 * MERGE on a uniquely constrained key waits while another transaction holds the same key, so
 * commits of one article or url run one after the other. The nodes are deleted by
 * RELEASE_COMMIT_KEYS in the same transaction: nothing stays in the graph.
 */
export const LOCK_COMMIT_KEYS = `
UNWIND $keys AS key
MERGE (lock:CommitLock {key: key})
RETURN count(lock) AS locked
`;

export const RELEASE_COMMIT_KEYS = `
MATCH (lock:CommitLock)
WHERE lock.key IN $keys
DELETE lock
`;

/** What the graph knows of the article's entities, and the stored versions of the article. */
export const BEFORE_COMMIT = `
CALL () {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN collect({
    id: n.id,
    type: [label IN labels(n) WHERE label IN $types][0],
    name: coalesce(n.name, n.id),
    aliases: coalesce(n.aliases, [])
  }) AS entities
}
CALL () {
  OPTIONAL MATCH (same:Article {id: $articleId})
  RETURN same.commitHash AS commitHash
}
CALL () {
  OPTIONAL MATCH (named:Article {id: $replaces})
  RETURN named IS NOT NULL AS replacesExists
}
CALL () {
  CALL () {
    MATCH (previous:Article {url: $url}) RETURN previous.id AS previousId
    UNION
    MATCH (previous:Article {id: $replaces}) RETURN previous.id AS previousId
  }
  WITH previousId WHERE previousId <> $articleId
  RETURN collect(previousId) AS previousIds
}
RETURN entities AS entities, commitHash AS commitHash, replacesExists AS replacesExists, previousIds AS previousIds
`;

export const STATEMENTS_OF_ARTICLE = `
OPTIONAL MATCH (:Article {id: $articleId})-[:STATES]->(statement:Statement)
WITH statement ORDER BY statement.id
RETURN collect(statement.id) AS statements
`;

export const EDGES_WITH_STATEMENTS = `
UNWIND $edgeIds AS edgeId
RETURN edgeId AS edgeId, COUNT { (:Statement {edgeId: edgeId}) } AS statements
`;

/** Deletes the statements, mentions and learned aliases of articles; returns the statements removed. */
export const RETRACT_STATEMENTS = `
MATCH (article:Article)-[:STATES]->(statement:Statement)
WHERE article.id IN $articleIds
WITH statement, statement.edgeId AS edgeId, statement.predicate AS predicate, statement.firstSeen AS firstSeen
DETACH DELETE statement
RETURN edgeId AS edgeId, predicate AS predicate, min(firstSeen) AS firstSeen
`;

export const RETRACT_MENTIONS = `
MATCH (article:Article)-[mention:MENTIONS]->(:Entity)
WHERE article.id IN $articleIds
DELETE mention
`;

export const RETRACT_LEARNED_ALIASES = `
UNWIND $articleIds AS articleId
MATCH (n:Entity)
WHERE any(learned IN coalesce(n.learnedAliases, []) WHERE learned ENDS WITH '|' + articleId)
WITH DISTINCT n
WITH n, [learned IN n.learnedAliases WHERE NOT any(id IN $articleIds WHERE learned ENDS WITH '|' + id)] AS kept
WITH n, kept,
     [learned IN n.learnedAliases WHERE NOT learned IN kept | left(learned, size(learned) - size(last(split(learned, '|'))) - 1)] AS dropped
WITH n, kept, [alias IN dropped WHERE
       NOT any(learned IN kept WHERE learned STARTS WITH alias + '|')
       AND NOT alias IN coalesce(n.aliasesEn, []) + coalesce(n.aliasesFr, [])] AS forgotten
SET n.learnedAliases = kept,
    n.aliases = [alias IN coalesce(n.aliases, []) WHERE NOT alias IN forgotten]
`;

/** Deletes articles, and the MinHash bands (group-publications.ts) no other article uses. */
export const DELETE_ARTICLES = `
MATCH (article:Article)
WHERE article.id IN $articleIds
OPTIONAL MATCH (article)-[:IN_BAND]->(band:MinHashBand)
WITH article, collect(band) AS bands
DETACH DELETE article
WITH bands
UNWIND bands AS band
WITH DISTINCT band
WHERE NOT EXISTS { (band)<-[:IN_BAND]-() }
DELETE band
`;

/**
 * Everything one commit writes, as one statement: the article, new entities (one block per type),
 * learned aliases, mentions, statements with their edges (one block per predicate), then the
 * summaries of every edge touched, deleting those left without statements. Labels and types
 * come from the vocabulary; values only from parameters.
 */
function commitCypher(types: readonly EntityType[], predicates: readonly Predicate[], touched: readonly Predicate[]): string {
  const entityBlocks = types.map((type, i) => `
CALL () {
  UNWIND ${parameter('$entities', type)} AS entity
  MERGE (n:Entity {id: entity.id})
    ON CREATE SET n:${label(type)}, n += entity.properties, n.createdBy = $articleId, n.createdAt = datetime()
  WITH n WHERE n.createdBy = $articleId
  RETURN collect(n.id) AS ${numbered('created', i)}
}`);
  const statementBlocks = predicates.map((predicate) => `
CALL (article) {
  UNWIND ${parameter('$statements', predicate)} AS rel
  MATCH (subject:Entity {id: rel.subjectId}), (object:Entity {id: rel.objectId})
  MERGE (subject)-[edge:${relType(predicate)} {id: rel.edgeId}]->(object)
    ON CREATE SET edge.confidence = rel.statement.confidence, edge.sources = 0
  MERGE (statement:Statement {id: rel.statement.id})
  SET statement += rel.statement, statement.firstSeen = coalesce(rel.firstSeen, statement.firstSeen, datetime())
  MERGE (article)-[:STATES]->(statement)
}`);
  return `
CALL () {
  UNWIND $newEdgeIds AS edgeId
  WITH edgeId WHERE NOT EXISTS { (:Statement {edgeId: edgeId}) }
  RETURN collect(edgeId) AS addedEdges
}
MERGE (article:Article {id: $article.id})
  ON CREATE SET article.ingestedAt = datetime()
SET article += $article, article.updatedAt = datetime()
WITH article, addedEdges
${entityBlocks.join('\n')}
CALL () {
  UNWIND $aliases AS learned
  MATCH (n:Entity {id: learned.entityId})
  SET n.aliases = CASE WHEN learned.alias IN coalesce(n.aliases, []) THEN n.aliases ELSE coalesce(n.aliases, []) + learned.alias END,
      n.learnedAliases = [source IN coalesce(n.learnedAliases, []) WHERE source <> learned.source] + learned.source
}
CALL (article) {
  UNWIND $mentions AS mention
  MATCH (n:Entity {id: mention.entityId})
  MERGE (article)-[m:MENTIONS]->(n)
  SET m.starts = mention.starts, m.ends = mention.ends, m.texts = mention.texts
}
${statementBlocks.join('\n')}
${touched.map((predicate, i) => refreshEdgesSubquery(predicate, parameter('$touched', predicate), numbered('deleted', i))).join('\n')}
RETURN ${sumOf(types.map((_, i) => numbered('created', i)))} AS addedEntities, addedEdges AS addedEdges, ${sumOf(touched.map((_, i) => numbered('deleted', i)))} AS retractedEdges
`;
}

/**
 * The commit query, written once for every type and predicate of the vocabulary so that Neo4j
 * plans it once and reuses the plan: a type or predicate absent from an article gets an empty
 * list (UNWIND of an empty list or null yields no row), not a different query.
 */
export const COMMIT_ARTICLE = commitCypher(ENTITY_TYPES, PREDICATE_NAMES, PREDICATE_NAMES);

/** Entities created by retired versions: handed to the new version, or deleted when unused. */
export const SETTLE_CREATED_ENTITIES = `
MATCH (n:Entity)
WHERE n.createdBy IN $retiredIds
OPTIONAL MATCH (:Article {id: $articleId})-[mentioned:MENTIONS]->(n)
WITH n, mentioned
FOREACH (_ IN CASE WHEN mentioned IS NOT NULL THEN [1] ELSE [] END | SET n.createdBy = $articleId)
WITH n, mentioned WHERE mentioned IS NULL AND NOT (n)--()
WITH n, n.id AS id
DETACH DELETE n
RETURN collect(id) AS deleted
`;
