import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articles,
  casualtyReports,
  mentions,
  militaryDeployments,
  people,
  personAliases,
  places,
  statements,
} from '../src/db/schema/index.js';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import type { SeedFile } from '../src/seed/seed-file.js';
import { createTestApp, dataOf, type TestApp } from './helpers/app.js';

const seed = JSON.parse(fs.readFileSync('data/seed/000_b16dee5915fb6544.json', 'utf8')) as SeedFile;
const SEED_TITLE = seed.article.title;
const placeName = (key: string) => seed.places.find((p) => p.key === key)?.name as string;

/**
 * On top of the seed (2010-04-08, about Kyrgyzstan and Bishkek: one casualty report, three
 * deployments), three articles:
 * - "Calm in Bishkek", 2011-01-10, Wire, en: names Zara Quill and Bishkek; Zara says "Calm returned
 *   to the capital" (a quote, stated 2011-01-09) and that talks would resume (reported, no day);
 *   5 killed (exact, 2011-01-09) and at least 12 injured, both in Bishkek.
 * - "Troops arrive", 2011-03-05, Daily, fr: names Russia; 300 Russian troops arrive at Kant.
 * - "Quiet day", 2011-02-01, Wire, en: names nothing, reports nothing.
 * Ann Other is a person with no statements; Zara's alias is "Mme Quill".
 */
/** A query declaring, as IDs, just the variables its body uses (GraphQL refuses unused ones). */
function withIds(body: string, values: Record<string, string | undefined>) {
  const used = Object.keys(values).filter((name) => new RegExp(`\\$${name}\\b`).test(body));
  const declared = used.length ? `(${used.map((name) => `$${name}: ID`).join(', ')})` : '';
  return [`query${declared} ${body}`, Object.fromEntries(used.map((name) => [name, values[name]]))] as const;
}

