import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, SEED_URL, type TestApp } from './helpers/app.js';

describe('GraphQL over HTTP', () => {
  let app: TestApp;
  beforeAll(() => {
    app = createTestApp();
  });
  afterAll(() => app.close());

  it('returns fields in the order the query selects them, loaded or not', async () => {
    const response = await app.gql(
      `query ($url: String!) { article(url: $url) { militaryDeployments(first: 5) { edges { node {
        deployingCountry { name } hostCountry { name } location { name } forceType status } } } } }`,
      { url: SEED_URL },
    );
    const raw = JSON.stringify(response.body);
    const edge = raw.slice(raw.indexOf('"node"'));
    const order = ['deployingCountry', 'hostCountry', 'location', 'forceType', 'status'].map((f) =>
      edge.indexOf(`"${f}"`),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('rejects a query that names an unknown field with a 400 and a validation code', async () => {
    const response = await app.gql('{ articles { edges { node { headline } } } }');
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.body.errors?.[0]?.message).toContain('headline');
  });

  it('answers a variable of the wrong type with BAD_USER_INPUT naming the variable, not an internal error', async () => {
    const wrongType = await app.gql('query ($n: Int) { articles(first: $n) { totalCount } }', { n: 'ten' });
    expect(wrongType.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrongType.body.errors?.[0]?.message).toContain('"$n"');
    const unknownValue = await app.gql(
      'query ($filter: StatementFilter) { statements(first: 1, filter: $filter) { totalCount } }',
      { filter: { kinds: ['PARAPHRASE'] } },
    );
    expect(unknownValue.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknownValue.body.errors?.[0]?.message).toContain('PARAPHRASE');
  });

  it('applies the default of a variable left out, and takes one given', async () => {
    // The seed article has 15 statements.
    const query = 'query ($first: Int! = 2) { statements(first: $first) { edges { node { id } } } }';
    const withDefault = await app.gql<{ statements: { edges: unknown[] } }>(query);
    expect(withDefault.body.errors).toBeUndefined();
    expect(withDefault.body.data?.statements.edges).toHaveLength(2);
    const given = await app.gql<{ statements: { edges: unknown[] } }>(query, { first: 3 });
    expect(given.body.data?.statements.edges).toHaveLength(3);
  });
});
