/**
 * Configuration from the environment, validated once at start. Every variable is documented here
 * with its default; the README's configuration table mirrors this list.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import { isAddressOrRange } from './http/client-address.ts';

const port = z.coerce.number().int().min(1).max(65535);
const optionalText = z.string().trim().min(1).optional();
const memorySize = z.string().regex(/^\d+[kmg]$/i, 'a size such as 512m or 2g');

/** True for a bare http(s) origin: scheme, host and port, nothing else. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

const EnvSchema = z.object({
  /** HTTP port of the app. */
  PORT: port.default(4000),
  /** Interface the app listens on. */
  HOST: z.string().default('127.0.0.1'),
  /** An existing Neo4j (bolt://, neo4j://, neo4j+s:// …). When unset, Chipgraph starts its own. */
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'a Neo4j URI such as neo4j+s://xxxx.databases.neo4j.io')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  /** Database name; the server's default database when unset. */
  NEO4J_DATABASE: optionalText,
  /** Folder of the local Neo4j's data, the write token and caches (git-ignored). */
  CHIPGRAPH_DATA_DIR: z.string().default('.chipgraph'),
  /** Bolt port of the local Neo4j. */
  CHIPGRAPH_NEO4J_PORT: port.default(7697),
  /** JVM heap of the local Neo4j. */
  CHIPGRAPH_NEO4J_HEAP: memorySize.default('1g'),
  /** Page cache of the local Neo4j. */
  CHIPGRAPH_NEO4J_PAGECACHE: memorySize.default('512m'),
  /** Token that mutations must present as `Authorization: Bearer …`; generated on first start when unset. */
  CHIPGRAPH_WRITE_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  /** When set, reads also need `Authorization: Bearer <this token>` (or the write token). */
  CHIPGRAPH_READ_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  /** Let article URLs point at private or loopback addresses (off by default). */
  CHIPGRAPH_ALLOW_PRIVATE_URLS: z.enum(['0', '1', 'true', 'false']).default('0').transform((v) => v === '1' || v === 'true'),
  /** Time allowed to download an article URL, in ms. */
  CHIPGRAPH_URL_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** Origins (scheme://host[:port], comma-separated) whose pages may call /graphql from another origin; none by default. */
  CHIPGRAPH_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((origin) => origin.trim()).filter((origin) => origin.length > 0))
    .pipe(z.array(z.string().refine(isOrigin, 'an origin such as https://news.example.org (scheme, host and port only)'))),
  /** Largest request body accepted, in bytes (a 1 MB article sent as base64 needs about 1.4 MB). */
  CHIPGRAPH_MAX_BODY_BYTES: z.coerce.number().int().min(65_536).max(64 * 1024 * 1024).default(2 * 1024 * 1024),
  /** Largest GraphQL answer sent, in bytes of JSON before compression; a larger one is replaced by `LIMIT_EXCEEDED`. */
  CHIPGRAPH_MAX_ANSWER_BYTES: z.coerce.number().int().min(1024).max(1024 * 1024 * 1024).default(8 * 1024 * 1024),
  /**
   * Reverse proxies (IP addresses or CIDR ranges, comma-separated) whose `X-Forwarded-For` names
   * the client for the per-client limits; none by default, when the header is never read.
   */
  CHIPGRAPH_TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((entry) => entry.trim()).filter((entry) => entry.length > 0))
    .pipe(z.array(z.string().refine(isAddressOrRange, 'an IP address or a CIDR range such as 10.0.0.0/8'))),
  /** Worker threads that extract articles. */
  CHIPGRAPH_EXTRACTION_WORKERS: z.coerce.number().int().min(1).max(16).default(Math.max(1, Math.min(4, availableParallelism() - 1))),
  /** Articles that may wait for an extraction worker before `BUSY`. */
  CHIPGRAPH_EXTRACTION_QUEUE: z.coerce.number().int().min(0).max(1000).default(8),
  /** Time budget of one article's extraction, in ms, before `EXTRACTION_TIMEOUT`. */
  CHIPGRAPH_EXTRACTION_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(20_000),
  /** Dry runs a client (IP address) earns per minute; 0 turns the limit off. */
  CHIPGRAPH_DRY_RUNS_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(20),
  /** Dry runs a client may make at once before the per-minute rate applies. */
  CHIPGRAPH_DRY_RUN_BURST: z.coerce.number().int().min(1).max(100_000).default(10),
  /** Skip loading the seed knowledge base into an empty database. */
  CHIPGRAPH_SKIP_SEED: z.enum(['0', '1', 'true', 'false']).default('0').transform((v) => v === '1' || v === 'true'),
  /** trace, debug, info, warn, error or silent. */
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  port: number;
  host: string;
  /** Where the app finds Neo4j: an external one, or the local one it starts. */
  neo4j:
    | { kind: 'external'; uri: string; user: string; password: string | undefined; database: string | undefined }
    | { kind: 'local'; port: number; heap: string; pageCache: string; dataDir: string; database: undefined };
  dataDir: string;
  writeToken: string | undefined;
  readToken: string | undefined;
  allowPrivateUrls: boolean;
  urlTimeoutMs: number;
  /** Origins allowed to call /graphql from their pages (CORS); the app's own origin always may. */
  corsOrigins: string[];
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  /** Largest GraphQL answer, in bytes of JSON before compression. */
  maxAnswerBytes: number;
  /** Proxies whose X-Forwarded-For is believed (addresses or CIDR ranges); empty: the header is ignored. */
  trustedProxies: string[];
  /** The extraction worker pool (`server/ingest/extraction-pool.ts`). */
  extraction: { workers: number; queueLimit: number; timeoutMs: number };
  /** Dry runs per client: a token bucket; `perMinute` 0 means no limit. */
  dryRunLimit: { perMinute: number; burst: number };
  skipSeed: boolean;
  logLevel: Env['LOG_LEVEL'];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment; throws a ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.CHIPGRAPH_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    neo4j: e.NEO4J_URI
      ? { kind: 'external', uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
      : {
          kind: 'local',
          port: e.CHIPGRAPH_NEO4J_PORT,
          heap: e.CHIPGRAPH_NEO4J_HEAP,
          pageCache: e.CHIPGRAPH_NEO4J_PAGECACHE,
          dataDir: resolve(dataDir, 'neo4j'),
          database: undefined,
        },
    dataDir,
    writeToken: e.CHIPGRAPH_WRITE_TOKEN,
    readToken: e.CHIPGRAPH_READ_TOKEN,
    allowPrivateUrls: e.CHIPGRAPH_ALLOW_PRIVATE_URLS,
    urlTimeoutMs: e.CHIPGRAPH_URL_TIMEOUT_MS,
    corsOrigins: e.CHIPGRAPH_CORS_ORIGINS,
    maxBodyBytes: e.CHIPGRAPH_MAX_BODY_BYTES,
    maxAnswerBytes: e.CHIPGRAPH_MAX_ANSWER_BYTES,
    trustedProxies: e.CHIPGRAPH_TRUSTED_PROXIES,
    extraction: { workers: e.CHIPGRAPH_EXTRACTION_WORKERS, queueLimit: e.CHIPGRAPH_EXTRACTION_QUEUE, timeoutMs: e.CHIPGRAPH_EXTRACTION_TIMEOUT_MS },
    dryRunLimit: { perMinute: e.CHIPGRAPH_DRY_RUNS_PER_MINUTE, burst: e.CHIPGRAPH_DRY_RUN_BURST },
    skipSeed: e.CHIPGRAPH_SKIP_SEED,
    logLevel: e.LOG_LEVEL,
  };
}
