import fs from 'node:fs';
import path from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../src/auth/token.service.js';
import { type Db, openDatabase } from '../src/db/client.js';
import { articles, casualtyReports, mentions, places } from '../src/db/schema/index.js';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import { SEED_URL, tempDir } from './helpers/app.js';
import { type RunningServer, runScript, startServer } from './helpers/process.js';
import { subscribe } from './helpers/sse.js';

const GAO = {
  url: 'https://example.org/gao',
  body: 'Defence Minister Florence Parly visited Gao on Tuesday. She said that French troops would stay in Mali.',
  publishedAt: '2021-06-01T08:00:00Z',
};

const INGESTED = `subscription ($after: Int) { articleIngested(after: $after) { changeId isNew article { url title } } }`;
const FACT_CHANGED = `subscription ($after: Int, $countries: [ID!], $factTypes: [FactType!]) {
  factChanged(after: $after, countries: $countries, factTypes: $factTypes) {
    changeId kind factType factId fact { reviewStatus }
  }
}`;

interface Ingested {
  articleIngested: { changeId: number; isNew: boolean; article: { url: string; title: string } | null };
}
interface FactChanged {
  factChanged: { changeId: number; kind: string; factType: string; factId: string; fact: { reviewStatus: string } };
}

/**
 * A real server process follows the change log: an ingest run by the command
 * line (another process) and reviews made through the API reach subscribers
 * over SSE, filtered by country, and a subscriber resumes after a change id.
 */
describe('live updates over SSE', () => {
  let dir: string;
  let file: string;
  let server: RunningServer;
  let db: Db;
  let editor: string;
  beforeAll(async () => {
    dir = tempDir();
    file = path.join(dir, 'live.db');
    server = await startServer({ DATABASE_PATH: file });
    db = openDatabase(file);
    editor = createToken(db, { role: 'editor', name: 'Live desk' }).token;
  });
  afterAll(async () => {
    db.$client.close();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const review = async (ids: string[], status: string) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
      body: JSON.stringify({
        query: `mutation ($input: ReviewFactsInput!) { reviewFacts(input: $input) { __typename } }`,
        variables: { input: { ids, status } },
      }),
    });
    const body = (await response.json()) as { data?: { reviewFacts: { __typename: string } } };
    expect(body.data?.reviewFacts.__typename).toBe('ReviewFactsPayload');
  };

  let ingestChange: number;
  let gaoMention: string;
  let seedReport: string;

  it('tells a subscriber of an article the ingest command wrote in another process', async () => {
    const ingested = subscribe(server.url, INGESTED);
    try {
      await ingested.opened;
      fs.writeFileSync(path.join(dir, 'gao.json'), JSON.stringify(GAO));
      const run = runScript('src/cli.ts', ['ingest', path.join(dir, 'gao.json')], { DATABASE_PATH: file });
      expect(run.status).toBe(0);
      const event = (await ingested.next<Ingested>()).articleIngested;
      expect(event.isNew).toBe(true);
      expect(event.article?.url).toBe(GAO.url);
      expect(event.article?.title).toBe('Defence Minister Florence Parly visited Gao on Tuesday.');
      ingestChange = event.changeId;
    } finally {
      ingested.close();
    }
    // The command line is a system caller in the change log.
    const history = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
      body: JSON.stringify({
        query: `query ($url: String!) { article(url: $url) { history { edges { node { sequence action callerName callerRole } } } } }`,
        variables: { url: GAO.url },
      }),
    }).then((r) => r.json() as Promise<{ data: { article: { history: { edges: Array<{ node: unknown }> } } } }>);
    expect(history.data.article.history.edges.map((e) => e.node)).toEqual([
      { sequence: ingestChange, action: 'INGEST', callerName: 'ingest (CLI)', callerRole: 'system' },
    ]);
  });

  it('tells a subscriber filtered by country of a review there, and not of one elsewhere', async () => {
    const kyrgyzstan = db
      .select({ id: places.id })
      .from(places)
      .where(and(eq(places.name, 'Kyrgyzstan'), eq(places.kind, 'COUNTRY')))
      .get()?.id as number;
    const articleId = (url: string) =>
      db.select({ id: articles.id }).from(articles).where(eq(articles.url, url)).get()?.id as number;
    /** The first fact of a table in an article. */
    const firstOf = (table: typeof mentions | typeof casualtyReports, url: string) =>
      db
        .select({ id: table.id })
        .from(table)
        .where(eq(table.articleId, articleId(url)))
        .orderBy(asc(table.id))
        .get()?.id as number;
    const mention = firstOf(mentions, GAO.url);
    const report = firstOf(casualtyReports, SEED_URL);
    gaoMention = encodeGlobalId('Mention', mention);
    seedReport = encodeGlobalId('CasualtyReport', report);

    const changed = subscribe(server.url, FACT_CHANGED, { countries: [encodeGlobalId('Place', kyrgyzstan)] });
    try {
      await changed.opened;
      // First a fact of the article about Mali, then one of the article about Kyrgyzstan: only the second comes.
      await review([gaoMention], 'CONFIRMED');
      await review([seedReport], 'REJECTED');
      const event = (await changed.next<FactChanged>()).factChanged;
      expect(event).toMatchObject({
        kind: 'REVIEWED',
        factType: 'CASUALTY_REPORT',
        factId: seedReport,
        fact: { reviewStatus: 'REJECTED' },
      });
      expect(event.changeId).toBeGreaterThan(ingestChange);
    } finally {
      changed.close();
    }
  });

  it('replays, in order, what a subscriber missed after the change it last saw', async () => {
    const missed = subscribe(server.url, FACT_CHANGED, {
      after: ingestChange,
      factTypes: ['MENTION', 'CASUALTY_REPORT'],
    });
    try {
      const first = (await missed.next<FactChanged>()).factChanged;
      const second = (await missed.next<FactChanged>()).factChanged;
      expect([first, second].map((e) => [e.kind, e.factId, e.fact.reviewStatus])).toEqual([
        ['REVIEWED', gaoMention, 'CONFIRMED'],
        ['REVIEWED', seedReport, 'REJECTED'],
      ]);
      expect(second.changeId).toBeGreaterThan(first.changeId);
    } finally {
      missed.close();
    }
    // From the start of the log: the seed the server loaded on its empty database, then the ingest.
    const ingested = subscribe(server.url, INGESTED, { after: 0 });
    try {
      expect((await ingested.next<Ingested>()).articleIngested).toMatchObject({ article: { url: SEED_URL } });
      expect((await ingested.next<Ingested>()).articleIngested).toMatchObject({
        changeId: ingestChange,
        article: { url: GAO.url },
      });
    } finally {
      ingested.close();
    }
  });

  it('ends every subscription when the server drains, and exits cleanly', async () => {
    const open = subscribe(server.url, INGESTED);
    await open.opened;
    expect(await server.stop('SIGTERM')).toBe(0);
    await expect(open.next()).rejects.toThrow(/sent "complete"/);
  });
});
