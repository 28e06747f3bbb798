/**
 * JavaScript numbers reach Cypher as floats, and LIMIT, SKIP and list slices want integers:
 * every integer parameter of the explorer's queries goes through `integer()`.
 */
import neo4j, { type Integer } from 'neo4j-driver';

export function integer(value: number): Integer {
  return neo4j.int(Math.trunc(value));
}
