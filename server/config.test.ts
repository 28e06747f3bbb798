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
});
