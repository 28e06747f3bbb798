/**
 * The explorer's typed operations: each .graphql document of this folder (with the fragments it
 * uses) sent through `requestGraphQL`, typed by the codegen output `generated.ts`.
 */
import articleDocument from './article.graphql?raw';
import edgeDocument from './edge.graphql?raw';
import entityDocument from './entity.graphql?raw';
import fragmentsDocument from './fragments.graphql?raw';
import neighborhoodDocument from './neighborhood.graphql?raw';
import pathsDocument from './paths.graphql?raw';
import searchDocument from './search.graphql?raw';
import statsDocument from './stats.graphql?raw';
import type * as G from './generated.ts';
import { requestGraphQL } from './graphql-client.ts';

/** Fragment definitions of fragments.graphql by name. */
const FRAGMENTS = new Map(
  fragmentsDocument
    .split(/(?=^fragment )/m)
    .map((text) => text.trim())
    .filter((text) => text.startsWith('fragment '))
    .map((text) => [/^fragment (\w+)/.exec(text)?.[1] ?? '', text] as const),
);

/** The document plus the fragments it spreads (GraphQL rejects unused fragments). */
export function withFragments(document: string): string {
  const used = new Set<string>();
  const visit = (text: string): void => {
    for (const match of text.matchAll(/\.\.\.(\w+)/g)) {
      const name = match[1];
      if (name === undefined || used.has(name) || !FRAGMENTS.has(name)) continue;
      used.add(name);
      visit(FRAGMENTS.get(name) ?? '');
    }
  };
  visit(document);
  return [document, ...[...used].map((name) => FRAGMENTS.get(name))].join('\n');
}

function operation<TData, TVariables extends object>(document: string) {
  const query = withFragments(document);
  return (variables: TVariables, signal?: AbortSignal): Promise<TData> =>
    requestGraphQL<TData, TVariables>(query, variables, signal ? { signal } : {});
}

export const searchEntities = operation<G.SearchEntitiesQuery, G.SearchEntitiesQueryVariables>(searchDocument);
export const fetchNeighborhood = operation<G.NeighborhoodQuery, G.NeighborhoodQueryVariables>(neighborhoodDocument);
export const fetchPaths = operation<G.ShortestPathsQuery, G.ShortestPathsQueryVariables>(pathsDocument);
export const fetchEntity = operation<G.EntityDetailQuery, G.EntityDetailQueryVariables>(entityDocument);
export const fetchEdge = operation<G.EdgeDetailQuery, G.EdgeDetailQueryVariables>(edgeDocument);
export const fetchStats = operation<G.GraphStatsQuery, G.GraphStatsQueryVariables>(statsDocument);
export const fetchArticle = operation<G.ArticleViewQuery, G.ArticleViewQueryVariables>(articleDocument);

export type GraphNode = G.GraphNodeFieldsFragment;
export type GraphEdge = G.GraphEdgeFieldsFragment;
export type Evidence = G.EvidenceFieldsFragment;
export type Subgraph = G.NeighborhoodQuery['neighborhood'];
export type SearchHit = G.SearchEntitiesQuery['search'][number];
export type EntityDetail = G.EntityDetailQuery['entity'];
export type EdgeDetail = G.EdgeDetailQuery['edge'];
export type GraphStats = G.GraphStatsQuery['stats'];
export type ArticleView = G.ArticleViewQuery['article'];
export type PathsResult = G.ShortestPathsQuery['paths'];
export type { NodeType, Predicate } from './generated.ts';
