/** What every resolver receives. @neo4j/graphql reads `executionContext` and `sessionConfig`. */
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { GraphContext } from '../graph/access.ts';

export interface GraphQLContext extends GraphContext {
  driver: Driver;
  database: string | undefined;
  logger: Logger;
  config: Config;
  /** What the request's token allows. */
  access: { read: boolean; write: boolean };
  executionContext: Driver;
  sessionConfig: { database?: string };
}
