import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../src/auth/token.service.js';
import { type Db, openDatabase } from '../src/db/client.js';
import { articles } from '../src/db/schema/index.js';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import { ingestArticle } from '../src/ingest/pipeline.js';
import { createTestApp, dataOf, SEED_URL, type TestApp } from './helpers/app.js';

const ARTICLE = `query ($url: String!) { article(url: $url) { title revision } }`;
const COUNT = `{ articles { totalCount } }`;
const UPDATE = `mutation ($input: UpdateArticleInput!) {
  updateArticle(input: $input) { __typename ... on UpdateArticlePayload { article { title } } }
}`;

/**
 * Anonymous reads are answered from the cache while the change log's head
 * stays where it was: the one statement such an answer runs is that read.
 */
describe('response cache', () => {
  let app: TestApp;
  let editor: string;
  let seedId: number;
  beforeAll(() => {
    app = createTestApp({ config: { responseCacheTtlMs: 60_000 } });
    editor = createToken(app.db, { role: 'editor', name: 'Desk' }).token;
    seedId = app.db.select({ id: articles.id }).from(articles).where(eq(articles.url, SEED_URL)).get()?.id as number;
  });
  afterAll(() => app.close());

  /** Runs an anonymous read; returns its body, its statements and what the cache said. */
  async function read(query: string, variables: Record<string, unknown> = {}, token?: string) {
    app.statements.length = 0;
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return {
      body: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] },
      statements: [...app.statements],
      cache: response.headers.get('x-response-cache'),
    };
  }

  it('answers a second identical anonymous read from the cache, and a write makes the next one fresh', async () => {
    const first = await read(ARTICLE, { url: SEED_URL });
    expect(first.cache).toBe('miss');
    expect(first.body.data).toEqual({ article: { title: expect.stringContaining('Russia'), revision: 1 } });
    expect(first.statements.length).toBeGreaterThan(1);

    const second = await read(ARTICLE, { url: SEED_URL });
    expect(second.cache).toBe('hit');
    expect(second.body).toEqual(first.body);
    expect(second.statements).toHaveLength(1);
    expect(second.statements[0]).toMatch(/max\("id"\) from "edits"/);

    const update = await app.gql<{ updateArticle: { __typename: string } }>(
      UPDATE,
      { input: { id: encodeGlobalId('Article', seedId), revision: 1, title: 'Russia flies troops to Kant' } },
      editor,
    );
    expect(dataOf(update).updateArticle.__typename).toBe('UpdateArticlePayload');

    const third = await read(ARTICLE, { url: SEED_URL });
    expect(third.cache).toBe('miss');
    expect(third.body.data).toEqual({ article: { title: 'Russia flies troops to Kant', revision: 2 } });
  });

  it('sees a write by another process: an ingest through its own connection to the file', async () => {
    expect((await read(COUNT)).body.data).toEqual({ articles: { totalCount: 1 } });
    expect((await read(COUNT)).cache).toBe('hit');
    const other: Db = openDatabase(app.file);
    try {
      const result = ingestArticle(other, {
        url: 'https://example.org/gao',
        body: 'Defence Minister Florence Parly visited Gao on Tuesday.',
        publishedAt: '2021-06-01T08:00:00Z',
      });
      expect(result.status).toBe('NEW');
    } finally {
      other.$client.close();
    }
    const after = await read(COUNT);
    expect(after.cache).toBe('miss');
    expect(after.body.data).toEqual({ articles: { totalCount: 2 } });
  });

  it('never caches for a token holder, nor an answer with errors', async () => {
    for (let i = 0; i < 2; i++) {
      const asEditor = await read(COUNT, {}, editor);
      expect(asEditor.cache).toBeNull();
      expect(asEditor.statements.length).toBeGreaterThan(0);
      expect(asEditor.statements.join('\n')).not.toMatch(/max\("id"\) from "edits"/);
    }
    const badId = `{ node(id: "${encodeGlobalId('Article', 999_999)}") { id } places(first: -1) { totalCount } }`;
    for (let i = 0; i < 2; i++) {
      const failed = await read(badId);
      expect(failed.body.errors?.length).toBeGreaterThan(0);
      expect(failed.cache).toBeNull();
    }
  });
});
