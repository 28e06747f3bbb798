import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { getIntrospectionQuery, Kind, parse, print, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { EXAMPLE_QUERIES, DEFAULT_QUERY } from '../../client/src/console/example-queries.ts';
import { loadConfig } from '../config.ts';
import { buildSchema } from '../graphql/build-schema.ts';
import { createLogger } from '../logger.ts';
import { freePort } from '../../test/support/free-port.ts';
import { createApp } from './create-app.ts';
import { judgeOperation, OPERATION_BUDGET } from './operation-budget.ts';

const CLIENT_SRC = fileURLToPath(new URL('../../client/src/', import.meta.url));

/** `{ articles { statements { article { statements … id } } } }`: `levels` lists deep, one more level of selection. */
function nestedArticles(levels: number): string {
  const names = Array.from({ length: levels }, (_, i) => (i === 0 ? 'articles' : i % 2 === 1 ? 'statements' : 'article'));
  return `{ ${names.map((name) => `${name} {`).join(' ')} id ${'} '.repeat(levels)}}`;
}

const THREE_LEVEL_WHERE = '{ articles(where: { statements: { all: { article: { all: { statements: { some: { id: { eq: "x" } } } } } } } }) { id } }';
const TWO_LEVEL_WHERE = '{ articles(where: { statements: { some: { article: { some: { id: { eq: "x" } } } } } }) { id } }';

/** Plausible values for an operation's required variables. */
function variablesFor(operation: OperationDefinitionNode): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = print(definition.type);
    if (!type.endsWith('!')) continue;
    values[definition.variable.name.value] = type.startsWith('[') ? ['nvidia'] : /^(Int|Float)/.test(type) ? 1 : type.startsWith('Boolean') ? true : type.startsWith('ArticleInput') ? { text: 'NVIDIA' } : 'nvidia';
  }
  return values;
}

