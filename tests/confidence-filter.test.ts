import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../src/auth/token.service.js';
import { createTestApp, dataOf, type TestApp } from './helpers/app.js';

/**
 * `minConfidence` on the fact lists and the statistics built on them. The seed's facts are curated (confidence 1,
 * CONFIRMED); an ingested article adds extracted ones (their rule's measured precision, below 1, PROPOSED). So a
 * floor of 1 keeps exactly the curated facts, and the expected lists come from the unfiltered ones.
 */
const ARTICLE = {
  url: 'https://news.example.org/kenyan-troops-arrive',
  publishedAt: '2024-03-05T08:00:00Z',
  body: [
    'About 200 Kenyan troops arrived in Somalia on Tuesday, the Kenyan army said.',
    'At least 12 people were killed in an attack on their convoy near the border, officials said.',
    '"We will stay as long as we are needed," Colonel John Mwangi told reporters in Mogadishu.',
  ].join('\n\n'),
};

type Fact = { method: string; confidence: number };
type Lists = Record<'statements' | 'casualtyReports' | 'militaryDeployments', { edges: Array<{ node: Fact }> }>;

const LISTS = /* GraphQL */ `
  query ($statements: StatementFilter, $casualties: CasualtyReportFilter, $deployments: MilitaryDeploymentFilter) {
    statements(first: 100, filter: $statements) { edges { node { method confidence } } }
    casualtyReports(first: 100, filter: $casualties) { edges { node { method confidence } } }
    militaryDeployments(first: 100, filter: $deployments) { edges { node { method confidence } } }
  }
`;

const STATS = /* GraphQL */ `
  query ($statements: StatementFilter, $casualties: CasualtyReportFilter, $deployments: MilitaryDeploymentFilter) {
    statementStats(groupBy: [KIND], filter: $statements) { kind statementCount }
    casualtyStats(groupBy: [CATEGORY], filter: $casualties) { category best low high reportCount }
    deploymentStats(groupBy: [HOST_COUNTRY], filter: $deployments) { hostCountry { name } deploymentCount personnel }
  }
`;

describe('the minConfidence filter', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = createTestApp();
    const editor = createToken(app.db, { role: 'editor', name: 'confidence test editor' }).token;
    const ingested = await app.gql(
      'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename } }',
      { input: ARTICLE },
      editor,
    );
    expect(dataOf(ingested)).toEqual({ ingestArticle: { __typename: 'IngestArticlePayload' } });
  });
  afterAll(() => app.close());

  const lists = async (filter?: object) =>
    dataOf(await app.gql<Lists>(LISTS, filter && { statements: filter, casualties: filter, deployments: filter }));
  const nodes = (l: Lists) => ({
    statements: l.statements.edges.map((e) => e.node),
    casualtyReports: l.casualtyReports.edges.map((e) => e.node),
    militaryDeployments: l.militaryDeployments.edges.map((e) => e.node),
  });

  it('keeps the facts at least that confident on every fact list; 1 keeps the curated ones', async () => {
    const all = nodes(await lists());
    for (const facts of Object.values(all)) {
      // both kinds are there, so each floor below has something to leave out
      expect(facts.some((f) => f.method === 'EXTRACTED')).toBe(true);
      expect(facts.some((f) => f.method === 'CURATED')).toBe(true);
    }
    const curated = nodes(await lists({ minConfidence: 1 }));
    for (const [type, facts] of Object.entries(curated)) {
      expect(facts, type).toEqual(all[type as keyof typeof all].filter((f) => f.method === 'CURATED'));
    }
    const extracted = Object.values(all)
      .flat()
      .filter((f) => f.method === 'EXTRACTED')
      .map((f) => f.confidence);
    // a floor between the extracted facts' confidences keeps some of them and not others
    const floor = (Math.min(...extracted) + Math.max(...extracted)) / 2;
    expect(Math.min(...extracted)).toBeLessThan(floor);
    const kept = nodes(await lists({ minConfidence: floor }));
    for (const [type, facts] of Object.entries(kept)) {
      expect(facts, type).toEqual(all[type as keyof typeof all].filter((f) => f.confidence >= floor));
    }
    expect(nodes(await lists({ minConfidence: 0 }))).toEqual(all);
  });

  it('statistics take it too: a floor of 1 counts what the confirmed facts count, below what all of them count', async () => {
    const stats = async (filter?: object) =>
      dataOf(await app.gql(STATS, filter && { statements: filter, casualties: filter, deployments: filter }));
    const curated = await stats({ minConfidence: 1 });
    expect(curated).toEqual(await stats({ reviewStatuses: ['CONFIRMED'] }));
    expect(curated).not.toEqual(await stats());
  });

  it.each([1.5, -0.1])('refuses a floor of %s as BAD_USER_INPUT naming filter.minConfidence', async (floor) => {
    for (const field of ['statements', 'casualtyReports', 'militaryDeployments']) {
      const response = await app.gql(`{ ${field}(first: 1, filter: { minConfidence: ${floor} }) { totalCount } }`);
      expect(response.body.errors?.[0]?.extensions, field).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'filter.minConfidence',
      });
      expect(response.body.errors?.[0]?.message).toBe(`"filter.minConfidence" must lie between 0 and 1, got ${floor}`);
    }
    // the statistics and a filter nested in another name the field where it stands
    const nested: Array<[field: string, argument: string]> = [
      ['statementStats(groupBy: [KIND], filter: { minConfidence: FLOOR }) { statementCount }', 'filter.minConfidence'],
      ['casualtyStats(groupBy: [CATEGORY], filter: { minConfidence: FLOOR }) { best }', 'filter.minConfidence'],
      [
        'deploymentStats(groupBy: [STATUS], filter: { minConfidence: FLOOR }) { deploymentCount }',
        'filter.minConfidence',
      ],
      [
        'articles(first: 1, filter: { hasStatement: { minConfidence: FLOOR } }) { totalCount }',
        'filter.hasStatement.minConfidence',
      ],
    ];
    for (const [field, argument] of nested) {
      const response = await app.gql(`{ ${field.replace('FLOOR', String(floor))} }`);
      expect(response.body.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });
});
