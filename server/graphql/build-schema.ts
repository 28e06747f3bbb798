/**
 * The executable GraphQL schema: @neo4j/graphql over schema/type-defs.ts, plus the hand-written
 * explorer and ingestion resolvers.
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { NEO4J_GRAPHQL_FEATURES } from '../../schema/neo4j-graphql-features.ts';
import { typeDefs } from '../../schema/type-defs.ts';
import { explorerResolvers } from './explorer-resolvers.ts';
import { ingestResolvers } from '../ingest/ingest-article-resolver.ts';

export async function buildSchema(driver: Driver): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs,
    driver,
    resolvers: [explorerResolvers, ingestResolvers],
    features: NEO4J_GRAPHQL_FEATURES,
  });
  return neoSchema.getSchema();
}
