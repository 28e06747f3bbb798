/** @neo4j/graphql options shared by the server and the schema printer, so both describe the same API. */
export const NEO4J_GRAPHQL_FEATURES = {
  // ISO date strings compare in order, so dated filters work on String fields.
  filters: { String: { LT: true, LTE: true, GT: true, GTE: true } },
} as const;
