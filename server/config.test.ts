import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('defaults to port 4000 and a local Neo4j when NEO4J_URI is unset', () => {
    const config = loadConfig({});
    assert.equal(config.port, 4000);
    assert.equal(config.neo4j.kind, 'local');
  });

  it('uses an existing Neo4j, cluster or Aura when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abcd.databases.neo4j.io', NEO4J_USER: 'reader', NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'chips' });
    assert.deepEqual(config.neo4j, { kind: 'external', uri: 'neo4j+s://abcd.databases.neo4j.io', user: 'reader', password: 'secret', database: 'chips' });
  });

  it('names every invalid variable in one clear error', () => {
    assert.throws(
      () => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', CHIPGRAPH_WRITE_TOKEN: 'short' }),
      (error: unknown) =>
        error instanceof ConfigError &&
        /PORT/.test(error.message) && /NEO4J_URI/.test(error.message) && /CHIPGRAPH_WRITE_TOKEN/.test(error.message),
    );
  });

  it('allows no other origin by default and reads an allow-list of origins', () => {
    assert.deepEqual(loadConfig({}).corsOrigins, []);
    assert.deepEqual(loadConfig({ CHIPGRAPH_CORS_ORIGINS: 'https://news.example.org, http://localhost:5173' }).corsOrigins, ['https://news.example.org', 'http://localhost:5173']);
  });

  it('refuses an allow-list entry that is not a bare http(s) origin', () => {
    for (const bad of ['*', 'news.example.org', 'https://news.example.org/', 'https://news.example.org/path', 'javascript:alert(1)', 'null']) {
      assert.throws(() => loadConfig({ CHIPGRAPH_CORS_ORIGINS: bad }), (error: unknown) => error instanceof ConfigError && /CHIPGRAPH_CORS_ORIGINS/.test(error.message), bad);
    }
  });

  it('bounds the request body, the extraction pool and the dry-run rate', () => {
    const config = loadConfig({});
    assert.equal(config.maxBodyBytes, 2 * 1024 * 1024);
    assert.ok(config.extraction.workers >= 1 && config.extraction.workers <= 4);
    assert.deepEqual({ queueLimit: config.extraction.queueLimit, timeoutMs: config.extraction.timeoutMs }, { queueLimit: 8, timeoutMs: 20_000 });
    assert.deepEqual(config.dryRunLimit, { perMinute: 20, burst: 10 });
    assert.throws(() => loadConfig({ CHIPGRAPH_MAX_BODY_BYTES: '10' }), /CHIPGRAPH_MAX_BODY_BYTES/);
    assert.throws(() => loadConfig({ CHIPGRAPH_EXTRACTION_WORKERS: '0' }), /CHIPGRAPH_EXTRACTION_WORKERS/);
  });

  it('bounds answers at 8 MiB by default', () => {
    assert.equal(loadConfig({}).maxAnswerBytes, 8 * 1024 * 1024);
    assert.equal(loadConfig({ CHIPGRAPH_MAX_ANSWER_BYTES: '65536' }).maxAnswerBytes, 65_536);
    assert.throws(() => loadConfig({ CHIPGRAPH_MAX_ANSWER_BYTES: '10' }), /CHIPGRAPH_MAX_ANSWER_BYTES/);
  });

  it('trusts no proxy by default, and only addresses or CIDR ranges when told', () => {
    assert.deepEqual(loadConfig({}).trustedProxies, []);
    assert.deepEqual(loadConfig({ CHIPGRAPH_TRUSTED_PROXIES: '10.0.0.5, fd00::/8' }).trustedProxies, ['10.0.0.5', 'fd00::/8']);
    assert.throws(() => loadConfig({ CHIPGRAPH_TRUSTED_PROXIES: 'proxy.example.org' }), (error: unknown) => error instanceof ConfigError && /CHIPGRAPH_TRUSTED_PROXIES/.test(error.message));
  });
});
