import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, places } from '../src/db/schema/index.js';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import { createTestApp, dataOf, type TestApp } from './helpers/app.js';

/** Tables that grow with the news: a scan of one of them costs in proportion to the whole graph. */
const LARGE_TABLES = new Set([
  'articles',
  'article_subjects',
  'mentions',
  'statements',
  'casualty_reports',
  'military_deployments',
]);

/**
 * Every filter, order and aggregate, as a client sends it. The database has no
 * ANALYZE statistics, in tests as in production, so SQLite plans these
 * queries here exactly as it does on a large corpus.
 */
const OPERATIONS: Record<string, string> = {
  articles: `query($person: ID, $org: ID, $place: ID) {
    newest: articles(first: 50) { totalCount edges { node { id } } }
    oldest: articles(orderBy: OLDEST) { edges { node { id } } }
    mostCasualties: articles(orderBy: MOST_CASUALTY_REPORTS) { edges { node { id } } }
    byDay: articles(filter: { from: "2010-01-01", to: "2010-12-31" }) { totalCount edges { node { id } } }
    byPerson: articles(filter: { person: $person }) { totalCount edges { node { id } } }
    byOrganization: articles(filter: { organization: $org }) { totalCount edges { node { id } } }
    byPlace: articles(filter: { place: $place }) { totalCount edges { node { id } } }
    withCasualties: articles(filter: { hasCasualtyReports: true }) { totalCount edges { node { id } } }
    withDeployments: articles(filter: { hasMilitaryDeployments: true }) { totalCount edges { node { id } } }
    byPublisher: articles(filter: { publisher: "Reuters" }) { totalCount edges { node { id } } }
    byLanguage: articles(filter: { language: "en" }) { totalCount edges { node { id } } }
    quoting: articles(filter: { hasStatement: { speaker: $person, text: "Russia" } }) { totalCount edges { node { id } } }
  }`,
  statements: `query($person: ID) {
    all: statements { totalCount edges { node { id } } }
    latest: statements(orderBy: LATEST) { edges { node { id } } }
    bySpeaker: statements(filter: { speaker: $person }) { totalCount edges { node { id } } }
    byKind: statements(filter: { kinds: [DIRECT_QUOTE], reviewStatuses: [CONFIRMED] }) { totalCount edges { node { id } } }
    byDay: statements(filter: { from: "2010-04-01", to: "2010-04-30" }) { totalCount edges { node { id } } }
    byText: statements(filter: { text: "Russia" }) { totalCount edges { node { id } } }
  }`,
  casualtyReports: `query($place: ID) {
    all: casualtyReports { totalCount edges { node { id } } }
    latest: casualtyReports(orderBy: LATEST) { edges { node { id } } }
    largest: casualtyReports(orderBy: LARGEST) { edges { node { id } } }
    filtered: casualtyReports(filter: { place: $place, categories: [KILLED], qualifiers: [AT_LEAST], minCount: 10,
      from: "2010-01-01", to: "2010-12-31", reviewStatuses: [CONFIRMED] }) { totalCount edges { node { id } } }
  }`,
  militaryDeployments: `query($place: ID) {
    all: militaryDeployments { totalCount edges { node { id } } }
    latest: militaryDeployments(orderBy: LATEST) { edges { node { id } } }
    largest: militaryDeployments(orderBy: LARGEST) { edges { node { id } } }
    byHost: militaryDeployments(filter: { hostCountry: $place, statuses: [ARRIVED] }) { totalCount edges { node { id } } }
    byDeployer: militaryDeployments(filter: { deployingCountry: $place }) { totalCount edges { node { id } } }
    byLocation: militaryDeployments(filter: { location: $place, from: "2010-01-01" }) { totalCount edges { node { id } } }
  }`,
  entities: `query($place: ID) {
    people(filter: { namePrefix: "Ba", nationality: $place, hasStatements: true }) { totalCount edges { node { id } } }
    quoted: people(orderBy: MOST_STATEMENTS) { edges { node { id } } }
    covered: people(orderBy: MOST_ARTICLES) { edges { node { id } } }
    places(filter: { kinds: [CITY], inside: $place }, orderBy: MOST_ARTICLES) { totalCount edges { node { id } } }
    organizations(filter: { kinds: [NEWS_AGENCY], country: $place }, orderBy: MOST_ARTICLES) { totalCount edges { node { id } } }
    events(filter: { kinds: [CLASHES], place: $place, from: "2010-01-01", to: "2010-12-31" }, orderBy: LATEST) {
      totalCount edges { node { id } }
    }
  }`,
  nested: `query($person: ID!, $place: ID!) {
    person: node(id: $person) { ... on Person {
      statements(filter: { kinds: [DIRECT_QUOTE] }, orderBy: LATEST) { totalCount edges { node { id } } }
      articles(filter: { hasCasualtyReports: true }) { totalCount edges { node { id } } }
      mostCasualties: articles(orderBy: MOST_CASUALTY_REPORTS) { edges { node { id } } }
    } }
    place: node(id: $place) { ... on Place {
      articles(filter: { from: "2010-01-01" }) { totalCount edges { node { id } } }
      casualtyReports(filter: { categories: [KILLED] }) { totalCount edges { node { id } } }
      deploymentsHosted(orderBy: LARGEST) { totalCount edges { node { id } } }
    } }
    articles(first: 5) { edges { node {
      statements(filter: { kinds: [DIRECT_QUOTE] }) { totalCount edges { node { id } } }
      casualtyReports(orderBy: LARGEST) { totalCount edges { node { id } } }
      militaryDeployments(filter: { statuses: [ARRIVED] }) { totalCount edges { node { id } } }
    } } }
  }`,
  aggregates: `query($place: ID) {
    casualtyStats(groupBy: [COUNTRY, MONTH], filter: { place: $place }) { best }
    allCasualties: casualtyStats(groupBy: [CATEGORY]) { best }
    deploymentStats(groupBy: [DEPLOYING_COUNTRY], filter: { hostCountry: $place }) { deploymentCount }
    allDeployments: deploymentStats(groupBy: [HOST_COUNTRY, YEAR]) { deploymentCount }
    statementStats(groupBy: [SPEAKER]) { statementCount }
    quotesByWeek: statementStats(groupBy: [WEEK], filter: { kinds: [DIRECT_QUOTE] }) { statementCount }
    articleTimeline(interval: MONTH, from: "2010-01-01", to: "2010-12-31", filter: { place: $place }) { articleCount }
  }`,
};

