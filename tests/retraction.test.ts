import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../src/auth/token.service.js';
import { articles, statements } from '../src/db/schema/index.js';
import { createTestApp, dataOf, SEED_URL, type TestApp } from './helpers/app.js';
import { gid, idOfPerson } from './helpers/curation.js';

const RETRACT = `mutation ($input: RecordInput!) {
  retract(input: $input) { __typename ... on MutationError { message } ... on ConflictError { currentRevision } }
}`;
const RESTORE = `mutation ($input: RecordInput!) { restore(input: $input) { __typename ... on MutationError { message } } }`;

type Counts = {
  statements: { totalCount: number };
  article: { statements: { totalCount: number; edges: Array<{ node: { id: string } }> } } | null;
  medvedev: { statements: { totalCount: number } } | null;
  search: { totalCount: number };
  articles: { totalCount: number };
};

const COUNTS = `query ($url: String!, $medvedev: ID!) {
  statements(first: 1) { totalCount }
  article(url: $url) { statements(first: 20) { totalCount edges { node { id } } } }
  medvedev: node(id: $medvedev) { ... on Person { statements(first: 5) { totalCount } } }
  search(query: "servicemen", types: [STATEMENT]) { totalCount }
  articles(first: 1) { totalCount }
}`;

describe('retract and restore', () => {
  let app: TestApp;
  let editor: string;
  let medvedev: string;
  let first: { id: number; text: string };
  const counts = async () => dataOf(await app.gql<Counts>(COUNTS, { url: SEED_URL, medvedev }));
  beforeAll(() => {
    app = createTestApp();
    editor = createToken(app.db, { role: 'editor', name: 'Desk' }).token;
    medvedev = gid('Person', idOfPerson(app.db, 'Dmitry Medvedev'));
    const row = app.db.select().from(statements).orderBy(statements.evidenceStart).get();
    if (!row) throw new Error('no statements');
    first = row;
  });
  afterAll(() => app.close());

  it('takes a fact out of every list, count, node lookup and search, and brings it back', async () => {
    // The first statement in reading order is Medvedev's 'Russia was sending "a group of Russian
    // servicemen" to Kyrgyzstan'; the seed has 15 statements, 2 of them Medvedev's, and 3 that
    // say "servicemen" (that one, the quote inside it, and "Around 150 [servicemen]...").
    expect(first.text).toBe('Russia was sending "a group of Russian servicemen" to Kyrgyzstan');
    const before = await counts();
    expect(before.statements.totalCount).toBe(15);
    expect(before.article?.statements.totalCount).toBe(15);
    expect(before.medvedev?.statements.totalCount).toBe(2);
    expect(before.search.totalCount).toBe(3);

    const id = gid('Statement', first.id);
    expect(dataOf(await app.gql(RETRACT, { input: { id, note: 'duplicate of the quote' } }, editor)).retract).toEqual({
      __typename: 'RecordPayload',
    });
    const after = await counts();
    expect(after.statements.totalCount).toBe(14);
    expect(after.article?.statements.totalCount).toBe(14);
    expect(after.article?.statements.edges.map((e) => e.node.id)).not.toContain(id);
    expect(after.medvedev?.statements.totalCount).toBe(1);
    expect(after.search.totalCount).toBe(2);
    expect(
      dataOf(await app.gql<{ node: unknown }>('query ($id: ID!) { node(id: $id) { id } }', { id })).node,
    ).toBeNull();
    // Nothing is deleted: the row is still stored.
    expect(app.db.select().from(statements).where(eq(statements.id, first.id)).get()?.retractedAt).not.toBeNull();

    expect(dataOf(await app.gql(RESTORE, { input: { id } }, editor)).restore).toEqual({ __typename: 'RecordPayload' });
    expect(await counts()).toEqual(before);
  });

  it('refuses to retract an entity live facts still refer to, saying which', async () => {
    const result = dataOf(
      await app.gql<{ retract: { __typename: string; message: string } }>(RETRACT, { input: { id: medvedev } }, editor),
    ).retract;
    expect(result.__typename).toBe('ConflictError');
    expect(result.message).toContain('is still referred to by');
    expect(result.message).toContain('Statement record(s) by speakerPersonId');
  });

  it('retracts an article with its facts, and restores them together', async () => {
    const article = app.db.select().from(articles).where(eq(articles.url, SEED_URL)).get();
    const id = gid('Article', article?.id ?? 0);
    expect(dataOf(await app.gql(RETRACT, { input: { id } }, editor)).retract).toEqual({ __typename: 'RecordPayload' });
    const gone = await counts();
    expect(gone).toMatchObject({ statements: { totalCount: 0 }, article: null, articles: { totalCount: 0 } });
    expect(gone.medvedev?.statements.totalCount).toBe(0);
    expect(gone.search.totalCount).toBe(0);
    expect(dataOf(await app.gql(RESTORE, { input: { id } }, editor)).restore).toEqual({ __typename: 'RecordPayload' });
    expect((await counts()).statements.totalCount).toBe(15);
  });

  it('answers NotFoundError for a record that does not exist', async () => {
    const result = dataOf(
      await app.gql<{ retract: { __typename: string } }>(RETRACT, { input: { id: gid('Statement', 9999) } }, editor),
    );
    expect(result.retract.__typename).toBe('NotFoundError');
  });

  it('keeps the counts lists are filtered and ordered by: a speaker whose statements are all retracted is not quoted', async () => {
    const QUOTED = `query ($medvedev: ID!) {
      people(filter: { hasStatements: true }) { totalCount }
      statements(filter: { speaker: $medvedev }) { edges { node { id } } }
    }`;
    type Quoted = { people: { totalCount: number }; statements: { edges: Array<{ node: { id: string } }> } };
    const before = dataOf(await app.gql<Quoted>(QUOTED, { medvedev }));
    // The seed quotes three people: Bakiyev, Makarov and Medvedev (twice).
    expect(before.people.totalCount).toBe(3);
    expect(before.statements.edges).toHaveLength(2);
    for (const { node } of before.statements.edges) {
      expect(dataOf(await app.gql(RETRACT, { input: { id: node.id } }, editor)).retract).toEqual({
        __typename: 'RecordPayload',
      });
    }
    expect(dataOf(await app.gql<Quoted>(QUOTED, { medvedev })).people.totalCount).toBe(2);
    for (const { node } of before.statements.edges) await app.gql(RESTORE, { input: { id: node.id } }, editor);
    expect(dataOf(await app.gql<Quoted>(QUOTED, { medvedev })).people.totalCount).toBe(3);
  });
});
