import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../src/auth/token.service.js';
import { articles, events, mentions, places, statements } from '../src/db/schema/index.js';
import { createTestApp, dataOf, type TestApp } from './helpers/app.js';
import { gid, idOfPerson, idOfPlace } from './helpers/curation.js';

/*
 * The dashboard aggregates read rollups that triggers keep (speaker_totals, casualty_incidents,
 * place_coverage_days, person_titles) when their filter allows, and count the facts otherwise. These tests write
 * through the API and check both ways after every write: the figures worked out by hand, and the
 * rollup's answer against the counted one (a filter that lets every row through forces counting).
 */

const MUTATION_RESULT = `__typename ... on MutationError { message }`;
const REVIEW = `mutation ($input: ReviewFactsInput!) { reviewFacts(input: $input) { ${MUTATION_RESULT} } }`;
const RETRACT = `mutation ($input: RecordInput!) { retract(input: $input) { ${MUTATION_RESULT} } }`;
const RESTORE = `mutation ($input: RecordInput!) { restore(input: $input) { ${MUTATION_RESULT} } }`;
const REVISION = `query ($id: ID!) { node(id: $id) { ... on Statement { revision } ... on CasualtyReport { revision }
  ... on Place { revision } ... on Article { revision } ... on Role { revision } } }`;

