import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../src/auth/token.service.js';
import { articles, casualtyReports } from '../src/db/schema/index.js';
import { createTestApp, dataOf, SEED_URL, type TestApp } from './helpers/app.js';
import { editsAfter, gid, idOfPlace, lastEditId } from './helpers/curation.js';

type Result = { __typename: string; issues?: Array<{ path: string[]; message: string }> };

const CREATE_REPORT = `mutation ($input: CreateCasualtyReportInput!) {
  createCasualtyReport(input: $input) { __typename ... on ValidationError { issues { path message } } }
}`;
const UPDATE_REPORT = `mutation ($input: UpdateCasualtyReportInput!) {
  updateCasualtyReport(input: $input) { __typename ... on ValidationError { issues { path message } } }
}`;
const CREATE_DEPLOYMENT = `mutation ($input: CreateMilitaryDeploymentInput!) {
  createMilitaryDeployment(input: $input) { __typename ... on ValidationError { issues { path message } } }
}`;

describe('validation', () => {
  let app: TestApp;
  let editor: string;
  let body: string;
  let article: string;
  let report: { id: string; revision: number };
  let kyrgyzstan: string;
  let russia: string;
  beforeAll(() => {
    app = createTestApp();
    editor = createToken(app.db, { role: 'editor', name: 'Desk' }).token;
    const row = app.db.select().from(articles).where(eq(articles.url, SEED_URL)).get();
    if (!row) throw new Error('no seed article');
    body = row.body;
    article = gid('Article', row.id);
    const seeded = app.db.select().from(casualtyReports).get();
    report = { id: gid('CasualtyReport', seeded?.id ?? 0), revision: seeded?.revision ?? 0 };
    kyrgyzstan = gid('Place', idOfPlace(app.db, 'Kyrgyzstan'));
    russia = gid('Place', idOfPlace(app.db, 'Russia'));
  });
  afterAll(() => app.close());

  const DEAD = 'at least 75 people dead';
  const evidence = () => {
    const start = body.indexOf(DEAD);
    return { start, end: start + DEAD.length, text: DEAD };
  };
  const report75 = (overrides: Record<string, unknown> = {}) => ({
    article,
    evidence: evidence(),
    category: 'KILLED',
    count: 75,
    qualifier: 'AT_LEAST',
    statedCount: 'at least 75',
    ...overrides,
  });

  async function issues(query: string, input: Record<string, unknown>) {
    const last = lastEditId(app.db);
    const result = Object.values(dataOf(await app.gql<Record<string, Result>>(query, { input }, editor)))[0];
    // A refused change writes nothing, not even history.
    expect(editsAfter(app.db, last)).toEqual([]);
    expect(result?.__typename).toBe('ValidationError');
    return result?.issues?.map((i) => [i.path.join('.'), i.message]);
  }

  it('accepts a valid report (the rules below are what makes the others fail)', async () => {
    const result = dataOf(
      await app.gql<{ createCasualtyReport: Result }>(CREATE_REPORT, { input: report75() }, editor),
    );
    expect(result.createCasualtyReport.__typename).toBe('CreateCasualtyReportPayload');
  });

  it('keeps evidence inside the article body', async () => {
    const end = body.length + 5;
    expect(await issues(CREATE_REPORT, report75({ evidence: { start: body.length - 3, end, text: 'x' } }))).toEqual([
      [
        'evidence',
        `[${body.length - 3}, ${end}) is not a span of the article body, which has ${body.length} characters`,
      ],
    ]);
  });

  it('requires the evidence text to be what the body reads there', async () => {
    const span = evidence();
    expect(await issues(CREATE_REPORT, report75({ evidence: { ...span, text: 'at least 76 people dead' } }))).toEqual([
      ['evidence.text', `the body reads "${DEAD}" at [${span.start}, ${span.end}), not "at least 76 people dead"`],
    ]);
  });

  it('refuses negative counts', async () => {
    expect(await issues(CREATE_REPORT, report75({ count: -1 }))).toEqual([['count', 'must not be less than 0']]);
  });

  it('keeps low ≤ count ≤ high, on the record as it would be after an update', async () => {
    // The seeded report has count 75 and lower bound 75: raising the bound alone breaks the order.
    expect(await issues(UPDATE_REPORT, { ...report, countLow: 80 })).toEqual([
      ['countLow', '80 is more than the count 75'],
    ]);
    expect(await issues(UPDATE_REPORT, { ...report, countHigh: 70 })).toEqual([
      ['countHigh', '70 is less than the count 75'],
      ['countHigh', '70 is less than the lower bound 75'],
    ]);
  });

  it('needs a deployment between two different countries', async () => {
    const span = body.indexOf("Russia's Kant air base");
    const deployment = {
      article,
      evidence: { start: span, end: span + 22, text: "Russia's Kant air base" },
      status: 'STATIONED',
    };
    expect(await issues(CREATE_DEPLOYMENT, { ...deployment, deployingCountry: russia, hostCountry: russia })).toEqual([
      ['hostCountry', 'must differ from the deploying country: a deployment is one country in another'],
    ]);
    expect(
      await issues(CREATE_DEPLOYMENT, {
        ...deployment,
        deployingCountry: gid('Place', idOfPlace(app.db, 'Bishkek')),
        hostCountry: kyrgyzstan,
      }),
    ).toEqual([['deployingCountry', 'must be a country; Bishkek is a city']]);
  });

  it('takes only real days that are not in the future', async () => {
    expect(await issues(UPDATE_REPORT, { ...report, occurredOn: '2010-02-30' })).toEqual([
      ['occurredOn', '"2010-02-30" is not a real day in the form YYYY-MM-DD'],
    ]);
    expect(await issues(UPDATE_REPORT, { ...report, occurredOn: '2999-01-01' })).toEqual([
      ['occurredOn', '2999-01-01 is in the future'],
    ]);
  });

  it('requires what a record refers to to exist', async () => {
    expect(await issues(UPDATE_REPORT, { ...report, place: gid('Place', 9999) })).toEqual([
      ['place', `there is no Place with ID "${gid('Place', 9999)}"`],
    ]);
    expect(await issues(UPDATE_REPORT, { ...report, place: gid('Person', 1) })).toEqual([
      ['place', `ID "${gid('Person', 1)}" is a Person ID, but a Place ID is expected`],
    ]);
  });

  it('names every bad field at once', async () => {
    const result = await issues(CREATE_REPORT, report75({ count: -2, statedCount: ' ', occurredOn: 'soon' }));
    expect(result?.map(([path]) => path)).toEqual(['count', 'statedCount', 'occurredOn']);
  });
});
