/** The served schema, fetched once by introspection and built for the editor (autocomplete, lint, docs). */
import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { GraphQLRequestError, requestGraphQL } from '../api/graphql-client.ts';

let pending: Promise<GraphQLSchema> | null = null;

export function loadSchema(): Promise<GraphQLSchema> {
  pending ??= requestGraphQL<IntrospectionQuery, Record<string, never>>(getIntrospectionQuery({ descriptions: true }), {})
    .then((introspection) => buildClientSchema(introspection))
    .catch((error: unknown) => {
      pending = null; // the next attempt asks again
      throw error instanceof GraphQLRequestError ? error : new GraphQLRequestError(String((error as Error).message ?? error), 'INTERNAL_SERVER_ERROR');
    });
  return pending;
}