describe('list filters and orders', () => {
  let app: TestApp;
  const ids: Record<string, string> = {};

  beforeAll(() => {
    app = createTestApp();
    const db = app.db;
    const placeId = (name: string) => db.select().from(places).where(eq(places.name, name)).get()?.id as number;
    const kyrgyzstan = placeId('Kyrgyzstan');
    const bishkek = placeId('Bishkek');
    const russia = placeId('Russia');
    const kant = placeId(placeName('kant-air-base'));
    const article = (title: string, body: string, publishedOn: string, publisher: string, language: string) =>
      db
        .insert(articles)
        .values({
          url: `https://example.test/${publishedOn}`,
          title,
          body,
          publishedOn,
          publisher,
          language,
          contentHash: createHash('sha256').update(body).digest('hex'),
        })
        .returning()
        .get().id;
    const fact = (articleId: number, body: string, text: string) => {
      const start = body.indexOf(text);
      return {
        articleId,
        evidenceStart: start,
        evidenceEnd: start + text.length,
        method: 'CURATED' as const,
        reviewStatus: 'CONFIRMED' as const,
        confidence: 1,
      };
    };
    const calm =
      'Zara Quill spoke in Bishkek. "Calm returned to the capital," she said. She said talks would resume. Clashes left 5 dead and at least 12 injured.';
    const a1 = article('Calm in Bishkek', calm, '2011-01-10', 'Wire', 'en');
    const zara = db.insert(people).values({ name: 'Zara Quill', nationalityId: kyrgyzstan }).returning().get().id;
    const ann = db.insert(people).values({ name: 'Ann Other' }).returning().get().id;
    db.insert(personAliases).values({ personId: zara, alias: 'Mme Quill' }).run();
    db.insert(mentions)
      .values({ ...fact(a1, calm, 'Zara Quill'), personId: zara })
      .run();
    db.insert(mentions)
      .values({ ...fact(a1, calm, 'Bishkek'), placeId: bishkek })
      .run();
    const said = { speakerPersonId: zara, speakerLabel: 'she', verb: 'said' };
    db.insert(statements)
      .values({
        ...fact(a1, calm, 'Calm returned to the capital'),
        ...said,
        kind: 'DIRECT_QUOTE',
        text: 'Calm returned to the capital',
        statedOn: '2011-01-09',
      })
      .run();
    db.insert(statements)
      .values({ ...fact(a1, calm, 'talks would resume'), ...said, kind: 'REPORTED_SPEECH', text: 'talks would resume' })
      .run();
    db.insert(casualtyReports)
      .values({
        ...fact(a1, calm, '5 dead'),
        category: 'KILLED',
        count: 5,
        qualifier: 'EXACT',
        statedCount: '5',
        placeId: bishkek,
        occurredOn: '2011-01-09',
      })
      .run();
    db.insert(casualtyReports)
      .values({
        ...fact(a1, calm, 'at least 12 injured'),
        category: 'INJURED',
        count: 12,
        countLow: 12,
        qualifier: 'AT_LEAST',
        statedCount: 'at least 12',
        placeId: bishkek,
      })
      .run();
    const troops = 'Russia sent 300 troops, who arrived at Kant.';
    const a2 = article('Troops arrive', troops, '2011-03-05', 'Daily', 'fr');
    db.insert(mentions)
      .values({ ...fact(a2, troops, 'Russia'), placeId: russia })
      .run();
    db.insert(militaryDeployments)
      .values({
        ...fact(a2, troops, 'Russia sent 300 troops, who arrived at Kant'),
        deployingCountryId: russia,
        hostCountryId: kyrgyzstan,
        locationId: kant,
        personnel: 300,
        personnelQualifier: 'EXACT',
        status: 'ARRIVED',
        occurredOn: '2011-03-01',
      })
      .run();
    article('Quiet day', 'Nothing happened today.', '2011-02-01', 'Wire', 'en');
    Object.assign(ids, {
      zara: encodeGlobalId('Person', zara),
      ann: encodeGlobalId('Person', ann),
      kyrgyzstan: encodeGlobalId('Place', kyrgyzstan),
      russia: encodeGlobalId('Place', russia),
      a1: encodeGlobalId('Article', a1),
    });
  });
  afterAll(() => app.close());

  async function titles(args: string, variables: Record<string, unknown> = {}) {
    const data = dataOf(
      await app.gql<{ articles: { totalCount: number; edges: Array<{ node: { title: string } }> } }>(
        ...withIds(`{ articles(${args}) { totalCount edges { node { title } } } }`, {
          person: ids.zara,
          place: ids.kyrgyzstan,
          ...variables,
        }),
      ),
    );
    const list = data.articles.edges.map((e) => e.node.title);
    expect(data.articles.totalCount).toBe(list.length);
    return list;
  }

  it('filters articles by each field, newest first', async () => {
    expect(await titles('filter: { place: $place }')).toEqual(['Calm in Bishkek', SEED_TITLE]);
    expect(await titles('filter: { person: $person }')).toEqual(['Calm in Bishkek']);
    expect(await titles('filter: { publisher: "Wire" }')).toEqual(['Quiet day', 'Calm in Bishkek']);
    expect(await titles('filter: { language: "fr" }')).toEqual(['Troops arrive']);
    expect(await titles('filter: { hasCasualtyReports: true }')).toEqual(['Calm in Bishkek', SEED_TITLE]);
    expect(await titles('filter: { hasMilitaryDeployments: false }')).toEqual(['Quiet day', 'Calm in Bishkek']);
    expect(await titles('filter: { from: "2011-01-01", to: "2011-02-28" }')).toEqual(['Quiet day', 'Calm in Bishkek']);
  });

  it('finds every article that quotes a person with a phrase', async () => {
    expect(await titles('filter: { hasStatement: { speaker: $person, text: "calm returned" } }')).toEqual([
      'Calm in Bishkek',
    ]);
    // Bakiyev's "did not want to believe Russia was behind the protests", in the seed only.
    expect(await titles('filter: { hasStatement: { text: "believe Russia" } }')).toEqual([SEED_TITLE]);
    expect(await titles('filter: { hasStatement: {} }')).toEqual(['Calm in Bishkek', SEED_TITLE]);
  });

  it('combines filters: every field given must match', async () => {
    expect(await titles('filter: { publisher: "Wire", hasCasualtyReports: true }')).toEqual(['Calm in Bishkek']);
    expect(await titles('filter: { publisher: "Daily", place: $place }')).toEqual([]);
  });

  it('orders articles oldest first or by how many casualty reports they have', async () => {
    expect(await titles('orderBy: OLDEST')).toEqual([SEED_TITLE, 'Calm in Bishkek', 'Quiet day', 'Troops arrive']);
    // Two reports, then one, then none (newest first among those).
    expect(await titles('orderBy: MOST_CASUALTY_REPORTS')).toEqual([
      'Calm in Bishkek',
      SEED_TITLE,
      'Troops arrive',
      'Quiet day',
    ]);
  });

  it('pages a filtered, ordered list with cursors that keep their order', async () => {
    const PAGE = `query($after: String) {
      articles(filter: { hasMilitaryDeployments: false }, orderBy: OLDEST, first: 1, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { title } }
      }
    }`;
    type Page = {
      articles: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { title: string } }> };
    };
    const first = dataOf(await app.gql<Page>(PAGE));
    expect(first.articles.edges.map((e) => e.node.title)).toEqual(['Calm in Bishkek']);
    expect(first.articles.pageInfo.hasNextPage).toBe(true);
    const second = dataOf(await app.gql<Page>(PAGE, { after: first.articles.pageInfo.endCursor }));
    expect(second.articles.edges.map((e) => e.node.title)).toEqual(['Quiet day']);
    expect(second.articles.pageInfo.hasNextPage).toBe(false);

    const other = await app.gql(`query($after: String) { articles(orderBy: NEWEST, after: $after) { totalCount } }`, {
      after: first.articles.pageInfo.endCursor,
    });
    expect(other.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  async function statementTexts(path: string, args: string) {
    const query = path.startsWith('person')
      ? `query($zara: ID!) { node(id: $zara) { ... on Person { statements(${args}) { totalCount edges { node { text } } } } } }`
      : withIds(`{ statements(${args}) { totalCount edges { node { text } } } }`, { zara: ids.zara })[0];
    type List = { totalCount: number; edges: Array<{ node: { text: string } }> };
    const data = dataOf(
      await app.gql<{ node?: { statements: List }; statements?: List }>(
        query,
        query.includes('$zara') ? { zara: ids.zara } : {},
      ),
    );
    const list = (data.node?.statements ?? data.statements) as List;
    expect(list.totalCount).toBe(list.edges.length);
    return list.edges.map((e) => e.node.text);
  }

  it('filters statements by speaker, kind, words and day', async () => {
    expect(await statementTexts('root', 'filter: { speaker: $zara }')).toEqual([
      'Calm returned to the capital',
      'talks would resume',
    ]);
    expect(await statementTexts('root', 'filter: { speaker: $zara, kinds: [DIRECT_QUOTE] }')).toEqual([
      'Calm returned to the capital',
    ]);
    // Every word must match, the last as a prefix.
    expect(await statementTexts('root', 'filter: { text: "talks resum" }')).toEqual(['talks would resume']);
    // Without a day of its own, a statement takes its article's (2011-01-10).
    expect(await statementTexts('root', 'filter: { from: "2011-01-10" }')).toEqual(['talks would resume']);
    expect(await statementTexts('person', 'filter: { kinds: [REPORTED_SPEECH] }')).toEqual(['talks would resume']);
  });

  it('orders statements latest first, those without a day last', async () => {
    const latest = await statementTexts('person', 'orderBy: LATEST');
    expect(latest).toEqual(['Calm returned to the capital', 'talks would resume']);
    const seedDays = seed.statements.map((s) => s.statedOn).filter((d): d is string => d !== null);
    const all = dataOf(
      await app.gql<{ statements: { edges: Array<{ node: { statedOn: string | null } }> } }>(
        '{ statements(orderBy: LATEST, first: 100) { edges { node { statedOn } } } }',
      ),
    ).statements.edges.map((e) => e.node.statedOn);
    expect(all.filter((d) => d !== null)).toEqual(['2011-01-09', ...seedDays.sort().reverse()]);
    expect(all.slice(all.indexOf(null))).toEqual(all.slice(all.indexOf(null)).map(() => null));
  });

  it('filters casualty reports by place (with the places inside it), count, qualifier and category', async () => {
    const figures = async (args: string) =>
      dataOf(
        await app.gql<{ casualtyReports: { edges: Array<{ node: { statedCount: string } }> } }>(
          ...withIds(`{ casualtyReports(${args}) { edges { node { statedCount } } } }`, { place: ids.kyrgyzstan }),
        ),
      ).casualtyReports.edges.map((e) => e.node.statedCount);
    expect(await figures('filter: { place: $place }')).toEqual(['at least 75', '5', 'at least 12']);
    expect(await figures('filter: { minCount: 10 }')).toEqual(['at least 75', 'at least 12']);
    expect(await figures('filter: { qualifiers: [AT_LEAST], categories: [INJURED] }')).toEqual(['at least 12']);
    expect(await figures('orderBy: LARGEST')).toEqual(['at least 75', 'at least 12', '5']);
    expect(await figures('filter: { from: "2011-01-01" }, orderBy: LATEST')).toEqual(['5', 'at least 12']);
  });

  it('filters deployments by deploying country and orders them by personnel', async () => {
    const seedRussian = seed.militaryDeployments.filter((d) => d.deployingCountry === 'russia').length;
    const data = dataOf(
      await app.gql<{
        militaryDeployments: { totalCount: number; edges: Array<{ node: { personnel: number | null } }> };
      }>(
        `query($russia: ID) {
          militaryDeployments(filter: { deployingCountry: $russia }, orderBy: LARGEST) {
            totalCount edges { node { personnel } }
          }
        }`,
        { russia: ids.russia },
      ),
    );
    expect(data.militaryDeployments.totalCount).toBe(seedRussian + 1);
    expect(data.militaryDeployments.edges[0]?.node.personnel).toBe(300);
  });

  it('filters people by name or alias prefix in any case, nationality and whether they are quoted', async () => {
    const names = async (args: string) =>
      dataOf(
        await app.gql<{ people: { edges: Array<{ node: { name: string } }> } }>(
          ...withIds(`{ people(${args}) { edges { node { name } } } }`, { place: ids.kyrgyzstan }),
        ),
      ).people.edges.map((e) => e.node.name);
    expect(await names('filter: { namePrefix: "mme q" }')).toEqual(['Zara Quill']);
    expect(await names('filter: { namePrefix: "ZAR" }')).toEqual(['Zara Quill']);
    expect(await names('filter: { namePrefix: "%" }')).toEqual([]);
    const seedSilent = seed.people.filter(
      (p) => !seed.statements.some((s) => s.speaker && 'person' in s.speaker && s.speaker.person === p.key),
    );
    expect(await names('filter: { hasStatements: false }')).toEqual(
      ['Ann Other', ...seedSilent.map((p) => p.name)].sort(),
    );
    const kyrgyz = seed.people.filter((p) => p.nationality === 'kyrgyzstan').map((p) => p.name);
    expect(await names('filter: { nationality: $place }')).toEqual([...kyrgyz, 'Zara Quill'].sort());
  });

  it('orders people by how often they are quoted', async () => {
    const bySpeaker = new Map<string, number>();
    for (const s of seed.statements) {
      if (s.speaker && 'person' in s.speaker)
        bySpeaker.set(s.speaker.person, (bySpeaker.get(s.speaker.person) ?? 0) + 1);
    }
    const [topKey] = [...bySpeaker.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
    const top = seed.people.find((p) => p.key === topKey)?.name;
    const data = dataOf(
      await app.gql<{ people: { edges: Array<{ node: { name: string } }> } }>(
        '{ people(orderBy: MOST_STATEMENTS, first: 1) { edges { node { name } } } }',
      ),
    );
    expect(data.people.edges[0]?.node.name).toBe(top);
  });

  it('filters places by kind and by the place they lie in, and organizations by country', async () => {
    const inside = (key: string): string[] =>
      seed.places.filter((p) => p.parent === key).flatMap((p) => [p.name, ...inside(p.key)]);
    const data = dataOf(
      await app.gql<{
        inside: { edges: Array<{ node: { name: string } }> };
        countries: { totalCount: number };
        russian: { edges: Array<{ node: { name: string } }> };
      }>(
        `query($place: ID, $russia: ID) {
          inside: places(filter: { inside: $place }) { edges { node { name } } }
          countries: places(filter: { kinds: [COUNTRY] }) { totalCount }
          russian: organizations(filter: { country: $russia }) { edges { node { name } } }
        }`,
        { place: ids.kyrgyzstan, russia: ids.russia },
      ),
    );
    expect(data.inside.edges.map((e) => e.node.name)).toEqual(inside('kyrgyzstan').sort());
    expect(data.countries.totalCount).toBe(seed.places.filter((p) => p.kind === 'COUNTRY').length);
    expect(data.russian.edges.map((e) => e.node.name)).toEqual(
      seed.organizations
        .filter((o) => o.country === 'russia')
        .map((o) => o.name)
        .sort(),
    );
  });

  it('filters events by kind and day, and orders them latest first', async () => {
    const data = dataOf(
      await app.gql<{
        clashes: { edges: Array<{ node: { title: string } }> };
        after: { totalCount: number };
        latest: { edges: Array<{ node: { startsOn: string } }> };
      }>(
        `{
          clashes: events(filter: { kinds: [CLASHES] }) { edges { node { title } } }
          after: events(filter: { from: "2010-04-08" }) { totalCount }
          latest: events(orderBy: LATEST, first: 1) { edges { node { startsOn } } }
        }`,
      ),
    );
    expect(data.clashes.edges.map((e) => e.node.title)).toEqual(
      seed.events.filter((e) => e.kind === 'CLASHES').map((e) => e.title),
    );
    expect(data.after.totalCount).toBe(
      seed.events.filter((e) => (e.endsOn ?? e.startsOn ?? '') >= '2010-04-08').length,
    );
    const latestStart = seed.events
      .map((e) => e.startsOn ?? '')
      .sort()
      .at(-1);
    expect(data.latest.edges[0]?.node.startsOn).toBe(latestStart);
  });

  it.each([
    ['articles(filter: { from: "2011-02-01", to: "2011-01-01" })', 'filter.from'],
    ['articles(filter: { person: "UGVyc29uOjk5OTk5OQ" })', 'filter.person'],
    ['statements(filter: { speaker: "UGxhY2U6MQ" })', 'filter.speaker'],
    ['statements(filter: { text: "((" })', 'filter.text'],
    ['articles(filter: { hasStatement: { speaker: "UGxhY2U6MQ" } })', 'filter.hasStatement.speaker'],
    ['casualtyReports(filter: { minCount: -1 })', 'filter.minCount'],
    ['places(filter: { inside: "UGxhY2U6OTk5OTk5" })', 'filter.inside'],
  ])('refuses %s as BAD_USER_INPUT naming %s', async (field, argument) => {
    const response = await app.gql(`{ ${field} { totalCount } }`);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('filters a nested list for every parent in one statement, whatever the number of parents', async () => {
    app.statements.length = 0;
    const data = dataOf(
      await app.gql<{ articles: { edges: Array<{ node: { statements: { totalCount: number } } }> } }>(
        `{ articles(first: 10) { edges { node {
            statements(filter: { kinds: [DIRECT_QUOTE] }) { totalCount edges { node { text } } }
        } } } }`,
      ),
    );
    const seedQuotes = seed.statements.filter((s) => s.kind === 'DIRECT_QUOTE').length;
    expect(data.articles.edges.map((e) => e.node.statements.totalCount).sort()).toEqual([0, 0, 1, seedQuotes].sort());
    // Every page holds its whole list, so the pages tell the counts: no count is run.
    expect(app.statements.filter((q) => q.includes('statements')).length).toBe(1);
  });

  it('counts a nested list beyond its page in one more statement, or with the page when ranking reads it all', async () => {
    app.statements.length = 0;
    const data = dataOf(
      await app.gql<{
        articles: {
          edges: Array<{ node: { title: string; statements: { totalCount: number }; people: { totalCount: number } } }>;
        };
      }>(
        `{ articles(first: 10) { edges { node {
            title
            statements(first: 1) { totalCount edges { node { text } } }
            people(first: 1) { totalCount edges { node { name } } }
        } } } }`,
      ),
    );
    const seedArticle = data.articles.edges.find((e) => e.node.title === SEED_TITLE)?.node;
    expect(seedArticle?.statements.totalCount).toBe(seed.statements.length);
    expect(seedArticle?.people.totalCount).toBe(seed.people.length);
    expect(data.articles.edges.find((e) => e.node.title === 'Calm in Bishkek')?.node.statements.totalCount).toBe(2);
    // Statements: a page and a count. People are ranked over their whole list, which counts it on the way.
    expect(app.statements.filter((q) => q.includes('FROM "statements"')).length).toBe(2);
    expect(app.statements.filter((q) => q.includes('FROM "mentions"')).length).toBe(1);
  });

  it("makes a nested list's filter once per request, not once per parent", async () => {
    // The place filter looks up the places inside Kyrgyzstan and how many articles they are in: once.
    const count = async (first: number) => {
      app.statements.length = 0;
      dataOf(
        await app.gql(
          `query($place: ID) { people(first: ${first}) { edges { node {
            articles(filter: { place: $place, hasCasualtyReports: true }) { totalCount }
          } } } }`,
          { place: ids.kyrgyzstan },
        ),
      );
      return app.statements.length;
    };
    expect(await count(6)).toBe(await count(2));
  });
});