/**
 * Queries that read every row of a large table by design, with why (the README repeats this).
 */
const FULL_SCANS_BY_DESIGN: Array<{ why: string; matches: (operation: string, sql: string) => boolean }> = [
  {
    why: 'an aggregate over every fact of a kind (no filter, or one no index narrows) reads each of them',
    matches: (operation) => operation === 'aggregates',
  },
  {
    why: 'the totalCount of a whole list: SQLite keeps no row count, so it counts the smallest index',
    matches: (_operation, sql) => sql.trim().startsWith('SELECT count(*) FROM ') && sql.trim().endsWith(' t WHERE 1'),
  },
];

/** The plan of a captured statement, parameters bound to null (a plan does not depend on them). */
function plan(app: TestApp, sql: string): string[] {
  const positional = (sql.match(/\?/g) ?? []).length;
  const named = Object.fromEntries([...sql.matchAll(/@(\w+)/g)].map((m) => [m[1], null]));
  const args: unknown[] = Array.from({ length: positional }, () => null);
  if (Object.keys(named).length) args.push(named);
  const rows = app.db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>;
  return rows.map((r) => r.detail);
}

/** Which large table each alias of a statement stands for. */
function aliases(sql: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of sql.matchAll(/(?:FROM|JOIN)\s+"?(\w+)"?(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    const table = m[1] as string;
    if (!LARGE_TABLES.has(table)) continue;
    found.set(table, table);
    if (m[2] && !/^(WHERE|ON|JOIN|LEFT|GROUP|ORDER|LIMIT|USING)$/i.test(m[2])) found.set(m[2], table);
  }
  return found;
}

/** The large tables a statement reads whole. */
function fullScans(app: TestApp, sql: string): string[] {
  const tables = aliases(sql);
  const found: string[] = [];
  for (const line of plan(app, sql)) {
    const scan = /^SCAN (\w+)(.*)$/.exec(line);
    const table = scan ? tables.get(scan[1] as string) : undefined;
    if (!scan || !table) continue;
    // Walking an index in order is how a page is read, stopping at its size; without a LIMIT
    // (a count, an aggregate) it reads the whole index.
    const paged = /USING (COVERING )?INDEX/.test(scan[2] as string) && /\bLIMIT\b/.test(sql);
    if (!paged) found.push(table);
  }
  return found;
}

describe('query plans', () => {
  let app: TestApp;
  const scans = new Map<string, string>();

  beforeAll(async () => {
    app = createTestApp();
    const placeId = app.db.select().from(places).where(eq(places.name, 'Kyrgyzstan')).get()?.id as number;
    const personId = app.db.select().from(people).where(eq(people.name, 'Kurmanbek Bakiyev')).get()?.id as number;
    const variables = {
      person: encodeGlobalId('Person', personId),
      place: encodeGlobalId('Place', placeId),
      org: encodeGlobalId('Organization', 1),
    };
    for (const [name, query] of Object.entries(OPERATIONS)) {
      app.statements.length = 0;
      const used = Object.fromEntries(Object.entries(variables).filter(([k]) => query.includes(`$${k}`)));
      dataOf(await app.gql(query, used));
      for (const sql of new Set(app.statements)) {
        for (const table of fullScans(app, sql)) {
          if (!FULL_SCANS_BY_DESIGN.some((d) => d.matches(name, sql))) scans.set(`${name}: ${table}`, sql);
        }
      }
    }
  });
  afterAll(() => app.close());

  it('reads no large table whole, except where it must', () => {
    expect([...scans.entries()].map(([key, sql]) => `${key}\n${sql}`)).toEqual([]);
  });

  it('tells a full scan from an index search', () => {
    expect(fullScans(app, 'SELECT count(*) FROM "statements" t WHERE t.verb = ?')).toEqual(['statements']);
    expect(fullScans(app, 'SELECT count(*) FROM "statements" t WHERE t.speaker_person_id = ?')).toEqual([]);
    expect(
      fullScans(app, 'SELECT t.id FROM "statements" t ORDER BY t.article_id, t.evidence_start, t.id LIMIT 5'),
    ).toEqual([]);
  });
});
