/** What every resolver receives. @neo4j/graphql reads `executionContext` and `sessionConfig`. */
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { GraphContext } from '../graph/access.ts';
import type { RateLimiter } from '../http/rate-limit.ts';
import type { ExtractionPool } from '../ingest/extraction-pool.ts';

export interface GraphQLContext extends GraphContext {
  driver: Driver;
  database: string | undefined;
  logger: Logger;
  config: Config;
  /** The HTTP request. */
  request: Request;
  /** What the request's token allows. */
  access: { read: boolean; write: boolean };
  /** The client's IP address, the key of its dry-run rate limit. */
  clientAddress: string;
  /** Aborts when the client goes away. */
  signal: AbortSignal;
  /** Worker threads that read and extract articles. */
  extractionPool: ExtractionPool;
  /** Dry runs per client; undefined when unlimited. */
  dryRunLimiter: RateLimiter | undefined;
  executionContext: Driver;
  sessionConfig: { database?: string };
  /** Transaction settings of the generated API's statements: the access module's timeout. */
  transaction: { timeout: number; metadata: Record<string, string> };
}
