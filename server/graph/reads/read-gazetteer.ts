/**
 * Gazetteer entries read from Neo4j: the same `GazetteerEntry` objects that
 * `seed/ingest/load-gazetteer.ts` builds from `seed/knowledge/`, but including what articles have
 * added since (new entities, learned aliases). One Cypher query.
 *
 * `graphGazetteer` keeps the compiled gazetteer per driver and database while the graph's stamp
 * (entity and article counts, last commit) is unchanged, so a commit by any process is seen;
 * `invalidateGazetteer` drops it at once after this process's own commit.
 */
import type { Driver } from 'neo4j-driver';
import { runQuery, type GraphContext } from '../access.ts';
import { ENTITY_TYPES, type EntityType } from '../../../schema/vocabulary.ts';
import { buildGazetteer, type Gazetteer, type GazetteerEntry } from '../../../seed/ingest/build-gazetteer.ts';

/** Every entity with its names; policies with their actors and dates; agencies with their state; companies with their home state; people with what they lead. */
const GAZETTEER_ENTRIES = `
MATCH (n:Entity)
WITH n, [label IN labels(n) WHERE label IN $types][0] AS type
WHERE type IS NOT NULL
RETURN n.id AS id,
       type AS type,
       n.name AS name,
       coalesce(n.aliases, []) AS aliases,
       n.kind AS kind,
       n.country AS country,
       n.sector AS sector,
       [date IN [n.announced, n.effective, n.ended] WHERE date IS NOT NULL] AS dates,
       [text IN [n.description, n.summary] WHERE text IS NOT NULL] AS about,
       CASE WHEN type = 'Policy' THEN COLLECT {
         MATCH (n)<-[:ISSUES|RESCINDS]-(actor:Entity) RETURN actor.id AS actor
         UNION
         MATCH (n)-[:TARGETS]->(actor:Entity) RETURN actor.id AS actor
       } ELSE [] END AS actors,
       CASE WHEN type = 'Policy' THEN COLLECT {
         MATCH (n)<-[:ISSUES|RESCINDS]-(issuer:Entity) RETURN issuer.id AS issuer ORDER BY issuer
       } ELSE [] END AS issuers,
       CASE WHEN type = 'Government' THEN COLLECT {
         MATCH (n)-[:PART_OF]->(state:Entity) RETURN state.id ORDER BY state.id
       } ELSE [] END AS partOf,
       CASE WHEN type = 'Chip' THEN COLLECT {
         MATCH (n)<-[made:MAKES|DESIGNS|FABRICATES]-(maker:Entity) RETURN type(made) + '|' + maker.id AS maker ORDER BY maker
       } ELSE [] END AS makers,
       CASE WHEN type = 'Company' THEN COLLECT {
         MATCH (n)-[:HEADQUARTERED_IN]->(state:Entity) RETURN state.id ORDER BY state.id
       } ELSE [] END AS homes,
       CASE WHEN type = 'Person' THEN COLLECT {
         MATCH (n)-[:LEADS]->(led:Entity) RETURN led.id ORDER BY led.id
       } ELSE [] END AS leads
ORDER BY id
`;

interface GazetteerRow {
  id: string;
  type: EntityType;
  name: string | null;
  aliases: string[];
  kind: string | null;
  country: string | null;
  sector: string | null;
  dates: string[];
  about: string[];
  actors: string[];
  issuers: string[];
  partOf: string[];
  makers: string[];
  homes: string[];
  leads: string[];
}

export async function readGazetteerEntries(graph: GraphContext): Promise<GazetteerEntry[]> {
  const rows = await runQuery<GazetteerRow>(graph, 'gazetteer-entries', GAZETTEER_ENTRIES, { types: [...ENTITY_TYPES] });
  return rows.map((row) => {
    const entry: GazetteerEntry = {
      id: row.id,
      type: row.type,
      name: row.name ?? row.id,
      aliases: row.aliases.filter((alias) => typeof alias === 'string'),
    };
    if (row.about.length > 0) entry.about = row.about.join(' ');
    if (row.type === 'Policy') {
      if (row.kind) entry.kind = row.kind;
      entry.actors = [...row.actors].sort();
      entry.issuers = [...new Set(row.issuers)].sort();
      entry.dates = row.dates;
    } else if (row.type === 'Government') {
      if (row.kind) entry.kind = row.kind;
      if (row.country) entry.country = row.country;
      const parent = row.partOf[0];
      if (parent) entry.partOf = parent;
    } else if (row.type === 'Company') {
      if (row.sector) entry.sector = row.sector;
      // Only a single home says where the company is: two (one added by an article) say nothing sure.
      if (row.homes.length === 1 && row.homes[0]) entry.home = row.homes[0];
    } else if (row.type === 'Chip') {
      entry.makers = [...row.makers].sort();
    } else if (row.type === 'Person') {
      entry.leads = [...new Set(row.leads)].sort();
    }
    return entry;
  });
}

/**
 * What the gazetteer depends on, read in one cheap query: how many entities and articles the graph
 * holds and when an article was last committed. Another process that commits (the CLI, a second
 * server) changes it, so this process reads the names again instead of trusting its copy.
 */
const GRAPH_STAMP = `
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (a:Article) RETURN count(a) AS articles, toString(max(a.updatedAt)) AS lastCommit }
RETURN entities + ':' + articles + ':' + coalesce(lastCommit, '') AS stamp
`;

async function readGraphStamp(graph: GraphContext): Promise<string> {
  const [row] = await runQuery<{ stamp: string }>(graph, 'graph-stamp', GRAPH_STAMP, {});
  return row?.stamp ?? '';
}

interface CachedGazetteer {
  stamp: string;
  gazetteer: Promise<Gazetteer>;
}

const cache = new WeakMap<Driver, Map<string, CachedGazetteer>>();

/**
 * The compiled gazetteer of this graph: kept while the graph's stamp is unchanged (one small query
 * per call), read again when this process or another one committed since.
 */
export async function graphGazetteer(graph: GraphContext): Promise<Gazetteer> {
  let perDatabase = cache.get(graph.driver);
  if (!perDatabase) {
    perDatabase = new Map();
    cache.set(graph.driver, perDatabase);
  }
  const key = graph.database ?? '';
  const stamp = await readGraphStamp(graph);
  const cached = perDatabase.get(key);
  if (cached && cached.stamp === stamp) return cached.gazetteer;
  const gazetteer = readGazetteerEntries(graph).then(buildGazetteer);
  const entry = { stamp, gazetteer };
  // A failed read is not cached: the next call tries again.
  gazetteer.catch(() => { if (perDatabase.get(key) === entry) perDatabase.delete(key); });
  perDatabase.set(key, entry);
  return gazetteer;
}

/** Forgets the cached gazetteer, e.g. after a commit added entities or aliases. */
export function invalidateGazetteer(graph: Pick<GraphContext, 'driver'> & { database?: string | undefined }): void {
  if (graph.database === undefined) cache.delete(graph.driver);
  else cache.get(graph.driver)?.delete(graph.database);
}
