/**
 * Turns any GraphQL result into elements the explorer can draw, without a schema: a pure walk of
 * the JSON.
 *
 * - Nodes: objects with an `id` and a `__typename` among the vocabulary's node types (Company,
 *   Chip…), plus the explorer's own shapes that carry their type in a field (`GraphNode`,
 *   `SearchHit`: `{ id, type, name }`).
 * - Edges from nesting: an entity inside a relationship field of another entity (`makes`,
 *   `madeBy`, `makesConnection.edges.node`…) is linked to it by the field's predicate
 *   (`RELATIONSHIP_FIELDS`): an `out` field makes the parent the subject, an `in` field the child.
 *   `mentions` / `mentionedIn` give the article's MENTIONS edges. A connection edge's
 *   `properties` (confidence, date…) go onto the edge.
 * - Edges as objects: the explorer's `GraphEdge` (`source`, `target`, `predicate`) and stored
 *   `Statement`s (`subjectId`, `predicate`, `objectId`).
 *
 * Edges whose two ends are not both drawn are left out and counted.
 */
import { edgeId } from '../../../schema/edge-id.ts';
import { RELATIONSHIP_FIELDS, fitsPredicate, isEntityType, isNodeType, isPredicate, type NodeType, type Predicate } from '../../../schema/vocabulary.ts';
import type { GraphEdge, GraphNode } from '../api/explorer-api.ts';

export interface DrawableGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Objects with an `id` but no `__typename`: add `__typename` to draw them. */
  untyped: number;
  /** Relationships found whose other end is not in the result. */
  dangling: number;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** A relationship field name read back: which predicate, and whether the parent is the subject. */
interface FieldMeaning {
  predicate: Predicate | 'MENTIONS';
  parentIsSubject: boolean;
}

const FIELD_MEANINGS: ReadonlyMap<string, readonly FieldMeaning[]> = (() => {
  const map = new Map<string, FieldMeaning[]>();
  const add = (name: string, meaning: FieldMeaning): void => void map.set(name, [...(map.get(name) ?? []), meaning]);
  for (const [predicate, fields] of Object.entries(RELATIONSHIP_FIELDS) as [Predicate, { out: string; in: string }][]) {
    add(fields.out, { predicate, parentIsSubject: true });
    if (fields.in !== fields.out) add(fields.in, { predicate, parentIsSubject: false });
  }
  add('mentions', { predicate: 'MENTIONS', parentIsSubject: true });
  add('mentionedIn', { predicate: 'MENTIONS', parentIsSubject: false });
  return map;
})();

/** `makesConnection` → `makes`; other names unchanged. */
function relationshipFieldOf(key: string): string | null {
  const name = key.endsWith('Connection') ? key.slice(0, -'Connection'.length) : key;
  return FIELD_MEANINGS.has(name) ? name : null;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: Json | undefined): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const number = (value: Json | undefined): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** The node an object stands for, or null. */
function nodeOf(object: JsonObject): GraphNode | null {
  const id = text(object['id']);
  const typename = text(object['__typename']);
  if (!id || !typename) return null;
  let type: NodeType | null = isNodeType(typename) ? typename : null;
  if (!type && (typename === 'GraphNode' || typename === 'SearchHit')) {
    const declared = text(object['type']);
    type = declared && isNodeType(declared) ? declared : null;
  }
  if (!type) return null;
  return {
    id,
    type,
    name: text(object['name']) ?? text(object['title']) ?? id,
    degree: number(object['degree']) ?? 0,
    hiddenDegree: 0,
    date: text(object['date']) ?? text(object['effective']) ?? text(object['announced']) ?? text(object['publishedAt']),
    kind: text(object['kind']) ?? text(object['sector']),
  };
}

/** The edge an object stands for (`GraphEdge` or `Statement`), or null. */
function edgeObjectOf(object: JsonObject): GraphEdge | null {
  const predicate = text(object['predicate']);
  const source = text(object['source']) ?? text(object['subjectId']);
  const target = text(object['target']) ?? text(object['objectId']);
  if (!predicate || !source || !target || !(isPredicate(predicate) || predicate === 'MENTIONS')) return null;
  return edgeWith(source, predicate, target, object);
}

