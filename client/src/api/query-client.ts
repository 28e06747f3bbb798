/**
 * The client's query cache (TanStack Query): loading and error states, retries, cancellation when a
 * view no longer needs an answer, and answers kept for the session. Time limits are the
 * transport's (`graphql-client.ts`). The query keys and loaders shared by several views live here.
 */
import { QueryClient, queryOptions } from '@tanstack/react-query';
import { fetchArticle, fetchEdge, fetchEntity, fetchStats } from './explorer-api.ts';
import type { GraphQLRequestError } from './graphql-client.ts';

declare module '@tanstack/react-query' {
  interface Register {
    /** Every loader goes through `requestGraphQL`, which throws only this. */
    defaultError: GraphQLRequestError;
  }
}

/** Failures worth one automatic retry: the server or the network may be back a second later. */
const TRANSIENT = new Set(['NETWORK_ERROR', 'TIMEOUT', 'DATABASE_UNAVAILABLE', 'HTTP_ERROR']);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < 1 && TRANSIENT.has(error.code), // one automatic retry, then the Retry button
        retryDelay: 800, // ms before that retry
        staleTime: 5 * 60_000, // ms an answer is reused without asking again (the graph changes by commits)
        gcTime: 30 * 60_000, // ms an unused answer stays in the cache
        refetchOnWindowFocus: false, // the explorer is read for a long time; reload on demand only
      },
    },
  });
}

export const entityQuery = (id: string) =>
  queryOptions({ queryKey: ['entity', id], queryFn: ({ signal }) => fetchEntity({ id }, signal).then((data) => data.entity) });

export const edgeQuery = (id: string) =>
  queryOptions({ queryKey: ['edge', id], queryFn: ({ signal }) => fetchEdge({ id }, signal).then((data) => data.edge) });

export const articleQuery = (id: string) =>
  queryOptions({ queryKey: ['article', id], queryFn: ({ signal }) => fetchArticle({ id }, signal).then((data) => data.article) });

export const statsQuery = () => queryOptions({ queryKey: ['stats'], queryFn: ({ signal }) => fetchStats({}, signal).then((data) => data.stats) });
