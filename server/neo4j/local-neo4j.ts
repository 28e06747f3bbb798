/**
 * Starts, reuses and stops the local Neo4j that Chipgraph manages itself when NEO4J_URI is not
 * set: Neo4j Community 5.26 embedded in a small Java launcher (Launcher.java), its jars fetched
 * and cached by Maven, Bolt on 127.0.0.1.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';

const HERE = dirname(fileURLToPath(import.meta.url));
const POM = join(HERE, 'pom.xml');
const LAUNCHER = join(HERE, 'Launcher.java');
const READY = 'CHIPGRAPH_NEO4J_READY';

export interface LocalNeo4jOptions {
  /** Folder for the database files and the log; created when missing. */
  dataDir: string;
  /** Bolt port on 127.0.0.1. */
  port: number;
  /** JVM heap, e.g. "1g" (passed to -Xmx). */
  heap: string;
  /** Neo4j page cache, e.g. "512m". */
  pageCache: string;
  /** Folder where the Maven classpath is cached (default: dataDir/..). */
  cacheDir?: string;
  /** Called with progress messages meant for a person ("downloading Neo4j…"). */
  onProgress?: (message: string) => void;
  /** How long to wait for Bolt, in ms (default 180 000: the first start compiles the launcher). */
  startTimeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  /** False when an already running instance on the port was reused: stop() then leaves it alone. */
  owned: boolean;
  logFile: string;
  /** Process id of the Java process this call started (fault tests kill it); undefined when reused. */
  pid?: number | undefined;
  stop(): Promise<void>;
}

export class Neo4jSetupError extends Error {
  override name = 'Neo4jSetupError';
}

function commandWorks(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.status === 0;
}

/** Java 17 or 21 and Maven must be on the PATH; otherwise say what to install. */
export function checkPrerequisites(): void {
  const missing: string[] = [];
  if (!commandWorks('java', ['-version'])) missing.push('Java 17 or 21 (e.g. the openjdk-17-jdk-headless package)');
  if (!commandWorks('mvn', ['-v'])) missing.push('Maven 3 (e.g. the maven package)');
  if (missing.length > 0) {
    throw new Neo4jSetupError(
      `Chipgraph starts its own Neo4j, which needs ${missing.join(' and ')}.\n` +
        'Install them, or point Chipgraph at an existing Neo4j with NEO4J_URI, or run `docker compose up`.',
    );
  }
  const version = spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr;
  const major = Number(/version "(\d+)/.exec(version)?.[1] ?? '0');
  if (major !== 17 && major !== 21) {
    throw new Neo4jSetupError(
      `Neo4j 5.26 runs on Java 17 or 21, but \`java\` is version ${major}. Set JAVA_HOME/PATH to a Java 17 or 21.`,
    );
  }
}

/** The launcher's classpath, resolved by Maven once and cached next to the data (keyed by the pom's hash). */
export function resolveClasspath(cacheDir: string, onProgress?: (message: string) => void): string {
  const pomHash = createHash('sha256').update(readFileSync(POM)).digest('hex').slice(0, 12);
  const cached = join(cacheDir, `neo4j-classpath-${pomHash}.txt`);
  if (existsSync(cached)) return readFileSync(cached, 'utf8').trim();
  mkdirSync(cacheDir, { recursive: true });
  onProgress?.('Fetching Neo4j 5.26 and APOC with Maven (first run only, a minute or two)…');
  const result = spawnSync(
    'mvn',
    ['-q', '-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${cached}`],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.status !== 0 || !existsSync(cached)) {
    throw new Neo4jSetupError(`Maven could not fetch Neo4j:\n${result.stdout}${result.stderr}`);
  }
  return readFileSync(cached, 'utf8').trim();
}

/** True when a Bolt server answers at the URI. */
export async function boltAnswers(uri: string): Promise<boolean> {
  const driver: Driver = neo4j.driver(uri, undefined, { connectionTimeout: 2000, maxConnectionPoolSize: 1 });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/** The JVM flags Neo4j itself ships for Java 17, plus the heap. */
function jvmArgs(heap: string): string[] {
  return [
    `-Xmx${heap}`,
    `-Xms${heap}`,
    '-XX:+UseG1GC',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dfile.encoding=UTF-8',
  ];
}

function waitForReady(child: ChildProcess, timeoutMs: number, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Neo4jSetupError(`Neo4j did not start within ${timeoutMs / 1000} s; see ${logFile}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      buffered += chunk.toString('utf8');
      if (buffered.includes(READY)) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Neo4jSetupError(`Neo4j exited during start (code ${code}); see ${logFile}`));
    });
  });
}

/**
 * Starts Neo4j on 127.0.0.1:port with its data in dataDir, or reuses the one already answering
 * there, and resolves once Bolt accepts connections.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const uri = `bolt://127.0.0.1:${options.port}`;
  const logFile = join(options.dataDir, 'neo4j-launcher.log');
  if (await boltAnswers(uri)) {
    options.onProgress?.(`Reusing the Neo4j already running at ${uri}`);
    return { uri, owned: false, logFile, stop: async () => {} };
  }
  checkPrerequisites();
  mkdirSync(options.dataDir, { recursive: true });
  const classpath = resolveClasspath(options.cacheDir ?? dirname(options.dataDir), options.onProgress);
  options.onProgress?.(`Starting Neo4j on ${uri} (data in ${options.dataDir})…`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(
    'java',
    [...jvmArgs(options.heap), '-cp', classpath, LAUNCHER, join(options.dataDir, 'db'), String(options.port), options.pageCache],
    // Standard input is a pipe held open by this process: Neo4j stops when it closes (this process died).
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  try {
    await waitForReady(child, options.startTimeoutMs ?? 180_000, logFile);
  } catch (error) {
    const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n') : '';
    if (/BindException|Address already in use/.test(tail)) {
      throw new Neo4jSetupError(
        `Port ${options.port} is taken by a program that is not Neo4j. Free it or set CHIPGRAPH_NEO4J_PORT to another port.`,
      );
    }
    throw new Neo4jSetupError(`${(error as Error).message}\n${tail}`);
  }
  // Bolt is bound once the launcher prints READY; verifyConnectivity confirms it answers.
  if (!(await boltAnswers(uri))) throw new Neo4jSetupError(`Neo4j started but Bolt does not answer at ${uri}; see ${logFile}`);

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    uri,
    owned: true,
    logFile,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(killer);
      child.stdin.destroy();
      log.end();
    },
  };
}
