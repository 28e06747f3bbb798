/**
 * The only text Chipgraph's statements interpolate into Cypher, reads and writes alike:
 * relationship-type alternations and projections built from schema/vocabulary.ts constants, and
 * guards (`label`, `relType`, `variable`, `parameter`, `numbered`, `sumOf`, and for backups `storedLabel`, `storedRelType`, `storedKey`) that return a name only
 * when it is one of the vocabulary or a plain identifier written in the module, and throw
 * otherwise. Values always travel as `$parameters`; `cypher-safety.test.ts` checks that no module
 * under `server/graph/` interpolates anything else.
 *
 * Projections take the name of the Cypher variable they read (a literal written in the module);
 * evidence reads `s` (a Statement) and `a` (the Article that states it, possibly null).
 */
import { MENTIONS, NODE_TYPES, PREDICATE_NAMES } from '../../schema/vocabulary.ts';
import { STORED_LABELS, STORED_NODE_KINDS, STORED_RELATIONSHIP_TYPES } from '../../schema/storage.ts';
import { PATHS_MAX_LENGTH } from '../graphql/validate-arguments.ts';

/** Every predicate of the vocabulary as a relationship-type alternation: `MAKES|DESIGNS|…`. */
export const VOCABULARY_RELATIONSHIPS = PREDICATE_NAMES.join('|');

/** The relationship from an article to an entity it names. */
export const MENTIONS_RELATIONSHIP = MENTIONS;

/** Node labels as a Cypher list literal, to find a node's type among its labels. */
const NODE_TYPE_LIST = `[${NODE_TYPES.map((type) => `'${type}'`).join(', ')}]`;

