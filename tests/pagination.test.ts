import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dataOf, type TestApp } from './helpers/app.js';
import { addSyntheticArticles } from './helpers/factories.js';

type Page = {
  articles: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{ cursor: string; node: { title: string; publishedOn: string } }>;
  };
};

const PAGE = /* GraphQL */ `
  query Page($first: Int, $after: String, $last: Int, $before: String) {
    articles(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { title publishedOn } }
    }
  }
`;

describe('cursor pagination', () => {
  let app: TestApp;
  beforeAll(() => {
    app = createTestApp();
    addSyntheticArticles(app.db, 30);
  });
  afterAll(() => app.close());

  it('walks every article exactly once, newest first, page by page', async () => {
    const seen: Array<{ title: string; publishedOn: string }> = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const data: Page = dataOf(await app.gql<Page>(PAGE, { first: 7, after }));
      seen.push(...data.articles.edges.map((e) => e.node));
      if (!data.articles.pageInfo.hasNextPage) break;
      after = data.articles.pageInfo.endCursor;
    }
    // 30 synthetic articles plus the seed article.
    expect(seen).toHaveLength(31);
    expect(new Set(seen.map((a) => a.title)).size).toBe(31);
    const days = seen.map((a) => a.publishedOn);
    expect([...days].sort().reverse()).toEqual(days);
    expect(seen.at(-1)?.publishedOn).toBe('2010-04-08');
  });

  it('pages backwards with last and before to the same items', async () => {
    const all = dataOf(await app.gql<Page>(PAGE, { first: 31 })).articles.edges;
    const tail = dataOf(await app.gql<Page>(PAGE, { last: 5 })).articles;
    expect(tail.edges.map((e) => e.node.title)).toEqual(all.slice(-5).map((e) => e.node.title));
    expect(tail.pageInfo.hasPreviousPage).toBe(true);
    const before = dataOf(await app.gql<Page>(PAGE, { last: 3, before: tail.pageInfo.startCursor })).articles;
    expect(before.edges.map((e) => e.node.title)).toEqual(all.slice(-8, -5).map((e) => e.node.title));
  });

  it('counts the whole list whatever the page size', async () => {
    const data = dataOf(await app.gql<Page>(PAGE, { first: 2 }));
    expect(data.articles.totalCount).toBe(31);
    expect(data.articles.edges).toHaveLength(2);
  });

  it('gives 20 items when neither first nor last is given', async () => {
    const data = dataOf(await app.gql<Page>(PAGE, {}));
    expect(data.articles.edges).toHaveLength(20);
  });

  it.each([
    [{ first: 101 }, 'first'],
    [{ first: -1 }, 'first'],
    [{ last: 101 }, 'last'],
    [{ first: 1, last: 1 }, 'last'],
    [{ first: 1, after: 'bm90LWEtY3Vyc29y' }, 'after'],
    [{ first: 1, after: '!!!' }, 'after'],
    [{ last: 1, before: 'WzEsMiwzXQ' }, 'before'],
  ])('rejects %j with BAD_USER_INPUT naming the argument', async (variables, argument) => {
    const response = await app.gql(PAGE, variables);
    const [error] = response.body.errors ?? [];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.argument).toBe(argument);
    expect(error?.message).toContain(argument);
    expect(response.body.data?.articles ?? null).toBeNull();
  });

  it('applies the page cap to nested connections too', async () => {
    const response = await app.gql(
      `{ articles(first: 1) { edges { node { statements(first: 500) { totalCount } } } } }`,
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.message).toContain('100');
  });
});
