import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../src/db/migrate.js';
import { people, personAliases, statements } from '../src/db/schema/index.js';
import { createTestApp, dataOf, type TestApp } from './helpers/app.js';

type Hit = {
  type: string;
  rank: number;
  snippet: string;
  cursor: string;
  node: { __typename: string; label?: string };
};
type SearchData = {
  search: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Hit[] };
};

const SEARCH = /* GraphQL */ `
  query Search($query: String!, $types: [SearchType!], $first: Int, $after: String) {
    search(query: $query, types: $types, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor type rank snippet
        node {
          __typename
          ... on Person { label: name }
          ... on Article { label: title }
          ... on Statement { label: text }
          ... on Organization { label: name }
          ... on Place { label: name }
        }
      }
    }
  }
`;

describe('search', () => {
  let app: TestApp;
  beforeAll(() => {
    app = createTestApp();
  });
  afterAll(() => app.close());

  const search = async (query: string, variables: Record<string, unknown> = {}) =>
    dataOf(await app.gql<SearchData>(SEARCH, { query, first: 20, ...variables })).search;

  it('finds a person by an alias and the article that names them, marking the word', async () => {
    const found = await search('Bakiyev');
    // No statement's words contain "Bakiyev"; the person's aliases and the article's body do.
    expect(found.edges.map((e) => [e.type, e.node.label]).sort()).toEqual([
      ['ARTICLE', 'Russia sends troops to Kyrgyzstan after Bakiyev is ousted'],
      ['PERSON', 'Kurmanbek Bakiyev'],
    ]);
    expect(found.totalCount).toBe(2);
    for (const edge of found.edges) expect(edge.snippet).toContain('<mark>Bakiyev</mark>');
  });

  it('searches only the types asked for, and matches the last word as a prefix', async () => {
    // Two statements speak of paratroopers: Makarov's reported speech and his quote.
    const expected = [
      "Mr. Medvedev had ordered paratroopers to be sent to protect personnel at Russia's Kant air base in the ex-Soviet republic",
      'The President took the decision to send two companies of paratroopers',
    ];
    for (const query of ['paratroopers', 'paratroop']) {
      const found = await search(query, { types: ['STATEMENT'] });
      expect(found.edges.map((e) => e.node.label).sort()).toEqual(expected);
      expect(found.edges.every((e) => e.type === 'STATEMENT')).toBe(true);
    }
    // Every word must match.
    expect((await search('paratroopers Bishkek', { types: ['STATEMENT'] })).totalCount).toBe(0);
  });

  it('ranks best first and pages through every hit once', async () => {
    const all = await search('Russia', { first: 100 });
    const ranks = all.edges.map((e) => e.rank);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const page: SearchData['search'] = await search('Russia', { first: 3, after });
      seen.push(...page.edges.map((e) => `${e.type}:${e.node.label}`));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e) => `${e.type}:${e.node.label}`));
    expect(seen.length).toBe(all.totalCount);
    expect(all.totalCount).toBeGreaterThan(5);
  });

  it('escapes the snippet as HTML around the marked words', async () => {
    const [hit] = (await search("Russia's Kant", { types: ['STATEMENT'] })).edges;
    expect(hit?.snippet).toContain('&#39;');
    expect(hit?.snippet).not.toContain("'");
    expect(hit?.snippet).toContain('<mark>Kant</mark>');
  });

  it.each([
    '"',
    '""',
    'AND',
    'OR NOT',
    '(((',
    ')',
    '*',
    'NEAR(Russia Kant)',
    'title:Russia',
    '^Russia',
    '-',
    "'",
    'Kyrgyz" OR "x',
    '🙂',
    '   ',
    '',
    'x'.repeat(201),
  ])('answers %j with results or BAD_USER_INPUT, never an internal error', async (query) => {
    const response = await app.gql<SearchData>(SEARCH, { query });
    const codes = (response.body.errors ?? []).map((e) => e.extensions?.code);
    expect(codes.every((c) => c === 'BAD_USER_INPUT')).toBe(true);
    if (codes.length === 0) expect(response.body.data?.search.totalCount).toBeGreaterThanOrEqual(0);
    else expect(response.body.errors?.[0]?.message).toContain('query');
  });

  it('follows every write: a new statement, an edited one, a deleted one, a new alias', async () => {
    const existing = app.db.select().from(statements).get();
    if (!existing) throw new Error('no statement in the seed');
    const { id } = app.db
      .insert(statements)
      .values({ ...existing, id: undefined, text: 'zeppelins over Osh' })
      .returning({ id: statements.id })
      .get();
    expect((await search('zeppelins')).totalCount).toBe(1);
    app.db.update(statements).set({ text: 'balloons over Osh' }).where(eq(statements.id, id)).run();
    expect((await search('zeppelins')).totalCount).toBe(0);
    expect((await search('balloons')).totalCount).toBe(1);
    app.db.delete(statements).where(eq(statements.id, id)).run();
    expect((await search('balloons')).totalCount).toBe(0);

    const medvedev = app.db.select().from(people).where(eq(people.name, 'Dmitry Medvedev')).get();
    app.db
      .insert(personAliases)
      .values({ personId: medvedev?.id as number, alias: 'Dima' })
      .run();
    const found = await search('Dima', { types: ['PERSON'] });
    expect(found.edges.map((e) => e.node.label)).toEqual(['Dmitry Medvedev']);
  });
});

describe('the search migration', () => {
  it('builds the indexes for data that was there before it', async () => {
    const app = createTestApp();
    try {
      // Undo the search migration on a loaded database, then apply it again.
      const sqlite = app.db.$client;
      const triggers = sqlite
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%fts%'")
        .pluck()
        .all() as string[];
      for (const name of triggers) sqlite.exec(`DROP TRIGGER ${name}`);
      for (const table of ['articles_fts', 'statements_fts', 'people_fts', 'organizations_fts', 'places_fts']) {
        sqlite.exec(`DROP TABLE ${table}`);
      }
      // Run the migration's own statements again, as drizzle would, on the loaded data.
      const file = fs.readFileSync(path.join(MIGRATIONS_FOLDER, '0003_search_index.sql'), 'utf8');
      for (const statement of file.split('--> statement-breakpoint')) sqlite.exec(statement);
      const response = dataOf(await app.gql<SearchData>(SEARCH, { query: 'Bakiyev' }));
      expect(response.search.totalCount).toBe(2);
    } finally {
      app.close();
    }
  });
});