function edgeWith(subject: string, predicate: Predicate | 'MENTIONS', object: string, properties: JsonObject | null): GraphEdge {
  const id = predicate === 'MENTIONS' ? `${subject}|MENTIONS|${object}` : edgeId(subject, predicate, object);
  const [source, , target] = id.split('|') as [string, string, string];
  const p = properties ?? {};
  return {
    id,
    source,
    target,
    predicate,
    confidence: number(p['confidence']) ?? 1,
    sources: number(p['sources']) ?? 1,
    publications: number(p['publications']) ?? number(p['sources']) ?? 1,
    date: text(p['date']),
    validFrom: text(p['validFrom']),
    validTo: text(p['validTo']),
  };
}

/** Keeps the richer of two readings of the same node (a name over a bare id, a date…). */
function mergeNode(previous: GraphNode | undefined, next: GraphNode): GraphNode {
  if (!previous) return next;
  return {
    ...previous,
    name: previous.name === previous.id ? next.name : previous.name,
    degree: Math.max(previous.degree, next.degree),
    date: previous.date ?? next.date,
    kind: previous.kind ?? next.kind,
  };
}

/** Keeps the strongest reading of the same edge. */
function mergeEdge(previous: GraphEdge | undefined, next: GraphEdge): GraphEdge {
  if (!previous) return next;
  const stronger = next.confidence > previous.confidence && next.confidence < 1 ? next : previous;
  return {
    ...stronger,
    sources: Math.max(previous.sources, next.sources),
    date: previous.date ?? next.date,
    validFrom: previous.validFrom ?? next.validFrom,
    validTo: previous.validTo ?? next.validTo,
  };
}

export function resultToGraph(result: unknown): DrawableGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  let untyped = 0;

  /**
   * `parent`: the nearest enclosing entity; `field`: the relationship field that leads here from
   * it (kept through connection wrappers: `edges`, `node`); `properties`: a connection edge's.
   */
  const walk = (value: Json, parent: GraphNode | null, field: string | null, properties: JsonObject | null): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item, parent, field, properties);
      return;
    }
    if (!isObject(value)) return;
    const node = nodeOf(value);
    if (node) {
      nodes.set(node.id, mergeNode(nodes.get(node.id), node));
      if (parent && field) linkNested(parent, field, node, properties);
    } else {
      const edge = edgeObjectOf(value);
      if (edge) edges.set(edge.id, mergeEdge(edges.get(edge.id), edge));
      else if (text(value['id']) && !text(value['__typename'])) untyped += 1;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === '__typename' || child === null || typeof child !== 'object') continue;
      if (node) {
        walk(child, node, relationshipFieldOf(key), null);
      } else if (parent && field && (key === 'edges' || key === 'node')) {
        // A connection's wrappers: the field still applies; an edge item's properties go along.
        const props = key === 'node' && isObject(value['properties']) ? value['properties'] : properties;
        walk(child, parent, field, props);
      } else {
        walk(child, null, null, null);
      }
    }
  };

  const linkNested = (parent: GraphNode, field: string, child: GraphNode, properties: JsonObject | null): void => {
    for (const meaning of FIELD_MEANINGS.get(field) ?? []) {
      const [subject, object] = meaning.parentIsSubject ? [parent, child] : [child, parent];
      if (meaning.predicate === 'MENTIONS') {
        if (subject.type !== 'Article' || object.type === 'Article') continue;
      } else {
        if (!isEntityType(subject.type) || !isEntityType(object.type) || !fitsPredicate(meaning.predicate, subject.type, object.type)) continue;
      }
      const edge = edgeWith(subject.id, meaning.predicate, object.id, properties);
      edges.set(edge.id, mergeEdge(edges.get(edge.id), edge));
      return;
    }
  };

  walk(result as Json, null, null, null);
  const drawn = [...edges.values()].filter((edge) => nodes.has(edge.source) && nodes.has(edge.target));
  return { nodes: [...nodes.values()], edges: drawn, untyped, dangling: edges.size - drawn.length };
}
