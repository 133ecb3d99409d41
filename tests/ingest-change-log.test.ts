import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../src/auth/token.service.js';
import { articles, casualtyReports, mentions, militaryDeployments, roles, statements } from '../src/db/schema/index.js';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import { loadSeed } from '../src/seed/load-seed.js';
import { createTestApp, dataOf, SEED_URL, type TestApp } from './helpers/app.js';
import { subscribe } from './helpers/sse.js';

const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) { __typename ... on IngestArticlePayload { status facts { total } } }
}`;
const HISTORY = `query ($url: String!) {
  article(url: $url) { history { edges { node { id action callerName callerRole before after } } } }
}`;
const UNDO = `mutation ($input: UndoInput!) {
  undo(input: $input) { __typename ... on ValidationError { issues { path message } } }
}`;

const URL = 'https://example.org/gao';
const FIRST = 'Defence Minister Florence Parly visited Gao on Tuesday. She met French troops in Mali.';
const SECOND = 'Defence Minister Florence Parly visited Gao on Wednesday. She met French troops in Niger.';

type Entry = {
  id: string;
  action: string;
  callerName: string;
  callerRole: string;
  before: { facts: Record<string, number[]> } | null;
  after: { facts: Record<string, number[]>; url: string } & Record<string, unknown>;
};

/** An ingest through the API is in the change log: who, and which facts it proposed or replaced. */
describe('the change log of ingests', () => {
  let app: TestApp;
  let editor: string;
  beforeAll(() => {
    app = createTestApp({ seed: false });
    editor = createToken(app.db, { role: 'editor', name: 'Wire desk' }).token;
  });
  afterAll(() => app.close());

  const ingest = async (body: string) =>
    dataOf(
      await app.gql<{ ingestArticle: { status: string; facts: { total: number } } }>(
        INGEST,
        { input: { url: URL, body, publishedOn: '2021-06-01' } },
        editor,
      ),
    ).ingestArticle;
  const history = async () =>
    dataOf(
      await app.gql<{ article: { history: { edges: Array<{ node: Entry }> } } }>(HISTORY, { url: URL }, editor),
    ).article.history.edges.map((e) => e.node);
  /** The ids of the article's facts, by GraphQL type, as the store holds them. */
  const storedFacts = () => {
    const articleId = app.db.select({ id: articles.id }).from(articles).where(eq(articles.url, URL)).get()?.id;
    const tables = {
      Role: roles,
      Statement: statements,
      CasualtyReport: casualtyReports,
      MilitaryDeployment: militaryDeployments,
      Mention: mentions,
    };
    return Object.fromEntries(
      Object.entries(tables).map(([type, table]) => [
        type,
        app.db
          .select({ id: table.id })
          .from(table)
          .where(and(eq(table.articleId, articleId as number)))
          .orderBy(asc(table.id))
          .all()
          .map((r) => r.id),
      ]),
    );
  };

  it('records each ingest with its caller, the article without its body, and the ids of the facts it proposed', async () => {
    const first = await ingest(FIRST);
    expect(first.status).toBe('NEW');
    const [entry] = await history();
    expect(entry).toMatchObject({ action: 'INGEST', callerName: 'Wire desk', callerRole: 'editor', before: null });
    expect(entry?.after.url).toBe(URL);
    expect(entry?.after).not.toHaveProperty('body');
    const created = storedFacts();
    expect(entry?.after.facts).toEqual(created);
    expect(Object.values(created).flat()).toHaveLength(first.facts.total);
    // The two sentences name Florence Parly, Gao, French and Mali at least.
    expect(created.Mention?.length).toBeGreaterThanOrEqual(3);

    const again = await ingest(SECOND);
    expect(again.status).toBe('UPDATED');
    const entries = await history();
    expect(entries.map((e) => e.action)).toEqual(['INGEST', 'INGEST']);
    const replacing = entries[1] as Entry;
    // What the first ingest proposed was replaced: the second entry's before is the first's after.
    expect(replacing.before?.facts).toEqual(created);
    expect(replacing.after.facts).toEqual(storedFacts());
  });

  it('refuses to undo an ingest, and says what to do instead', async () => {
    const [entry] = await history();
    const undone = dataOf(
      await app.gql<{ undo: { __typename: string; issues: Array<{ path: string[]; message: string }> } }>(
        UNDO,
        { input: { historyEntry: entry?.id } },
        editor,
      ),
    ).undo;
    expect(undone.__typename).toBe('ValidationError');
    expect(undone.issues[0]?.message).toMatch(/retract the article/);
  });

  it('tells factChanged subscribers of each fact an ingest proposed and replaced, with its change id', async () => {
    const [, last] = await history();
    const changed = subscribe(
      'http://test/graphql',
      `subscription ($after: Int) { factChanged(after: $after, factTypes: [MENTION]) { changeId kind factId } }`,
      { after: 0 },
      app.fetch,
    );
    try {
      const firstMentions = (await history())[0]?.after.facts.Mention as number[];
      const secondMentions = last?.after.facts.Mention as number[];
      // Ids the store gave again to new facts are told as created: the replaced fact is gone.
      const replaced = firstMentions.filter((id) => !secondMentions.includes(id));
      const expected = [
        ...firstMentions.map((id) => ['CREATED', encodeGlobalId('Mention', id)]),
        ...replaced.map((id) => ['RETRACTED', encodeGlobalId('Mention', id)]),
        ...secondMentions.map((id) => ['CREATED', encodeGlobalId('Mention', id)]),
      ];
      const events: string[][] = [];
      for (const _ of expected) {
        const event = (await changed.next<{ factChanged: { kind: string; factId: string } }>()).factChanged;
        events.push([event.kind, event.factId]);
      }
      expect(events).toEqual(expected);
    } finally {
      changed.close();
    }
  });

  it('logs a load of the curated seed too, attributed to the seed loader, so that caches expire and subscribers hear of it', async () => {
    const reader = createToken(app.db, { role: 'reader', name: 'Reader' }).token;
    loadSeed(app.db);
    loadSeed(app.db);
    const history = dataOf(
      await app.gql<{ article: { history: { edges: Array<{ node: Entry }> } } }>(HISTORY, { url: SEED_URL }, reader),
    );
    // Loaded twice: two entries, the second with the article as the first left it.
    expect(history.article.history.edges.map((e) => [e.node.action, e.node.callerName, e.node.callerRole])).toEqual([
      ['INGEST', 'seed loader', 'system'],
      ['INGEST', 'seed loader', 'system'],
    ]);
    expect(history.article.history.edges[0]?.node.before).toBeNull();
    expect(history.article.history.edges[1]?.node.before).not.toBeNull();
  });
});
