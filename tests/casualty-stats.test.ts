import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles, casualtyReports, events, places } from '../src/db/schema/index.js';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import { createTestApp, dataOf, type TestApp } from './helpers/app.js';

type Bucket = {
  country: { name: string } | null;
  place: { name: string } | null;
  category: string | null;
  period: string | null;
  best: number;
  low: number;
  high: number | null;
  reportCount: number;
  articleCount: number;
};

const STATS = /* GraphQL */ `
  query Stats($groupBy: [CasualtyGroupKey!]!, $filter: CasualtyReportFilter) {
    casualtyStats(groupBy: $groupBy, filter: $filter) {
      country { name } place { name } category period best low high reportCount articleCount
    }
  }
`;

/**
 * The seed reports "at least 75" killed in the Bishkek clashes (article of 2010-04-08). Two later
 * articles report the same clashes: 80 killed (04-09), then about 100 (90 to 110) killed and 400
 * injured (04-10). They also report 10 killed at Kant air base with no event, 3 killed in Russia in
 * May, and a rejected 999.
 */
describe('casualtyStats', () => {
  let app: TestApp;
  let ids: { kyrgyzstan: number; bishkek: number };
  beforeAll(() => {
    app = createTestApp();
    const db = app.db;
    const place = (name: string) => db.select().from(places).where(eq(places.name, name)).get()?.id as number;
    ids = { kyrgyzstan: place('Kyrgyzstan'), bishkek: place('Bishkek') };
    const clashes = db.select().from(events).where(eq(events.kind, 'CLASHES')).get()?.id as number;
    const article = (day: string) => {
      const body = `Report of ${day}: casualties.`;
      return db
        .insert(articles)
        .values({
          url: `https://example.test/${day}`,
          title: `Report ${day}`,
          body,
          publishedOn: day,
          language: 'en',
          contentHash: createHash('sha256').update(body).digest('hex'),
        })
        .returning()
        .get().id;
    };
    const a2 = article('2010-04-09');
    const a3 = article('2010-04-10');
    const report = (values: Partial<typeof casualtyReports.$inferInsert> & { articleId: number }) =>
      db
        .insert(casualtyReports)
        .values({
          category: 'KILLED',
          qualifier: 'EXACT',
          statedCount: String(values.count),
          evidenceStart: 0,
          evidenceEnd: 6,
          method: 'EXTRACTED',
          reviewStatus: 'PROPOSED',
          confidence: 0.8,
          occurredOn: '2010-04-07',
          placeId: ids.bishkek,
          ...values,
        })
        .run();
    report({ articleId: a2, count: 80, eventId: clashes });
    report({ articleId: a3, count: 100, countLow: 90, countHigh: 110, qualifier: 'APPROXIMATELY', eventId: clashes });
    report({ articleId: a3, count: 400, category: 'INJURED', eventId: clashes });
    report({ articleId: a2, count: 10, placeId: place('Kant air base'), occurredOn: '2010-04-08' });
    report({ articleId: a3, count: 3, placeId: place('Russia'), occurredOn: '2010-05-03' });
    report({ articleId: a3, count: 999, reviewStatus: 'REJECTED' });
  });
  afterAll(() => app.close());

  const stats = async (groupBy: string[], filter?: Record<string, unknown>) =>
    dataOf(await app.gql<{ casualtyStats: Bucket[] }>(STATS, { groupBy, filter })).casualtyStats;

  it('counts an incident once: the latest report gives the figure, all its reports the bounds', async () => {
    expect(await stats(['CATEGORY'])).toEqual([
      // The injured: one report of 400.
      {
        country: null,
        place: null,
        category: 'INJURED',
        period: null,
        best: 400,
        low: 400,
        high: 400,
        reportCount: 1,
        articleCount: 1,
      },
      // The killed: the clashes once (latest 100; low min(75, 80, 90); "at least 75" has no high), plus 10 and 3.
      {
        country: null,
        place: null,
        category: 'KILLED',
        period: null,
        best: 113,
        low: 88,
        high: null,
        reportCount: 5,
        articleCount: 3,
      },
    ]);
  });

  it('groups by country, by place and by period, with the filter applied first', async () => {
    const killed = { categories: ['KILLED'] };
    // Buckets keyed by an entity come in the entity's id order; periods in time order.
    const byName = (rows: unknown[][]) => rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(
      byName((await stats(['COUNTRY'], killed)).map((b) => [b.country?.name, b.best, b.low, b.high, b.reportCount])),
    ).toEqual([
      ['Kyrgyzstan', 110, 85, null, 4],
      ['Russia', 3, 3, 3, 1],
    ]);
    expect(byName((await stats(['PLACE'], killed)).map((b) => [b.place?.name, b.best]))).toEqual([
      ['Bishkek', 100],
      ['Kant air base', 10],
      ['Russia', 3],
    ]);
    expect((await stats(['MONTH'], killed)).map((b) => [b.period, b.best])).toEqual([
      ['2010-04-01', 110],
      ['2010-05-01', 3],
    ]);
    // 2010-04-07 is a Wednesday and 04-08 a Thursday: one ISO week from Monday 04-05; 05-03 is a Monday.
    expect((await stats(['WEEK'], killed)).map((b) => [b.period, b.best])).toEqual([
      ['2010-04-05', 110],
      ['2010-05-03', 3],
    ]);
  });

  it('filters by a place and what lies inside it, by event and by dates', async () => {
    const inKyrgyzstan = await stats(['CATEGORY'], {
      categories: ['KILLED'],
      place: encodeGlobalId('Place', ids.kyrgyzstan),
    });
    expect(inKyrgyzstan.map((b) => b.best)).toEqual([110]);
    const inBishkek = await stats(['CATEGORY'], {
      categories: ['KILLED'],
      place: encodeGlobalId('Place', ids.bishkek),
    });
    expect(inBishkek.map((b) => [b.best, b.low, b.high])).toEqual([[100, 75, null]]);
    const may = await stats(['COUNTRY'], { from: '2010-05-01', to: '2010-05-31' });
    expect(may.map((b) => [b.country?.name, b.best])).toEqual([['Russia', 3]]);
  });

  it.each([
    [[], undefined, 'groupBy'],
    [['COUNTRY', 'PLACE', 'CATEGORY', 'EVENT', 'DAY', 'YEAR'], undefined, 'groupBy'],
    [['DAY', 'MONTH'], undefined, 'groupBy'],
    [['CATEGORY'], { from: '2010-05-01', to: '2010-04-01' }, 'filter.from'],
    [['CATEGORY'], { place: encodeGlobalId('Place', 999_999) }, 'filter.place'],
    [['CATEGORY'], { event: encodeGlobalId('Event', 999_999) }, 'filter.event'],
  ])('refuses groupBy %j with filter %j as BAD_USER_INPUT naming %s', async (groupBy, filter, argument) => {
    const response = await app.gql(STATS, { groupBy, filter });
    const [error] = response.body.errors ?? [];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.argument).toBe(argument);
  });
});