/** A Cypher variable name written in a module (never user text). */
export function variable(name: string): string {
  if (!/^[a-z][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a Cypher variable name: ${name}`);
  return name;
}

/** A node label of the vocabulary, checked at run time: anything else throws. */
export function label(name: string): string {
  if (!(NODE_TYPES as readonly string[]).includes(name)) throw new Error(`not a node type of the vocabulary: ${name}`);
  return name;
}

/** A relationship type of the vocabulary, checked at run time: anything else throws. */
export function relType(name: string): string {
  if (!(PREDICATE_NAMES as readonly string[]).includes(name)) throw new Error(`not a predicate of the vocabulary: ${name}`);
  return name;
}

/** Any label a stored node may carry (schema/storage.ts), for backups: anything else throws. */
export function storedLabel(name: string): string {
  if (!STORED_LABELS.includes(name)) throw new Error(`not a stored node label: ${name}`);
  return name;
}

/** Any relationship type stored (schema/storage.ts), for backups: anything else throws. */
export function storedRelType(name: string): string {
  if (!STORED_RELATIONSHIP_TYPES.includes(name)) throw new Error(`not a stored relationship type: ${name}`);
  return name;
}

/** The identifying property of a kind of stored node (`id`, or `key` for MinHash bands): anything else throws. */
export function storedKey(kind: string): string {
  if (!Object.hasOwn(STORED_NODE_KINDS, kind)) throw new Error(`not a kind of stored node: ${kind}`);
  return STORED_NODE_KINDS[kind as keyof typeof STORED_NODE_KINDS];
}

/** A parameter reference such as `$edgeIds`, or `$touched.MAKES` with a key of the vocabulary. */
export function parameter(reference: string, key?: string): string {
  if (!/^\$[a-z][A-Za-z0-9]*(\.[A-Z][A-Za-z_]*)?$/.test(reference)) throw new Error(`not a parameter reference: ${reference}`);
  if (key === undefined) return reference;
  if (!(NODE_TYPES as readonly string[]).includes(key) && !(PREDICATE_NAMES as readonly string[]).includes(key)) throw new Error(`not a key of the vocabulary: ${key}`);
  return `${reference}.${key}`;
}

/** A numbered variable such as `created3`, for one block of a generated statement. */
export function numbered(prefix: string, index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`not a block index: ${index}`);
  return `${variable(prefix)}${index}`;
}

/** The sum of list variables (`a + b + c`), or the empty list when there are none. */
export function sumOf(names: readonly string[]): string {
  return names.map(variable).join(' + ') || '[]';
}

/** The node type of node `n`: its first label that is a node type of the vocabulary. */
export function typeOf(n: string): string {
  return `head([label IN labels(${variable(n)}) WHERE label IN ${NODE_TYPE_LIST}])`;
}

/**
 * How many relationships of the vocabulary entity `n` has. An entity's relationships are its
 * predicates and the mentions of it (schema/storage.ts), so this is its whole degree less its
 * mentions: two degree look-ups, where counting the 21 predicates one by one walks a small node's
 * relationships 21 times (a hub's counts are kept per type by Neo4j either way). Not for articles.
 */
export function vocabularyDegree(n: string): string {
  const v = variable(n);
  return `(COUNT { (${v})--() } - COUNT { (${v})<-[:${MENTIONS}]-() })`;
}

/**
 * Relationships of `n` in the whole graph: its predicates, plus its mentions when the query's
 * `$countMentions` is true (answers that draw articles) or when `n` is an article.
 */
function degreeOf(n: string): string {
  return `CASE WHEN ${n}:Entity THEN ${vocabularyDegree(n)} ELSE 0 END
    + CASE WHEN $countMentions OR ${n}:Article THEN COUNT { (${n})-[:${MENTIONS}]-() } ELSE 0 END`;
}

/** Node `n` as a GraphNode (hiddenDegree is computed from the edges of the answer). */
export function graphNode(n: string): string {
  const v = variable(n);
  return `{
    id: ${v}.id,
    type: ${typeOf(v)},
    name: coalesce(${v}.name, ${v}.title, ${v}.id),
    degree: ${degreeOf(v)},
    date: coalesce(${v}.announced, ${v}.effective, ${v}.publishedAt),
    kind: coalesce(${v}.kind, ${v}.sector)
  }`;
}

/**
 * The entities and articles whose id is in `$ids`, collected as the list `list` (unknown ids left
 * out): what a subgraph or a neighbourhood starts from.
 */
export function nodesWithIds(list: string): string {
  const v = variable(list);
  return `CALL () {
  MATCH (n:Entity) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (n:Article) WHERE n.id IN $ids RETURN n
}
WITH collect(n) AS ${v}`;
}

/** The nodes of the list `list` as GraphNodes, collected as `nodes`. */
export function graphNodesOf(list: string): string {
  const v = variable(list);
  return `CALL (${v}) {
  UNWIND ${v} AS n
  RETURN collect(${graphNode('n')}) AS nodes
}`;
}

/** Relationship `r` as a GraphEdge; a mention (no stored id) gets `article|MENTIONS|entity`. */
export function graphEdge(r: string): string {
  const v = variable(r);
  return `{
    id: coalesce(${v}.id, startNode(${v}).id + '|${MENTIONS}|' + endNode(${v}).id),
    source: startNode(${v}).id,
    target: endNode(${v}).id,
    predicate: type(${v}),
    confidence: coalesce(toFloat(${v}.confidence), 1.0),
    sources: coalesce(${v}.sources, size(${v}.starts), 1),
    publications: coalesce(${v}.publications, ${v}.sources, 1),
    date: ${v}.date,
    validFrom: ${v}.validFrom,
    validTo: ${v}.validTo
  }`;
}

/** Statement `s` (and the article `a` that states it, or null for a curated source) as Evidence. */
export const EVIDENCE_OF_S = `{
    statementId: s.id,
    sentence: s.sentence,
    start: s.start,
    end: s.end,
    confidence: coalesce(toFloat(s.confidence), 0.0),
    rule: coalesce(s.rule, 'unknown'),
    firstSeen: toString(s.firstSeen),
    date: s.date,
    validFrom: s.validFrom,
    validTo: s.validTo,
    amount: s.amount,
    articleId: a.id,
    publication: coalesce(a.publication, a.id),
    articleTitle: a.title,
    articleUrl: a.url,
    articleLanguage: a.language,
    publishedAt: a.publishedAt,
    sourceName: s.sourceName,
    sourceUrl: s.sourceUrl
  }`;

/**
 * Whether edge `r` falls in the period [$from, $to]: its span runs from `date`/`validFrom` to
 * `validTo`/`date`; an open end or an undated edge always passes.
 */
export function inPeriod(r: string): string {
  const v = variable(r);
  return `($from IS NULL OR coalesce(${v}.validTo, ${v}.date) IS NULL OR coalesce(${v}.validTo, ${v}.date) >= $from)
    AND ($to IS NULL OR coalesce(${v}.date, ${v}.validFrom) IS NULL OR coalesce(${v}.date, ${v}.validFrom) <= $to)`;
}

/**
 * The EdgeDetail of relationship `r` (its subject and object read as `n` in turn): its supporting
 * statements (of its own predicate only) with their articles, and the edges between the same two entities whose predicate
 * conflicts with it (`$conflicts` maps a predicate to the predicates it conflicts with).
 */
export function edgeDetail(r: string): string {
  const v = variable(r);
  return `{
    edge: ${graphEdge(v)},
    subject: [subjectNode IN [startNode(${v})] | ${graphNode('subjectNode')}][0],
    object: [objectNode IN [endNode(${v})] | ${graphNode('objectNode')}][0],
    evidence: COLLECT {
      MATCH (s:Statement {edgeId: ${v}.id})
      WHERE s.predicate = type(${v})
      OPTIONAL MATCH (a:Article)-[:STATES]->(s)
      RETURN ${EVIDENCE_OF_S}
      ORDER BY s.confidence DESC, a.publishedAt DESC, s.id
    },
    conflicts: COLLECT {
      // Bind both ends first: an unbound pattern filtered afterwards would scan every relationship;
      // and look only when the predicate has conflicting ones (between two hubs the look is costly).
      WITH startNode(${v}) AS subjectNode, endNode(${v}) AS objectNode, coalesce($conflicts[type(${v})], []) AS conflictingTypes
      WHERE size(conflictingTypes) > 0
      MATCH (subjectNode)-[conflicting:${VOCABULARY_RELATIONSHIPS}]-(objectNode)
      WHERE type(conflicting) IN conflictingTypes
      RETURN ${graphEdge('conflicting')}
    }
  }`;
}

/**
 * Relationship `r` of the entity `n` as an EdgeDetail without its evidence and conflicts (both
 * empty): what a list of the entity's relationships shows (its panel), read without a subquery per
 * relationship. The end that is `n` is null: the caller returns `n` as a GraphNode once and puts it
 * in place (a hub's panel shows 190 relationships, and the same node 190 times was a quarter of the
 * answer); the other end is read here.
 */
export function edgeSummary(r: string): string {
  const v = variable(r);
  const end = (side: 'startNode' | 'endNode', name: string): string =>
    `CASE WHEN ${side}(${v}) = n THEN null ELSE [${name} IN [${side}(${v})] | ${graphNode(name)}][0] END`;
  return `{
    edge: ${graphEdge(v)},
    subject: ${end('startNode', 'subjectNode')},
    object: ${end('endNode', 'objectNode')},
    evidence: [],
    conflicts: []
  }`;
}

/**
 * Nodes of `level` (a list of `{ node, rel, prev }`) joined to `t` by one relationship of
 * `$predicates`: each a path's last step, `{ last, k }` with `k` the node's index in the level.
 */
function stepsToTarget(level: string): string {
  const v = variable(level);
  return `CALL (t, ${v}) {
    UNWIND range(0, size(${v}) - 1) AS k
    WITH t, ${v}[k].node AS node, k
    MATCH (node)-[lastStep:${VOCABULARY_RELATIONSHIPS}]-(t)
    WHERE $predicates IS NULL OR type(lastStep) IN $predicates
    RETURN collect({ last: lastStep, k: k }) AS hits
  }`;
}

/** Paths (lists of relationships from `s`) that end with these `hits` on the last of `levels`. */
const PATHS_OF_HITS = `[hit IN hits | reduce(acc = { rels: [hit.last], k: hit.k }, j IN range(size(levels) - 1, 1, -1) |
      { rels: [levels[j][acc.k].rel] + acc.rels, k: levels[j][acc.k].prev }).rels]`;

/**
 * A breadth-first search for paths from `s` to `t` (`a` is carried along) of at most `maxLength` relationships, written
 * as one block per level: `levels` holds each level's nodes (`{ node, rel, prev }`, `prev` the index
 * of the node it was reached from), `found` the paths (lists of relationships from `s`) that reach
 * `t`, `cut` whether a hub was left unwalked or a level was cut at `$frontierCap` nodes. A level is
 * grown only while fewer than `$limit` paths are found, so paths come shortest first. The nodes of
 * a level are each reached once, by any relationship of `$predicates`, and are never hubs (more
 * than `$hubDegree` relationships): `t` is reached by checking, from each node of a level, whether
 * it is joined to `t`, which Neo4j does from the node's side, so a hub at `t` costs nothing more.
 * `maxLength` is written in as a number of blocks from a validated integer.
 */
export function pathSearchLevels(maxLength: number): string {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > PATHS_MAX_LENGTH) {
    throw new RangeError(`paths need 1 ≤ maxLength ≤ ${PATHS_MAX_LENGTH}`);
  }
  const first = `
  WITH a, s, t, [[{ node: s, rel: null, prev: -1 }]] AS levels
  WITH a, s, t, levels, levels[0] AS level
  ${stepsToTarget('level')}
  WITH a, s, t, levels, ${PATHS_OF_HITS} AS found, false AS cut`;
  const grow = `
  CALL (s, t, levels, found) {
    UNWIND CASE WHEN size(found) < $limit THEN range(0, size(last(levels)) - 1) ELSE [] END AS k
    WITH s, t, last(levels)[k].node AS from, k
    MATCH (from)-[rel:${VOCABULARY_RELATIONSHIPS}]-(node)
    WHERE node <> s AND node <> t AND ($predicates IS NULL OR type(rel) IN $predicates)
    WITH node, head(collect({ rel: rel, prev: k })) AS best
    WITH node, best, COUNT { (node)--() } > $hubDegree AS hub
    RETURN [x IN collect(CASE WHEN NOT hub THEN { node: node, rel: best.rel, prev: best.prev } END) WHERE x IS NOT NULL] AS next,
           any(h IN collect(hub) WHERE h) AS metHub
  }
  WITH a, s, t, levels, found, cut OR metHub OR size(next) > $frontierCap AS cut, next[..$frontierCap] AS level
  ${stepsToTarget('level')}
  WITH a, s, t, levels + [level] AS levels, found, cut, hits
  WITH a, s, t, levels, cut, found + ${PATHS_OF_HITS} AS found`;
  return first + grow.repeat(maxLength - 1);
}

/** Separates the parts of an edge id (subject|PREDICATE|object, schema/edge-id.ts); no entity id contains it. */
export const EDGE_ID_SEPARATOR = '|';
/** Separates the node id from the rank in an edge's rank key. */
const RANK_SEPARATOR = EDGE_ID_SEPARATOR;

/** A rank from its parts: most sources first (999,999,999 minus the count, zero-padded), then highest confidence, then the other end's id. */
function rankFrom(sources: string, confidence: string, otherId: string): string {
  return `right('000000000' + toString(999999999 - ${sources}), 9)
    + '${RANK_SEPARATOR}' + right('0000' + toString(1000 - toInteger(round(coalesce(toFloat(${confidence}), 0.0) * 1000))), 4)
    + '${RANK_SEPARATOR}' + ${otherId}`;
}

/** An edge's rank seen from one end: most sources first, then highest confidence, then the other end's id. */
function rankOf(r: string, otherEnd: 'startNode' | 'endNode'): string {
  const v = variable(r);
  return rankFrom(`coalesce(${v}.sources, 0)`, `${v}.confidence`, `${otherEnd}(${v}).id`);
}

/**
 * The rank of step `r` to `other` (the variables of a neighbourhood's step), computed from the
 * edge as the writes compute its stored keys (a mention's weight is its number of occurrences):
 * sorted ascending, the best supported first. A stored key read from a rank index is the node's
 * id, the separator, then this.
 */
export const STEP_RANK = rankFrom('coalesce(r.sources, size(r.starts), 1)', 'r.confidence', 'other.id');

/**
 * `SET` items that (re)write the two rank keys of relationship `r` (server/graph/writes/rank-edges.ts):
 * `outRank` read from its subject, `inRank` from its object, each the node's id then the rank.
 */
export function setEdgeRanks(r: string): string {
  const v = variable(r);
  return `${v}.outRank = startNode(${v}).id + '${RANK_SEPARATOR}' + ${rankOf(v, 'endNode')},
    ${v}.inRank = endNode(${v}).id + '${RANK_SEPARATOR}' + ${rankOf(v, 'startNode')}`;
}

/** An article's publication date with every digit inverted (9 - d), so that the newest sorts first. */
function newestFirst(date: string): string {
  return `reduce(inverted = '', c IN split(${date}, '') | inverted + CASE WHEN c >= '0' AND c <= '9' THEN toString(9 - toInteger(c)) ELSE c END)`;
}

/**
 * The SET clause of a mention's rank key seen from the entity it names (`entityRank`, indexed:
 * apply-database-schema.ts): the entity's id, then the article's publication date with its digits
 * inverted (the newest first; an undated article first of all, as `ORDER BY publishedAt DESC`
 * puts nulls), then the article's id. Reading the keys that start with the entity's id in order is
 * reading its articles newest first, ties by article id, without expanding its mentions.
 */
export function setMentionRank(m: string): string {
  const v = variable(m);
  return `${v}.entityRank = endNode(${v}).id + '${RANK_SEPARATOR}'
    + CASE WHEN startNode(${v}).publishedAt IS NULL THEN '!' ELSE ${newestFirst(`startNode(${v}).publishedAt`)} END
    + '${RANK_SEPARATOR}' + startNode(${v}).id`;
}

/**
 * The newest `$maxArticles` mentions of entity `n`, read from the mention rank index in order, as
 * rows `article, mention` (newest first, ties by article id).
 */
export function newestMentions(n: string): string {
  return `MATCH (article)-[mention:${MENTIONS}]->()
  WHERE mention.entityRank STARTS WITH ${rankPrefix(n)}
  WITH article, mention ORDER BY mention.entityRank LIMIT $maxArticles`;
}

/** The prefix of the rank keys of node `n`'s edges. */
function rankPrefix(n: string): string {
  return `${variable(n)}.id + '${RANK_SEPARATOR}'`;
}

/** Each predicate of the vocabulary in each direction: the groups of a node's relationships. */
const RELATION_GROUPS = PREDICATE_NAMES.flatMap((predicate) => (['OUT', 'IN'] as const).map((direction) => ({ predicate, direction })));

/**
 * How many relationships node `n` has per predicate and direction (non-empty groups only), each
 * `{ predicate, direction, total }`. Neo4j keeps these counts for a node with many relationships,
 * so a hub's are read without walking its relationships.
 */
export function relationGroupTotals(n: string): string {
  const v = variable(n);
  const groups = RELATION_GROUPS.map(({ predicate, direction }) => {
    const pattern = direction === 'OUT' ? `(${v})-[:${predicate}]->()` : `(${v})<-[:${predicate}]-()`;
    return `{ predicate: '${predicate}', direction: '${direction}', total: COUNT { ${pattern} } }`;
  });
  return `[group IN [${groups.join(',\n    ')}] WHERE group.total > 0]`;
}

/**
 * A subquery body (inside `CALL (n) { … }`) that returns, for each predicate and direction (of
 * `$predicates`, or all when null), node `n`'s best ranked `$perGroup` relationships `r` to
 * `other`, as rows `predicate, direction, r, other, rank`, best first within each group (`rank`
 * is the key read from the index without the node's id, as STEP_RANK computes it: sorting on it
 * reads nothing more from the store). Each group is
 * one seek in its rank index, read in index order and stopped after `$perGroup`: a hub costs tens
 * of index entries per group, not its whole degree. Other filters belong after it: each one
 * written into all 42 branches makes Neo4j plan the statement for seconds more (measured: 3.7 s
 * with this filter alone, 19.5 s with the period, confidence and type filters too).
 */
export function bestRankedRelationships(n: string): string {
  const v = variable(n);
  return RELATION_GROUPS.map(({ predicate, direction }) => {
    const key = direction === 'OUT' ? 'outRank' : 'inRank';
    const pattern = direction === 'OUT' ? `()-[r:${predicate}]->(other)` : `(other)-[r:${predicate}]->()`;
    return `
    MATCH ${pattern}
    WHERE r.${key} STARTS WITH ${rankPrefix(v)} AND ($predicates IS NULL OR '${predicate}' IN $predicates)
    WITH r, other ORDER BY r.${key} LIMIT $perGroup
    RETURN '${predicate}' AS predicate, '${direction}' AS direction, r AS r, other AS other, substring(r.${key}, size(${rankPrefix(v)})) AS rank`;
  }).join('\n    UNION ALL');
}
