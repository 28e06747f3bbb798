/**
 * Resolvers of the explorer's operations (schema/explorer.graphql). Each runs one parameterized
 * Cypher query from its own module; arguments are validated there before the query runs.
 */
import type {
  QueryArticleArgs, QueryArticleListArgs, QueryEdgeArgs, QueryEntityArgs, QueryNeighborhoodArgs,
  QueryPathsArgs, QuerySearchArgs, QuerySavedViewArgs, QuerySubgraphArgs, QueryTimelineArgs, MutationSaveViewArgs, QueryAuditLogArgs,
} from '../../schema/generated/graphql.ts';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from './context.ts';
import { findPaths } from '../graph/reads/find-paths.ts';
import { listArticles } from '../graph/reads/list-articles.ts';
import { readArticle } from '../graph/reads/read-article.ts';
import { readEdge } from '../graph/reads/read-edge.ts';
import { entityReadOptions, readEntity } from '../graph/reads/read-entity.ts';
import { readNeighborhood } from '../graph/reads/read-neighborhood.ts';
import { readStats } from '../graph/reads/read-stats.ts';
import { listSavedViews, readSavedView } from '../graph/reads/read-saved-views.ts';
import { readSubgraph } from '../graph/reads/read-subgraph.ts';
import { saveView } from '../graph/writes/save-view.ts';
import { readTimeline } from '../graph/reads/read-timeline.ts';
import { searchEntities } from '../graph/reads/search-entities.ts';
import { readAuditLog } from '../graph/reads/read-audit-log.ts';
import { appError } from '../errors.ts';
import { bearerToken } from '../http/access-control.ts';

export const explorerResolvers = {
  Query: {
    search: (_: unknown, args: QuerySearchArgs, ctx: GraphQLContext) => searchEntities(ctx, args),
    neighborhood: (_: unknown, args: QueryNeighborhoodArgs, ctx: GraphQLContext) => readNeighborhood(ctx, args),
    subgraph: (_: unknown, args: QuerySubgraphArgs, ctx: GraphQLContext) => readSubgraph(ctx, args),
    savedViews: (_: unknown, __: unknown, ctx: GraphQLContext) => listSavedViews(ctx),
    savedView: (_: unknown, args: QuerySavedViewArgs, ctx: GraphQLContext) => readSavedView(ctx, args),
    paths: (_: unknown, args: QueryPathsArgs, ctx: GraphQLContext) => findPaths(ctx, args),
    entity: (_: unknown, args: QueryEntityArgs, ctx: GraphQLContext, info: GraphQLResolveInfo) => readEntity(ctx, args, entityReadOptions(info)),
    edge: (_: unknown, args: QueryEdgeArgs, ctx: GraphQLContext) => readEdge(ctx, args),
    timeline: (_: unknown, args: QueryTimelineArgs, ctx: GraphQLContext) => readTimeline(ctx, args),
    stats: (_: unknown, __: unknown, ctx: GraphQLContext) => readStats(ctx),
    article: (_: unknown, args: QueryArticleArgs, ctx: GraphQLContext) => readArticle(ctx, args),
    articleList: (_: unknown, args: QueryArticleListArgs, ctx: GraphQLContext) => listArticles(ctx, args),
    auditLog: (_: unknown, args: QueryAuditLogArgs, ctx: GraphQLContext) => {
      if (!ctx.access.write) {
        throw bearerToken(ctx.request) === undefined
          ? appError('UNAUTHENTICATED', 'Reading the audit log needs the write token: send Authorization: Bearer <token>.')
          : appError('FORBIDDEN', 'Reading the audit log needs the write token.');
      }
      return readAuditLog(ctx, args);
    },
  },
  Mutation: {
    saveView: (_: unknown, args: MutationSaveViewArgs, ctx: GraphQLContext) => saveView(ctx, args),
  },
};
