import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../src/graphql/limits.js';
import { createYogaServer } from '../src/yoga.js';
import { createTestApp, dataOf, type TestApp } from './helpers/app.js';

describe('query limits', () => {
  let app: TestApp;
  beforeAll(() => {
    app = createTestApp();
  });
  afterAll(() => app.close());

  // The raw request, for bodies that are not a single JSON operation.
  const post = async (body: string, contentType = 'application/json') =>
    createYogaServer({ db: app.db }).fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': contentType, accept: 'application/graphql-response+json' },
      body,
    });

  it('reports the cost of every operation, a connection counting its selection once per item', async () => {
    // title 1; node 1 + 1; edges 1 + 2 (the page); articles 1 + 2 items x 3 = 7.
    const response = await app.gql('{ articles(first: 2) { edges { node { title } } } }');
    expect(dataOf(response).articles).toBeDefined();
    expect(response.body.extensions?.cost).toEqual({
      requested: 7,
      limit: LIMITS.maxCost,
      depth: 4,
      depthLimit: LIMITS.maxDepth,
    });
  });

  it('counts 20 items for a connection without first or last, and ten for a list of objects', async () => {
    // title 1; roles 1 + 10 x 1 = 11; node 1 + 11 = 12; edges 1 + 12 = 13; people 1 + 20 x 13 = 261.
    const response = await app.gql('{ people { edges { node { roles { title } } } } }');
    expect(response.body.extensions?.cost).toMatchObject({ requested: 261 });
  });

  it('refuses an over-budget query before running any SQL, naming its cost and the limit', async () => {
    app.statements.length = 0;
    const response = await app.gql(
      '{ articles(first: 100) { edges { node { people(first: 100) { edges { node { articles(first: 100) { totalCount } } } } } } } }',
    );
    const [error] = response.body.errors ?? [];
    expect(error?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(error?.message).toContain(String(LIMITS.maxCost));
    expect(response.body.data ?? null).toBeNull();
    expect(app.statements).toEqual([]);
  });

  it('refuses a query 50 levels deep', async () => {
    const deep = `{ places(first: 1) { edges { node { ${'parent { '.repeat(50)}name${' }'.repeat(50)} } } } }`;
    const response = await app.gql(deep);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('refuses more aliases than the limit, and 10,000 aliases by the size of the body alone', async () => {
    // graphql-armor does not count aliases of __typename, which cost nothing.
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: articles { totalCount }`).join(' ');
    const some = await post(JSON.stringify({ query: `{ ${aliases(LIMITS.maxAliases + 1)} }` }));
    expect(some.status).toBe(400);
    const [error] = ((await some.json()) as { errors: Array<{ message: string; extensions: { code: string } }> })
      .errors;
    expect(error?.extensions.code).toBe('TOO_MANY_ALIASES');
    expect(error?.message).toContain(`${LIMITS.maxAliases}`);
    const many = await post(JSON.stringify({ query: `{ ${aliases(10_000)} }` }));
    expect(many.status).toBe(413);
  });

  it('refuses a 1 MB body with 413 before reading it', async () => {
    const response = await post(JSON.stringify({ query: `{ articles { totalCount } } # ${'x'.repeat(1_000_000)}` }));
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(response.status).toBe(413);
    expect(body.errors[0]?.extensions.code).toBe('REQUEST_TOO_LARGE');
  });

  it('refuses a query of more tokens than the limit while parsing it', async () => {
    const fields = Array.from({ length: LIMITS.maxTokens + 1 }, () => '__typename').join(' ');
    const response = await app.gql(`{ ${fields} }`);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toContain(`${LIMITS.maxTokens}`);
  });

  it('refuses a fragment cycle', async () => {
    const response = await app.gql('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }');
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toMatch(/cannot spread fragment/i);
  });

  it('answers a small batch and refuses a batch of 1,000 operations', async () => {
    const small = await post(
      JSON.stringify([{ query: '{ articles { totalCount } }' }, { query: '{ people { totalCount } }' }]),
    );
    expect(small.status).toBe(200);
    expect((await small.json()) as unknown[]).toHaveLength(2);
    const big = await post(JSON.stringify(Array.from({ length: 1_000 }, () => ({ query: '{ __typename }' }))));
    const body = (await big.json()) as { errors: Array<{ message: string }> };
    expect(big.status).toBe(413);
    expect(body.errors[0]?.message).toContain(`${LIMITS.maxBatch}`);
  });

  it('answers a body that is not JSON, and a wrong content type, with a 4xx and a message', async () => {
    const notJson = await post('{ "query": ');
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { errors: unknown[] }).errors.length).toBeGreaterThan(0);
    const wrongType = await post('{ articles { totalCount } }', 'text/plain');
    expect(wrongType.status).toBeGreaterThanOrEqual(400);
    expect(wrongType.status).toBeLessThan(500);
  });

  it('does not let a bad argument carry an over-budget query past the limit', async () => {
    app.statements.length = 0;
    const response = await app.gql(
      '{ node(id: "bad") { id } articles(first: 100) { edges { node { people(first: 100) { edges { node { articles(first: 100) { totalCount } } } } } } } }',
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(app.statements).toEqual([]);
  });
});
