/**
 * The only text Chipgraph's statements interpolate into Cypher, reads and writes alike:
 * relationship-type alternations and projections built from schema/vocabulary.ts constants, and
 * guards (`label`, `relType`, `variable`, `parameter`, `numbered`, `sumOf`) that return a name only
 * when it is one of the vocabulary or a plain identifier written in the module, and throw
 * otherwise. Values always travel as `$parameters`; `cypher-safety.test.ts` checks that no module
 * under `server/graph/` interpolates anything else.
 *
 * Projections take the name of the Cypher variable they read (a literal written in the module);
 * evidence reads `s` (a Statement) and `a` (the Article that states it, possibly null).
 */
import { MENTIONS, NODE_TYPES, PREDICATE_NAMES } from '../../schema/vocabulary.ts';
import { PATHS_MAX_LENGTH, PATHS_MAX_LIMIT } from '../graphql/validate-arguments.ts';

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
 * Relationships of `n` in the whole graph: its predicates, plus its mentions when the query's
 * `$countMentions` is true (answers that draw articles) or when `n` is an article.
 */
function degreeOf(n: string): string {
  return `COUNT { (${n})-[:${VOCABULARY_RELATIONSHIPS}]-() }
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
      // Bind both ends first: an unbound pattern filtered afterwards would scan every relationship.
      WITH startNode(${v}) AS subjectNode, endNode(${v}) AS objectNode
      MATCH (subjectNode)-[conflicting:${VOCABULARY_RELATIONSHIPS}]-(objectNode)
      WHERE type(conflicting) IN coalesce($conflicts[type(${v})], [])
      RETURN ${graphEdge('conflicting')}
    }
  }`;
}

/**
 * The `limit` shortest paths of at most `maxLength` relationships from `a` to `b` over the
 * vocabulary's predicates (`$predicates` null for all). Cypher wants both numbers as literals, so
 * they are written in from validated integers (never from text); the search then stops at
 * `maxLength` hops instead of exploring up to PATHS_MAX_LENGTH and filtering afterwards.
 */
export function shortestPathsFromAToB(maxLength: number, limit: number): string {
  const inRange = (n: number, max: number): boolean => Number.isInteger(n) && n >= 1 && n <= max;
  if (!inRange(maxLength, PATHS_MAX_LENGTH) || !inRange(limit, PATHS_MAX_LIMIT)) {
    throw new RangeError(`paths need 1 ≤ maxLength ≤ ${PATHS_MAX_LENGTH} and 1 ≤ limit ≤ ${PATHS_MAX_LIMIT}`);
  }
  return `SHORTEST ${limit}
    (a)(()-[step:${VOCABULARY_RELATIONSHIPS}]-() WHERE $predicates IS NULL OR type(step) IN $predicates){1,${maxLength}}(b)`;
}
