/**
 * Publications: near-identical articles (the same story re-published, see
 * `seed/ingest/near-duplicates.ts`) form one publication, so that an edge's sources can be counted
 * by distinct publication. Runs inside the commit's transaction.
 *
 * Storage:
 * - `Article.publication`: the id of the group's first article (its representative; an article
 *   with no near-duplicate is its own), `Article.duplicateOf`: the stored article it was found to
 *   copy (null for a representative), `Article.minHash`: its MinHash signature;
 * - `(:Article)-[:IN_BAND]->(:MinHashBand {key})`, one per band of the signature: the index that
 *   finds the candidates of a new article by a few seeks, whatever the number of articles.
 *
 * A group keeps its id when its representative is replaced by an edited version (the version is
 * a near-duplicate of the article it replaces) or retracted (the others still share the id).
 * Deleting an article deletes the bands no other article uses (`DELETE_ARTICLES`).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { PREDICATE_NAMES, type Predicate } from '../../../schema/vocabulary.ts';
import { inTransaction, runQuery, type GraphContext } from '../access.ts';
import { refreshEdges } from './refresh-edges.ts';
import { integer } from '../reads/integer-parameter.ts';
import { bandKeys, minHashSignature, publicationOf, type StoredSignature } from '../../../seed/ingest/near-duplicates.ts';

/** Candidates read at most: articles sharing a band with the new one (near-duplicates share many). */
const MAX_CANDIDATES = 500;

/** Stored articles that share a band key with the new one, itself left out. */
const NEAR_DUPLICATE_CANDIDATES = `
UNWIND $bands AS key
MATCH (:MinHashBand {key: key})<-[:IN_BAND]-(candidate:Article)
WHERE candidate.id <> $articleId
WITH candidate, count(*) AS sharedBands
ORDER BY sharedBands DESC, candidate.ingestedAt, candidate.id
LIMIT $maxCandidates
RETURN candidate.id AS id,
       coalesce(candidate.publication, candidate.id) AS publication,
       candidate.minHash AS signature,
       toString(candidate.ingestedAt) AS ingestedAt
`;

/** Replaces the article's band links (its text may have changed with the same id). */
const INDEX_ARTICLE_BANDS = `
MATCH (article:Article {id: $articleId})
OPTIONAL MATCH (article)-[old:IN_BAND]->()
DELETE old
WITH DISTINCT article
UNWIND $bands AS key
MERGE (band:MinHashBand {key: key})
MERGE (article)-[:IN_BAND]->(band)
RETURN count(band) AS bands
`;

export interface Publication {
  /** The group's id: its first article's. */
  publication: string;
  /** The stored article this one copies, or null when it starts its own group. */
  duplicateOf: string | null;
  /** Its MinHash signature, stored on the Article. */
  minHash: number[];
  /** Its band keys, linked by `indexArticleBands` once the Article is written. */
  bands: string[];
}

/**
 * The publication of an article about to be committed: the group of its most similar stored
 * near-duplicate (previous versions included, so that an edited version stays in its group), or
 * a new group named after the article itself.
 */
export async function findPublication(tx: Pick<ManagedTransaction, 'run'>, articleId: string, text: string): Promise<Publication> {
  const minHash = minHashSignature(text);
  const bands = bandKeys(minHash);
  const result = await tx.run(NEAR_DUPLICATE_CANDIDATES, { bands, articleId, maxCandidates: integer(MAX_CANDIDATES) });
  const candidates: StoredSignature[] = result.records.map((record) => ({
    id: record.get('id') as string,
    publication: record.get('publication') as string,
    signature: ((record.get('signature') as unknown[] | null) ?? []).map(Number),
    ingestedAt: record.get('ingestedAt') as string | null,
  }));
  const match = publicationOf(minHash, candidates);
  return { publication: match?.publication ?? articleId, duplicateOf: match?.duplicateOf ?? null, minHash, bands };
}

/** Links the committed article to its band keys, so that later near-duplicates find it. */
export async function indexArticleBands(tx: Pick<ManagedTransaction, 'run'>, articleId: string, bands: string[]): Promise<void> {
  await tx.run(INDEX_ARTICLE_BANDS, { articleId, bands });
}

/** Articles written before publications existed, oldest first, so that each group's first article represents it. */
const ARTICLES_WITHOUT_SIGNATURE = `
MATCH (article:Article)
WHERE article.minHash IS NULL
RETURN article.id AS id
ORDER BY article.ingestedAt, article.id
LIMIT $batch
`;

const ARTICLE_TEXT = `
MATCH (article:Article {id: $articleId})
RETURN coalesce(article.text, '') AS text
`;

const SET_PUBLICATION = `
MATCH (article:Article {id: $articleId})
SET article.publication = $publication, article.duplicateOf = $duplicateOf, article.minHash = $minHash
WITH article
MATCH (article)-[:STATES]->(statement:Statement)
RETURN statement.predicate AS predicate, collect(DISTINCT statement.edgeId) AS edgeIds
`;

/** Articles grouped per backfill round. */
const BACKFILL_BATCH = 100;

/**
 * Gives every article stored before publications existed its signature, bands and publication,
 * and recounts the edges it supports; one transaction per article. Runs at every start; a no-op
 * once every article has a signature. Returns how many articles it grouped.
 */
export async function backfillPublications(graph: GraphContext): Promise<number> {
  let grouped = 0;
  for (;;) {
    const rows = await runQuery<{ id: string }>(graph, 'articles-without-signature', ARTICLES_WITHOUT_SIGNATURE, { batch: integer(BACKFILL_BATCH) });
    for (const { id } of rows) {
      await inTransaction(graph, 'WRITE', 'backfill-publication', async (tx) => {
        const text = ((await tx.run(ARTICLE_TEXT, { articleId: id })).records[0]?.get('text') as string | undefined) ?? '';
        const publication = await findPublication(tx, id, text);
        const stated = await tx.run(SET_PUBLICATION, { articleId: id, publication: publication.publication, duplicateOf: publication.duplicateOf, minHash: publication.minHash });
        await indexArticleBands(tx, id, publication.bands);
        const edges = new Map<Predicate, string[]>();
        for (const record of stated.records) {
          const predicate = record.get('predicate') as Predicate;
          if (PREDICATE_NAMES.includes(predicate)) edges.set(predicate, record.get('edgeIds') as string[]);
        }
        await refreshEdges(tx, edges);
      });
    }
    grouped += rows.length;
    if (rows.length < BACKFILL_BATCH) return grouped;
  }
}