describe('aggregates over rollups stay right through every kind of write', () => {
  let app: TestApp;
  let editor: string;
  const write = async (mutation: string, input: Record<string, unknown>) => {
    const data = dataOf(
      await app.gql<Record<string, { __typename: string; message?: string }>>(mutation, { input }, editor),
    );
    const payload = Object.values(data)[0];
    expect(payload?.message).toBeUndefined();
    return payload;
  };
  const revisionOf = async (id: string) =>
    dataOf(await app.gql<{ node: { revision: number } }>(REVISION, { id })).node.revision;
  const update = async (field: string, input: Record<string, unknown> & { id: string }) =>
    write(
      `mutation ($input: ${field[0]?.toUpperCase()}${field.slice(1)}Input!) { ${field}(input: $input) { ${MUTATION_RESULT} } }`,
      {
        ...input,
        revision: await revisionOf(input.id),
      },
    );

  type SpeakerBucket = { speaker: { name: string } | null; statementCount: number; articleCount: number };
  const STATEMENT_STATS = `query ($filter: StatementFilter) {
    statementStats(groupBy: [SPEAKER], filter: $filter) { speaker { ... on Person { name } ... on Organization { name } } statementCount articleCount }
  }`;
  const ranked = async () => {
    const rolled = dataOf(await app.gql<{ statementStats: SpeakerBucket[] }>(STATEMENT_STATS, {})).statementStats;
    const counted = dataOf(
      await app.gql<{ statementStats: SpeakerBucket[] }>(STATEMENT_STATS, {
        filter: { kinds: ['DIRECT_QUOTE', 'REPORTED_SPEECH'] },
      }),
    ).statementStats;
    expect(rolled).toEqual(counted);
    return rolled;
  };
  const medvedev = async () => (await ranked()).find((b) => b.speaker?.name === 'Dmitry Medvedev');

  beforeAll(() => {
    app = createTestApp();
    editor = createToken(app.db, { role: 'editor', name: 'Desk' }).token;
  });
  afterAll(() => app.close());

  describe('statementStats by speaker (speaker_totals)', () => {
    let his: string[];

    beforeAll(() => {
      const id = idOfPerson(app.db, 'Dmitry Medvedev');
      his = app.db
        .select()
        .from(statements)
        .where(eq(statements.speakerPersonId, id))
        .all()
        .map((s) => gid('Statement', s.id));
    });

    it('counts the seed: Medvedev made 2 of its 15 statements, in 1 article', async () => {
      expect(his).toHaveLength(2);
      const buckets = await ranked();
      expect(buckets.reduce((sum, b) => sum + b.statementCount, 0)).toBe(15);
      expect(await medvedev()).toEqual({ speaker: { name: 'Dmitry Medvedev' }, statementCount: 2, articleCount: 1 });
    });

    it('drops a rejected statement and takes it back when it is confirmed again', async () => {
      await write(REVIEW, { ids: [his[0]], status: 'REJECTED' });
      expect(await medvedev()).toMatchObject({ statementCount: 1, articleCount: 1 });
      await write(REVIEW, { ids: [his[0]], status: 'CONFIRMED' });
      expect(await medvedev()).toMatchObject({ statementCount: 2, articleCount: 1 });
    });

    it('drops retracted statements, and the speaker with the last of them', async () => {
      await write(RETRACT, { id: his[0] });
      await write(RETRACT, { id: his[1] });
      expect(await medvedev()).toBeUndefined();
      await write(RESTORE, { id: his[0] });
      await write(RESTORE, { id: his[1] });
      expect(await medvedev()).toMatchObject({ statementCount: 2 });
    });

    it('moves a statement to its new speaker', async () => {
      const putin = gid('Person', idOfPerson(app.db, 'Nikolai Makarov'));
      const before = (await ranked()).find((b) => b.speaker?.name === 'Nikolai Makarov')?.statementCount ?? 0;
      await update('updateStatement', { id: his[0] as string, speakerPerson: putin });
      expect(await medvedev()).toMatchObject({ statementCount: 1 });
      expect((await ranked()).find((b) => b.speaker?.name === 'Nikolai Makarov')?.statementCount).toBe(before + 1);
    });
  });

  describe('Person.roles (person_titles)', () => {
    type Role = { id: string; title: string; qualifier: string | null; country: { name: string } | null };
    const QUERY = `query ($id: ID!) { node(id: $id) { ... on Person { roles { id title qualifier country { name } } } } }`;
    const rolesOf = async (name: string) =>
      dataOf(await app.gql<{ node: { roles: Role[] } }>(QUERY, { id: gid('Person', idOfPerson(app.db, name)) })).node
        .roles;
    const create = async (title: string, evidence: { start: number; end: number; text: string }) => {
      const seedArticle = dataOf(
        await app.gql<{ articles: { edges: Array<{ node: { id: string } }> } }>(
          '{ articles(first: 1, orderBy: OLDEST) { edges { node { id } } } }',
        ),
      ).articles.edges[0]?.node.id;
      const data = dataOf(
        await app.gql<{ createRole: { role: { id: string } } }>(
          `mutation ($input: CreateRoleInput!) { createRole(input: $input) { ... on CreateRolePayload { role { id } } } }`,
          {
            input: {
              article: seedArticle,
              person: gid('Person', idOfPerson(app.db, 'Dmitry Medvedev')),
              country: gid('Place', idOfPlace(app.db, 'Russia')),
              title,
              evidence,
            },
          },
          editor,
        ),
      );
      return data.createRole.role.id;
    };

    it('gives each distinct role once, by its earliest fact, and follows retractions and corrections', async () => {
      // The seed: "President Dmitry Medvedev" (of Russia), and Makarov's two titles.
      const [seedRole] = await rolesOf('Dmitry Medvedev');
      expect(await rolesOf('Dmitry Medvedev')).toEqual([
        { id: seedRole?.id, title: 'President', qualifier: null, country: { name: 'Russia' } },
      ]);
      expect((await rolesOf('Nikolai Makarov')).map((r) => r.title)).toEqual([
        'General',
        'armed forces chief of staff',
      ]);
      // The same role stated again (the seed's span, once more) is still one role: the earliest.
      const again = await create('President', { start: 181, end: 190, text: 'President' });
      expect((await rolesOf('Dmitry Medvedev')).map((r) => r.id)).toEqual([seedRole?.id]);
      // With the earliest retracted, the later statement of it stands for the role.
      await write(RETRACT, { id: seedRole?.id });
      expect((await rolesOf('Dmitry Medvedev')).map((r) => r.id)).toEqual([again]);
      // Corrected to another title, it is another role; the retracted one is not back.
      await update('updateRole', { id: again, title: 'Commander-in-Chief' });
      expect((await rolesOf('Dmitry Medvedev')).map((r) => r.title)).toEqual(['Commander-in-Chief']);
      await write(RESTORE, { id: seedRole?.id });
      expect((await rolesOf('Dmitry Medvedev')).map((r) => r.title)).toEqual(['President', 'Commander-in-Chief']);
    });
  });

  describe('casualtyStats (casualty_incidents)', () => {
    type Bucket = {
      country: { name: string } | null;
      best: number;
      low: number;
      high: number | null;
      reportCount: number;
      articleCount: number;
    };
    const QUERY = `query ($filter: CasualtyReportFilter) {
      casualtyStats(groupBy: [COUNTRY], filter: $filter) { country { name } best low high reportCount articleCount }
    }`;
    const byCountry = async (filter: Record<string, unknown> = {}) => {
      const rolled = dataOf(await app.gql<{ casualtyStats: Bucket[] }>(QUERY, { filter })).casualtyStats;
      const counted = dataOf(
        await app.gql<{ casualtyStats: Bucket[] }>(QUERY, {
          filter: { ...filter, reviewStatuses: ['PROPOSED', 'CONFIRMED'] },
        }),
      ).casualtyStats;
      expect(rolled).toEqual(counted);
      return rolled;
    };
    let seedReport: string;
    let laterReport: string;

    it('counts the seed: at least 75 killed in Bishkek, Kyrgyzstan', async () => {
      expect(await byCountry()).toEqual([
        { country: { name: 'Kyrgyzstan' }, best: 75, low: 75, high: null, reportCount: 1, articleCount: 1 },
      ]);
      const reports = dataOf(
        await app.gql<{ casualtyReports: { edges: Array<{ node: { id: string } }> } }>(
          '{ casualtyReports(first: 5) { edges { node { id } } } }',
        ),
      ).casualtyReports.edges;
      expect(reports).toHaveLength(1);
      seedReport = reports[0]?.node.id as string;
    });

    it('places an incident where its latest report does, for groups and filters alike', async () => {
      // A later article (2010-04-12) puts the same clashes' 80 dead in Russia: the incident now
      // counts there, once, with its bounds from both reports (low 75, no high: "at least 75").
      const body = 'Officials said 80 people were killed in the clashes.';
      const article = dataOf(
        await app.gql<{ createArticle: { article: { id: string } } }>(
          `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { ... on CreateArticlePayload { article { id } } } }`,
          {
            input: {
              url: 'https://example.test/later',
              title: 'Toll rises',
              body,
              language: 'en',
              publishedOn: '2010-04-12',
            },
          },
          editor,
        ),
      ).createArticle.article.id;
      const clashes = app.db.select().from(events).where(eq(events.kind, 'CLASHES')).get()?.id as number;
      const created = dataOf(
        await app.gql<{ createCasualtyReport: { casualtyReport: { id: string } } }>(
          `mutation ($input: CreateCasualtyReportInput!) {
            createCasualtyReport(input: $input) { ... on CreateCasualtyReportPayload { casualtyReport { id } } }
          }`,
          {
            input: {
              article,
              category: 'KILLED',
              count: 80,
              qualifier: 'EXACT',
              statedCount: '80',
              event: gid('Event', clashes),
              place: gid('Place', idOfPlace(app.db, 'Russia')),
              evidence: { start: 15, end: 17, text: '80' },
            },
          },
          editor,
        ),
      );
      laterReport = created.createCasualtyReport.casualtyReport.id;
      const inRussia = { country: { name: 'Russia' }, best: 80, low: 75, high: null, reportCount: 2, articleCount: 2 };
      expect(await byCountry()).toEqual([inRussia]);
      expect(await byCountry({ place: gid('Place', idOfPlace(app.db, 'Russia')) })).toEqual([inRussia]);
      expect(await byCountry({ place: gid('Place', idOfPlace(app.db, 'Kyrgyzstan')) })).toEqual([]);
    });

    it('follows a corrected figure, a rejection and a retraction', async () => {
      await update('updateCasualtyReport', { id: laterReport, count: 90, statedCount: '90' });
      expect(await byCountry()).toMatchObject([{ country: { name: 'Russia' }, best: 90, low: 75, high: null }]);
      await write(REVIEW, { ids: [laterReport], status: 'REJECTED' });
      expect(await byCountry()).toEqual([
        { country: { name: 'Kyrgyzstan' }, best: 75, low: 75, high: null, reportCount: 1, articleCount: 1 },
      ]);
      await write(RETRACT, { id: seedReport });
      expect(await byCountry()).toEqual([]);
      await write(RESTORE, { id: seedReport });
      await write(REVIEW, { ids: [laterReport], status: 'CONFIRMED' });
      expect(await byCountry()).toMatchObject([{ country: { name: 'Russia' }, best: 90, reportCount: 2 }]);
    });
  });

  describe('articleTimeline of a place (place_coverage_days)', () => {
    const QUERY = `query ($filter: ArticleFilter) {
      articleTimeline(interval: YEAR, from: "2010-01-01", to: "2012-12-31", filter: $filter) { articleCount }
    }`;
    const perYear = async (placeName: string) => {
      const place = gid('Place', idOfPlace(app.db, placeName));
      const run = async (filter: Record<string, unknown>) =>
        dataOf(
          await app.gql<{ articleTimeline: Array<{ articleCount: number }> }>(QUERY, { filter }),
        ).articleTimeline.map((p) => p.articleCount);
      const rolled = await run({ place });
      expect(rolled).toEqual(await run({ place, from: '1900-01-01' }));
      return rolled;
    };
    let osh: number;
    let article: number;

    beforeAll(() => {
      // Osh, a city in Kyrgyzstan, named by an article of 2011; the mention is written as ingest would.
      osh = app.db
        .insert(places)
        .values({ name: 'Osh', kind: 'CITY', countryCode: 'KG', parentId: idOfPlace(app.db, 'Kyrgyzstan') })
        .returning()
        .get().id;
      const body = 'Protesters gathered in Osh.';
      article = app.db
        .insert(articles)
        .values({
          url: 'https://example.test/osh',
          title: 'Osh',
          body,
          publishedOn: '2011-06-01',
          language: 'en',
          contentHash: createHash('sha256').update(body).digest('hex'),
        })
        .returning()
        .get().id;
      app.db
        .insert(mentions)
        .values({
          articleId: article,
          placeId: osh,
          evidenceStart: 22,
          evidenceEnd: 25,
          method: 'EXTRACTED',
          reviewStatus: 'PROPOSED',
          confidence: 0.9,
        })
        .run();
    });

    it('counts an article about a place inside a place, up the whole tree, once', async () => {
      // 2010: the seed article (about Kyrgyzstan, Bishkek and more, once); 2011: the Osh article,
      // also in Central Asia, the region Kyrgyzstan lies in. The later article of the casualty
      // tests names no place.
      expect(await perYear('Kyrgyzstan')).toEqual([1, 1, 0]);
      expect(await perYear('Central Asia')).toEqual([1, 1, 0]);
      expect(await perYear('Osh')).toEqual([0, 1, 0]);
      expect(await perYear('Russia')).toEqual([1, 0, 0]);
    });

    it('moves an article with its place when the place moves to another parent', async () => {
      await update('updatePlace', { id: gid('Place', osh), parent: gid('Place', idOfPlace(app.db, 'Russia')) });
      expect(await perYear('Kyrgyzstan')).toEqual([1, 0, 0]);
      expect(await perYear('Central Asia')).toEqual([1, 0, 0]);
      expect(await perYear('Russia')).toEqual([1, 1, 0]);
    });

    it('follows a retracted article, its restore and a new publication day', async () => {
      const id = gid('Article', article);
      await write(RETRACT, { id });
      expect(await perYear('Russia')).toEqual([1, 0, 0]);
      await write(RESTORE, { id });
      expect(await perYear('Russia')).toEqual([1, 1, 0]);
      await update('updateArticle', { id, publishedOn: '2012-02-03' });
      expect(await perYear('Russia')).toEqual([1, 0, 1]);
      expect(await perYear('Osh')).toEqual([0, 0, 1]);
    });
  });

  describe('merges', () => {
    it("adds a merged speaker's statements to the survivor", async () => {
      // By now Medvedev has 1 statement left and Makarov 4: 3 of the seed's and the one moved to him.
      expect((await ranked()).find((b) => b.speaker?.name === 'Nikolai Makarov')?.statementCount).toBe(4);
      await write(`mutation ($input: MergePeopleInput!) { mergePeople(input: $input) { ${MUTATION_RESULT} } }`, {
        from: gid('Person', idOfPerson(app.db, 'Nikolai Makarov')),
        into: gid('Person', idOfPerson(app.db, 'Dmitry Medvedev')),
      });
      expect(await medvedev()).toEqual({ speaker: { name: 'Dmitry Medvedev' }, statementCount: 5, articleCount: 1 });
      expect((await ranked()).some((b) => b.speaker?.name === 'Nikolai Makarov')).toBe(false);
    });
  });
});
