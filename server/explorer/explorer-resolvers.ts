/**
 * Resolvers of the explorer's operations (schema/explorer.graphql). Each runs one parameterized
 * Cypher query from its own module.
 */
import type { GraphQLContext } from '../graphql/context.ts';
import { readStats } from './read-stats.ts';

export const explorerResolvers = {
  Query: {
    stats: (_: unknown, __: unknown, ctx: GraphQLContext) => readStats(ctx),
  },
};