describe('the operation budget', () => {
  let schema: GraphQLSchema;
  let driver: Driver;
  let silentNeo4j: TcpServer;
  const connections = new Set<Socket>();
  let server: Server;
  let url: string;

  before(async () => {
    // A "Neo4j" that records every connection: refused operations must never open one.
    silentNeo4j = createTcpServer((socket) => { connections.add(socket); socket.on('error', () => {}); });
    const boltPort = await freePort();
    await new Promise<void>((resolve) => silentNeo4j.listen(boltPort, '127.0.0.1', resolve));
    driver = neo4j.driver(`bolt://127.0.0.1:${boltPort}`);
    schema = await buildSchema(driver);
    const app = await createApp({ driver, database: undefined, config: loadConfig({}), logger: createLogger('silent'), tokens: { write: undefined, read: undefined } });
    server = createHttpServer((req, res) => app.handle(req, res));
    const port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${port}`;
  });
  after(async () => {
    server.closeAllConnections();
    server.close();
    for (const socket of connections) socket.destroy();
    silentNeo4j.close();
    await driver.close();
  });

  async function post(query: string, variables: Record<string, unknown> = {}): Promise<{ code: string | undefined; message: string }> {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
    return { code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message ?? '' };
  }

  it('refuses the twelve-level articles/statements query before it reaches Neo4j', async () => {
    // Eleven lists and the id: the twelve levels graphql-armor's depth limit lets through.
    const answer = await post(nestedArticles(11));
    assert.equal(answer.code, 'LIMIT_EXCEEDED', answer.message);
    assert.equal(connections.size, 0, 'no connection to Neo4j was opened');
  });

  it('counts every generated list by its limit: four default lists deep is refused, three with small limits pass', () => {
    assert.equal(judgeOperation(schema, parse(nestedArticles(4)), undefined, {}).error?.extensions['code'], 'LIMIT_EXCEEDED');
    const small = '{ articles(limit: 10) { statements(limit: 10) { article(limit: 1) { statements(limit: 10) { id } } } } }';
    assert.equal(judgeOperation(schema, parse(small), undefined, {}).error, undefined);
    // A limit above the maximum counts as the maximum (the generated API clamps it too).
    const huge = '{ articles(limit: 1000000) { id } }';
    assert.equal(judgeOperation(schema, parse(huge), undefined, {}).cost, 1_001);
  });

  it('refuses a where filter nesting relationship filters three deep before it reaches Neo4j, written inline or as a variable', async () => {
    const inline = await post(THREE_LEVEL_WHERE);
    assert.equal(inline.code, 'LIMIT_EXCEEDED', inline.message);
    assert.match(inline.message, /nests relationship filters 3 deep/);
    const variable = await post('query ($w: ArticleWhere) { articles(where: $w) { id } }', {
      w: { statements: { all: { article: { all: { statements: { some: { id: { eq: 'x' } } } } } } } },
    });
    assert.equal(variable.code, 'LIMIT_EXCEEDED', variable.message);
    assert.equal(connections.size, 0, 'no connection to Neo4j was opened');
    assert.equal(judgeOperation(schema, parse(TWO_LEVEL_WHERE), undefined, {}).error, undefined);
  });

  it('refuses a where filter with more conditions than allowed', () => {
    const conditions = Array.from({ length: OPERATION_BUDGET.maxWhereNodes }, (_, i) => `{ id: { eq: "a${i}" } }`).join(' ');
    const verdict = judgeOperation(schema, parse(`{ articles(where: { OR: [${conditions}] }) { id } }`), undefined, {});
    assert.equal(verdict.error?.extensions['code'], 'LIMIT_EXCEEDED');
  });

  it('refuses a negative limit, offset or first with BAD_USER_INPUT before it reaches Neo4j', async () => {
    for (const query of ['{ articles(limit: -1) { id } }', '{ articles(offset: -5) { id } }', '{ articlesConnection(first: -1) { totalCount } }', '{ companies { makes(limit: -2) { id } } }']) {
      const answer = await post(query);
      assert.equal(answer.code, 'BAD_USER_INPUT', `${query}: ${answer.message}`);
    }
    const variable = await post('query ($n: Int) { articles(limit: $n) { id } }', { n: -3 });
    assert.equal(variable.code, 'BAD_USER_INPUT', variable.message);
    assert.equal(connections.size, 0, 'no connection to Neo4j was opened');
  });

  it('lets GraphiQL introspect the schema, and costs introspection so it cannot be repeated at will', () => {
    assert.equal(judgeOperation(schema, parse(getIntrospectionQuery()), undefined, {}).error, undefined);
    const repeated = `{ ${Array.from({ length: 6 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ')} }`;
    assert.equal(judgeOperation(schema, parse(repeated), undefined, {}).error?.extensions['code'], 'LIMIT_EXCEEDED');
  });

  it('lets every operation the explorer and the console send through', () => {
    const fragments = readFileSync(join(CLIENT_SRC, 'api', 'fragments.graphql'), 'utf8');
    const files = readdirSync(CLIENT_SRC, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.graphql') && !file.endsWith('fragments.graphql'));
    assert.ok(files.length >= 5, `found ${files.length} client operations`);
    for (const file of files) {
      const document = parse(`${readFileSync(join(CLIENT_SRC, file), 'utf8')}\n${fragments}`);
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        const verdict = judgeOperation(schema, document, definition.name?.value, variablesFor(definition));
        assert.equal(verdict.error, undefined, `${file} ${definition.name?.value}: ${verdict.error?.message}`);
        assert.ok(verdict.cost > 0, `${file} ${definition.name?.value} was costed`);
      }
    }
    for (const example of [...EXAMPLE_QUERIES, { id: 'default', query: DEFAULT_QUERY, variables: '{}' }]) {
      const verdict = judgeOperation(schema, parse(example.query), undefined, JSON.parse(example.variables) as Record<string, unknown>);
      assert.equal(verdict.error, undefined, `${example.id}: ${verdict.error?.message}`);
    }
  });
});
