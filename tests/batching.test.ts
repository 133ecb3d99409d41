import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_GRAPH_SELECTION } from '../src/graphql/traversal-query.js';
import { createTestApp, dataOf, type TestApp } from './helpers/app.js';
import { addSyntheticArticles } from './helpers/factories.js';

// The traversal query of the README, in its list form.
const LIST_TRAVERSAL = /* GraphQL */ `
  query Articles($first: Int!) {
    articles(first: $first) { edges { node { ${ARTICLE_GRAPH_SELECTION} } } }
  }
`;

type ListResult = {
  articles: {
    edges: Array<{
      node: {
        people: { totalCount: number; edges: Array<{ node: { roles: unknown[] } }> };
        statements: { edges: Array<{ node: { speaker: { name: string } | null; evidence: { text: string } } }> };
        casualtyReports: { edges: unknown[] };
        militaryDeployments: { edges: unknown[] };
      };
    }>;
  };
};

describe('batching of the list traversal', () => {
  let app: TestApp;
  beforeAll(() => {
    app = createTestApp();
    addSyntheticArticles(app.db, 60);
  });
  afterAll(() => app.close());

  async function statementsFor(first: number) {
    app.statements.length = 0;
    const data = dataOf(await app.gql<ListResult>(LIST_TRAVERSAL, { first }));
    return { count: app.statements.length, data };
  }

  it('runs the same number of SQL statements for 5 articles as for 50, and no more than 15', async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(five.data.articles.edges).toHaveLength(5);
    expect(fifty.data.articles.edges).toHaveLength(50);
    expect(fifty.count).toBe(five.count);
    expect(fifty.count).toBeLessThanOrEqual(15);
  });

  it('returns every level of the traversal for every article of the page', async () => {
    const { data } = await statementsFor(50);
    // The synthetic articles are the newest (2011), and each names 3 people, quotes 2, reports 1 and 1.
    for (const { node } of data.articles.edges) {
      expect(node.people.totalCount).toBe(3);
      expect(node.people.edges.every((e) => e.node.roles.length === 1)).toBe(true);
      expect(node.statements.edges).toHaveLength(2);
      expect(node.statements.edges.every((e) => e.node.speaker !== null)).toBe(true);
      expect(node.casualtyReports.edges).toHaveLength(1);
      expect(node.militaryDeployments.edges).toHaveLength(1);
    }
  });

  it('keeps one request from seeing another request cache', async () => {
    const first = await statementsFor(5);
    const second = await statementsFor(5);
    expect(second.count).toBe(first.count);
    expect(second.count).toBeGreaterThan(0);
  });
});
