import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedFile, seedFiles } from '../src/seed/load-seed.js';
import type { SeedActorRef, SeedSpan } from '../src/seed/seed-file.js';
import { createTestApp, dataOf, SEED_URL, type TestApp } from './helpers/app.js';

// Expected values come from the curated seed file (entity keys resolved to
// names here) or from reading the article by hand, never from the API.
const seeds = seedFiles().map((file) => readSeedFile(file));
const found = seeds.find((s) => s.seed.article.url === SEED_URL);
if (!found) throw new Error(`no seed file holds ${SEED_URL}`);
const { seed, body } = found;

function nameOf<T extends { key: string }>(list: T[], key: string | null | undefined, field: (row: T) => string) {
  if (key == null) return null;
  const row = list.find((r) => r.key === key);
  if (!row) throw new Error(`the seed has no entity "${key}"`);
  return field(row);
}
const placeName = (key: string | null | undefined) => nameOf(seed.places, key, (p) => p.name);
const personName = (key: string | null | undefined) => nameOf(seed.people, key, (p) => p.name);
const organizationName = (key: string | null | undefined) => nameOf(seed.organizations, key, (o) => o.name);
const eventTitle = (key: string | null | undefined) => nameOf(seed.events, key, (e) => e.title);

function actorOf(ref: SeedActorRef | null): { __typename: string; name: string | null } | null {
  if (ref == null) return null;
  if ('person' in ref) return { __typename: 'Person', name: personName(ref.person) };
  return { __typename: 'Organization', name: organizationName(ref.organization) };
}

const span = (s: SeedSpan) => ({ text: s.text, start: s.start, end: s.end });
const byStart = <T extends { evidence: SeedSpan }>(list: T[]) =>
  [...list].sort((a, b) => a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end);
/** JSON with object keys sorted, so that equal values give equal strings whatever their key order. */
const canonicalJson = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
/** A stable order for comparing lists whose order the API does not promise. */
const sortedByJson = <T>(list: T[]) => [...list].sort((a, b) => canonicalJson(a).localeCompare(canonicalJson(b)));
const curated = { method: 'CURATED', reviewStatus: 'CONFIRMED', confidence: 1 };

type Span = { text: string; start: number; end: number };
type Connection<N> = { totalCount: number; edges: Array<{ node: N }> };
const nodesOf = <N>(connection: Connection<N>): N[] => connection.edges.map((e) => e.node);

/** One seeded app for the enclosing describe. */
function seededApp(): () => TestApp {
  let app: TestApp | undefined;
  beforeAll(() => {
    app = createTestApp();
  });
  afterAll(() => app?.close());
  return () => {
    if (!app) throw new Error('the test app is not ready');
    return app;
  };
}

/** Runs `selection` on the seed article and returns it; fails on errors or a missing article. */
async function seedArticle<T>(app: TestApp, selection: string): Promise<T> {
  const data = dataOf(
    await app.gql<{ article: T | null }>(`query SeedArticle($url: String!) { article(url: $url) { ${selection} } }`, {
      url: SEED_URL,
    }),
  );
  expect(data.article).not.toBeNull();
  return data.article as T;
}

describe('the seed article through GraphQL', () => {
  const app = seededApp();

  it('returns the title, dates, language, body and content hash of the curated article', async () => {
    const article = await seedArticle<Record<string, unknown>>(
      app(),
      'url title publishedOn publishedAt language body contentHash publisher byline',
    );
    expect(article).toEqual({
      url: SEED_URL,
      title: seed.article.title,
      publishedOn: '2010-04-08',
      publishedAt: null,
      language: seed.article.language,
      body,
      contentHash: createHash('sha256').update(body).digest('hex'),
      publisher: seed.article.publisher,
      byline: seed.article.byline,
    });
    expect(article.title).toBe('Russia sends troops to Kyrgyzstan after Bakiyev is ousted');
    expect(article.language).toBe('en');
  });

  it('returns the photo with its caption, credit, photographer, day and place', async () => {
    const article = await seedArticle<{ photos: unknown[] }>(
      app(),
      'photos { caption credit takenOn photographer { name } place { name } article { url } }',
    );
    expect(article.photos).toEqual(
      seed.photos.map((p) => ({
        caption: p.caption,
        credit: p.credit,
        takenOn: p.takenOn,
        photographer: p.photographer ? { name: personName(p.photographer) } : null,
        place: p.place ? { name: placeName(p.place) } : null,
        article: { url: SEED_URL },
      })),
    );
    expect(article.photos).toEqual([
      expect.objectContaining({
        caption: expect.stringMatching(/^A protestor attacks a Kyrgyz police officer/),
        credit: 'Ivan Sekretarev',
        photographer: { name: 'Ivan Sekretarev' },
        takenOn: '2010-04-07',
        place: { name: 'Bishkek' },
      }),
    ]);
  });
});

describe('the people of the seed article', () => {
  const app = seededApp();

  type PersonEdge = {
    node: { name: string; aliases: string[]; description: string | null; nationality: { name: string } | null };
    roles: Array<{ title: string }>;
    mentions: Array<{ evidence: Span }>;
    photos: Array<{ credit: string }>;
  };
  const PEOPLE = `people(first: 50) {
    totalCount
    edges {
      node { name aliases description nationality { name } }
      roles { title }
      mentions { evidence { text start end } }
      photos { credit }
    }
  }`;

  it('lists exactly the four seed people, with a total count of 4', async () => {
    const { people } = await seedArticle<{ people: { totalCount: number; edges: PersonEdge[] } }>(app(), PEOPLE);
    expect(people.totalCount).toBe(4);
    expect(seed.people).toHaveLength(4);
    expect(people.edges.map((e) => e.node.name).sort()).toEqual(seed.people.map((p) => p.name).sort());
    expect(people.edges.map((e) => e.node.name).sort()).toEqual([
      'Dmitry Medvedev',
      'Ivan Sekretarev',
      'Kurmanbek Bakiyev',
      'Nikolai Makarov',
    ]);
  });

  it("gives each person this article's roles and mentions, their aliases and their nationality", async () => {
    const { people } = await seedArticle<{ people: { edges: PersonEdge[] } }>(app(), PEOPLE);
    for (const person of seed.people) {
      const edge = people.edges.find((e) => e.node.name === person.name);
      expect(edge, person.name).toBeDefined();
      if (!edge) continue;
      expect(edge.node.aliases, person.name).toEqual([...person.aliases].sort());
      expect(edge.node.description, person.name).toBe(person.description);
      expect(edge.node.nationality, person.name).toEqual(
        person.nationality ? { name: placeName(person.nationality) } : null,
      );
      expect(edge.roles.map((r) => r.title).sort(), person.name).toEqual(
        seed.roles
          .filter((r) => r.person === person.key)
          .map((r) => r.title)
          .sort(),
      );
      expect(edge.mentions, person.name).toEqual(
        byStart(seed.mentions.filter((m) => m.person === person.key)).map((m) => ({ evidence: span(m.evidence) })),
      );
      expect(
        edge.photos.map((p) => p.credit),
        person.name,
      ).toEqual(seed.photos.filter((p) => p.photographer === person.key).map((p) => p.credit));
    }
  });

  it('names the nationality of the people the article read by hand', async () => {
    const { people } = await seedArticle<{ people: { edges: PersonEdge[] } }>(app(), PEOPLE);
    const nationality = Object.fromEntries(people.edges.map((e) => [e.node.name, e.node.nationality?.name ?? null]));
    expect(nationality).toEqual({
      'Dmitry Medvedev': 'Russia',
      'Nikolai Makarov': 'Russia',
      'Kurmanbek Bakiyev': 'Kyrgyzstan',
      'Ivan Sekretarev': null,
    });
    const makarov = people.edges.find((e) => e.node.name === 'Nikolai Makarov');
    expect(makarov?.roles.map((r) => r.title).sort()).toEqual(['General', 'armed forces chief of staff']);
    expect(makarov?.node.aliases).toEqual(['General Nikolai Makarov', 'Makarov']);
  });

  it('returns every seed role with its title, qualifier, country, person and evidence', async () => {
    const { people } = await seedArticle<{ people: { edges: Array<{ roles: unknown[] }> } }>(
      app(),
      `people(first: 50) { edges { roles {
        __typename title qualifier country { name } organization { name } person { name }
        evidence { text start end } method reviewStatus confidence article { url }
      } } }`,
    );
    const roles = people.edges.flatMap((e) => e.roles);
    expect(sortedByJson(roles)).toEqual(
      sortedByJson(
        seed.roles.map((r) => ({
          __typename: 'Role',
          title: r.title,
          qualifier: r.qualifier,
          country: r.country ? { name: placeName(r.country) } : null,
          organization: r.organization ? { name: organizationName(r.organization) } : null,
          person: { name: personName(r.person) },
          evidence: span(r.evidence),
          ...curated,
          article: { url: SEED_URL },
        })),
      ),
    );
    expect(roles).toContainEqual(
      expect.objectContaining({
        title: 'President',
        qualifier: 'ousted',
        country: { name: 'Kyrgyzstan' },
        person: { name: 'Kurmanbek Bakiyev' },
        evidence: expect.objectContaining({ text: 'ousted Kyrgyz President Kurmanbek Bakiyev' }),
      }),
    );
  });

  it("lists a person's roles across articles on Person.roles", async () => {
    const { people } = await seedArticle<{
      people: { edges: Array<{ node: { name: string; roles: Array<{ title: string; evidence: Span }> } }> };
    }>(app(), 'people(first: 50) { edges { node { name roles { title evidence { text start end } } } } }');
    for (const edge of people.edges) {
      const person = seed.people.find((p) => p.name === edge.node.name);
      expect(sortedByJson(edge.node.roles), edge.node.name).toEqual(
        sortedByJson(
          seed.roles
            .filter((r) => r.person === person?.key)
            .map((r) => ({ title: r.title, evidence: span(r.evidence) })),
        ),
      );
    }
  });
});

describe('the organizations and places of the seed article', () => {
  const app = seededApp();

  type PlaceNode = {
    name: string;
    kind: string;
    countryCode: string | null;
    population: number | null;
    parent: { name: string } | null;
    children: Array<{ name: string }>;
    deploymentsHosted: Connection<{ status: string; deployingCountry: { name: string } }>;
    deploymentsSent: Connection<{ status: string; hostCountry: { name: string } }>;
    deploymentsAt: Connection<{ status: string; deployingCountry: { name: string } }>;
  };
  const PLACES = `places(first: 50) { totalCount edges { node {
    name kind countryCode population parent { name } children { name }
    deploymentsHosted(first: 20) { totalCount edges { node { status deployingCountry { name } } } }
    deploymentsSent(first: 20) { totalCount edges { node { status hostCountry { name } } } }
    deploymentsAt(first: 20) { totalCount edges { node { status deployingCountry { name } } } }
  } } }`;
  const placesOfArticle = async () => {
    const { places } = await seedArticle<{ places: Connection<PlaceNode> }>(app(), PLACES);
    const byName = (name: string) => {
      const place = nodesOf(places).find((p) => p.name === name);
      if (!place) throw new Error(`Article.places has no "${name}"`);
      return place;
    };
    return { places, byName };
  };

  it('lists the six seed organizations with their kinds and countries', async () => {
    const { organizations } = await seedArticle<{ organizations: Connection<unknown> }>(
      app(),
      'organizations(first: 50) { totalCount edges { node { name kind country { name } } } }',
    );
    expect(
      nodesOf(organizations)
        .map((o) => (o as { name: string }).name)
        .sort(),
    ).toEqual(seed.organizations.map((o) => o.name).sort());
    expect(organizations.totalCount).toBe(6);
    expect(sortedByJson(nodesOf(organizations))).toEqual(
      sortedByJson(
        seed.organizations.map((o) => ({
          name: o.name,
          kind: o.kind,
          country: o.country ? { name: placeName(o.country) } : null,
        })),
      ),
    );
    expect(nodesOf(organizations)).toContainEqual({ name: 'Reuters', kind: 'NEWS_AGENCY', country: null });
    expect(nodesOf(organizations)).toContainEqual({ name: 'Kremlin', kind: 'GOVERNMENT', country: { name: 'Russia' } });
  });

  it('includes all nine seed places with their kind, country code, population and parent', async () => {
    const { places } = await placesOfArticle();
    const returned = nodesOf(places).map((p) => ({
      name: p.name,
      kind: p.kind,
      countryCode: p.countryCode,
      population: p.population,
      parent: p.parent,
    }));
    expect(seed.places).toHaveLength(9);
    for (const p of seed.places) {
      expect(returned).toContainEqual({
        name: p.name,
        kind: p.kind,
        countryCode: p.countryCode,
        population: p.population,
        parent: p.parent ? { name: placeName(p.parent) } : null,
      });
    }
    expect(places.totalCount).toBeGreaterThanOrEqual(9);
  });

  it('places Kyrgyzstan in Central Asia with 5.3 million people, and Bishkek, the south and Kant inside it', async () => {
    const { byName } = await placesOfArticle();
    const kyrgyzstan = byName('Kyrgyzstan');
    expect(kyrgyzstan.population).toBe(5_300_000);
    expect(kyrgyzstan.countryCode).toBe('KG');
    expect(kyrgyzstan.parent).toEqual({ name: 'Central Asia' });
    expect(byName('Bishkek').parent).toEqual({ name: 'Kyrgyzstan' });
    expect(kyrgyzstan.children.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Bishkek', 'southern Kyrgyzstan', 'Kant air base']),
    );
    expect(byName('Central Asia').children.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Kyrgyzstan', 'Kazakhstan']),
    );
  });

  it('reaches the deployments from the host, the sending countries and the base', async () => {
    const { byName } = await placesOfArticle();
    const statuses = (c: Connection<{ status: string }>) => nodesOf(c).map((d) => d.status);

    const kyrgyzstan = byName('Kyrgyzstan');
    expect(kyrgyzstan.deploymentsHosted.totalCount).toBe(3);
    expect(sortedByJson(nodesOf(kyrgyzstan.deploymentsHosted))).toEqual(
      sortedByJson([
        { status: 'ARRIVED', deployingCountry: { name: 'Russia' } },
        { status: 'STATIONED', deployingCountry: { name: 'Russia' } },
        { status: 'LEASED', deployingCountry: { name: 'United States' } },
      ]),
    );

    const russia = byName('Russia');
    expect(russia.deploymentsSent.totalCount).toBe(2);
    expect(statuses(russia.deploymentsSent).sort()).toEqual(['ARRIVED', 'STATIONED']);
    expect(nodesOf(russia.deploymentsSent).map((d) => d.hostCountry.name)).toEqual(['Kyrgyzstan', 'Kyrgyzstan']);
    expect(russia.deploymentsHosted.totalCount).toBe(0);

    const unitedStates = byName('United States');
    expect(unitedStates.deploymentsSent.totalCount).toBe(1);
    expect(statuses(unitedStates.deploymentsSent)).toEqual(['LEASED']);

    const kant = byName('Kant air base');
    const atKant = seed.militaryDeployments.filter((d) => d.location === 'kant-air-base');
    expect(kant.deploymentsAt.totalCount).toBe(atKant.length);
    expect(statuses(kant.deploymentsAt).sort()).toEqual(['ARRIVED', 'STATIONED']);
  });
});

describe('the statements of the seed article', () => {
  const app = seededApp();

  type StatementNode = {
    kind: string;
    text: string;
    speaker: { __typename: string; name: string } | null;
    speakerLabel: string;
  };
  const FULL_STATEMENT = `
    __typename kind text speakerLabel speaker { __typename name } verb
    addressee { __typename name } addresseeLabel outlet { name } outletLabel statedOn
    evidence { text start end } speakerSpan { text start end }
    method reviewStatus confidence article { url }`;

  it('returns every seed statement, in reading order, with all its fields', async () => {
    const { statements } = await seedArticle<{ statements: Connection<unknown> }>(
      app(),
      `statements(first: 50) { totalCount edges { node { ${FULL_STATEMENT} } } }`,
    );
    const expected = byStart(seed.statements).map((s) => ({
      __typename: 'Statement',
      kind: s.kind,
      text: s.text,
      speakerLabel: s.speakerSpan.text,
      speaker: actorOf(s.speaker),
      verb: s.verb,
      addressee: actorOf(s.addressee),
      addresseeLabel: s.addresseeLabel,
      outlet: s.outlet ? { name: organizationName(s.outlet) } : null,
      outletLabel: s.outletLabel,
      statedOn: s.statedOn,
      evidence: span(s.evidence),
      speakerSpan: span(s.speakerSpan),
      ...curated,
      article: { url: SEED_URL },
    }));
    expect(statements.totalCount).toBe(seed.statements.length);
    expect(nodesOf(statements)).toEqual(expected);
  });

  it('holds the four whole-sentence quotes of Makarov and Bakiyev and the two quoted fragments', async () => {
    const { statements } = await seedArticle<{ statements: Connection<StatementNode> }>(
      app(),
      'statements(first: 50) { edges { node { kind text speakerLabel speaker { __typename name } } } }',
    );
    const quotes = nodesOf(statements)
      .filter((s) => s.kind === 'DIRECT_QUOTE')
      .map((s) => [s.speaker?.name ?? null, s.text]);
    expect(quotes).toEqual([
      ['Dmitry Medvedev', 'a group of Russian servicemen'],
      ['Nikolai Makarov', 'The President took the decision to send two companies of paratroopers'],
      ['Nikolai Makarov', 'Around 150 [servicemen]have arrived at Kant'],
      ['Kremlin', 'the families of Russian citizens'],
      ['Kurmanbek Bakiyev', "I can't say that Russia is behind this"],
      ['Kurmanbek Bakiyev', "I don't want to say that - I just don't want to believe it."],
    ]);
    const reported = nodesOf(statements).filter((s) => s.kind === 'REPORTED_SPEECH');
    expect(reported).toHaveLength(9);
  });

  it('leaves the speaker null for the unnamed opposition figure and keeps the label as printed', async () => {
    const { statements } = await seedArticle<{ statements: Connection<StatementNode> }>(
      app(),
      'statements(first: 50) { edges { node { kind text speakerLabel speaker { __typename name } } } }',
    );
    const figure = nodesOf(statements).find((s) => s.text.startsWith('Russia played a role'));
    expect(figure).toEqual({
      kind: 'REPORTED_SPEECH',
      text: 'Russia played a role in the events in the nation of 5.3 million',
      speakerLabel: 'An leading opposition figure',
      speaker: null,
    });
    const kremlin = nodesOf(statements).filter((s) => s.speaker?.__typename === 'Organization');
    expect(kremlin.map((s) => s.speaker?.name)).toEqual(['Kremlin', 'Kremlin', 'Kyrgyz opposition']);
  });

  it("leads from a Bakiyev quote to the speaker's other statements and articles", async () => {
    const { statements } = await seedArticle<{
      statements: Connection<{
        kind: string;
        text: string;
        speaker: {
          name: string;
          statements: Connection<{ text: string }>;
          articles: Connection<{ url: string }>;
        } | null;
      }>;
    }>(
      app(),
      `statements(first: 50) { edges { node { kind text speaker { ... on Person {
        name
        statements(first: 20) { totalCount edges { node { text } } }
        articles(first: 20) { totalCount edges { node { url } } }
      } } } } }`,
    );
    const quote = nodesOf(statements).find((s) => s.text === "I can't say that Russia is behind this");
    expect(quote?.kind).toBe('DIRECT_QUOTE');
    const speaker = quote?.speaker;
    expect(speaker?.name).toBe('Kurmanbek Bakiyev');
    const byBakiyev = byStart(
      seed.statements.filter((s) => s.speaker && 'person' in s.speaker && s.speaker.person === 'kurmanbek-bakiyev'),
    );
    expect(byBakiyev).toHaveLength(6);
    expect(speaker?.statements.totalCount).toBe(byBakiyev.length);
    expect(speaker && nodesOf(speaker.statements).map((s) => s.text)).toEqual(byBakiyev.map((s) => s.text));
    expect(speaker && nodesOf(speaker.articles).map((a) => a.url)).toContain(SEED_URL);
  });

  it('reaches what the Kremlin said from the organization', async () => {
    const { organizations } = await seedArticle<{
      organizations: Connection<{ name: string; statements: Connection<{ text: string }> }>;
    }>(
      app(),
      'organizations(first: 50) { edges { node { name statements(first: 20) { totalCount edges { node { text } } } } } }',
    );
    const kremlin = nodesOf(organizations).find((o) => o.name === 'Kremlin');
    const expected = byStart(
      seed.statements.filter((s) => s.speaker && 'organization' in s.speaker && s.speaker.organization === 'kremlin'),
    );
    expect(kremlin?.statements.totalCount).toBe(expected.length);
    expect(kremlin && nodesOf(kremlin.statements).map((s) => s.text)).toEqual(expected.map((s) => s.text));
  });
});

describe('the articles of the entities the seed article names', () => {
  const app = seededApp();

  it('lists the seed article exactly once under every person, organization, place and event it names', async () => {
    const ARTICLES = 'articles(first: 20) { totalCount edges { node { url } } }';
    type Named = { name?: string; title?: string; articles: Connection<{ url: string }> };
    const article = await seedArticle<Record<'people' | 'organizations' | 'places' | 'events', Connection<Named>>>(
      app(),
      `people(first: 50) { edges { node { name ${ARTICLES} } } }
      organizations(first: 50) { edges { node { name ${ARTICLES} } } }
      places(first: 50) { edges { node { name ${ARTICLES} } } }
      events(first: 50) { edges { node { title ${ARTICLES} } } }`,
    );
    const lists = (['people', 'organizations', 'places', 'events'] as const).flatMap((kind) =>
      nodesOf(article[kind]).map((n) => ({
        subject: `${kind}: ${n.name ?? n.title}`,
        totalCount: n.articles.totalCount,
        urls: nodesOf(n.articles).map((a) => a.url),
      })),
    );
    expect(lists.length).toBeGreaterThanOrEqual(
      seed.people.length + seed.organizations.length + seed.places.length + seed.events.length,
    );
    expect(lists).toEqual(lists.map((list) => ({ ...list, totalCount: 1, urls: [SEED_URL] })));
  });
});

describe('the casualty report, deployments and events of the seed article', () => {
  const app = seededApp();

  it('reports at least 75 killed in Bishkek in the clashes', async () => {
    const { casualtyReports } = await seedArticle<{
      casualtyReports: Connection<Record<string, unknown> & { evidence: Span }>;
    }>(
      app(),
      `casualtyReports(first: 20) { totalCount edges { node {
        __typename category count countLow countHigh qualifier statedCount victims cause
        place { name } event { title } occurredOn evidence { text start end }
        method reviewStatus confidence article { url }
      } } }`,
    );
    expect(casualtyReports.totalCount).toBe(seed.casualtyReports.length);
    expect(nodesOf(casualtyReports)).toEqual(
      byStart(seed.casualtyReports).map((c) => ({
        __typename: 'CasualtyReport',
        category: c.category,
        count: c.count,
        countLow: c.countLow,
        countHigh: c.countHigh,
        qualifier: c.qualifier,
        statedCount: c.statedCount,
        victims: c.victims,
        cause: c.cause,
        place: c.place ? { name: placeName(c.place) } : null,
        event: c.event ? { title: eventTitle(c.event) } : null,
        occurredOn: c.occurredOn,
        evidence: span(c.evidence),
        ...curated,
        article: { url: SEED_URL },
      })),
    );
    const [report] = nodesOf(casualtyReports);
    expect(report).toMatchObject({
      category: 'KILLED',
      count: 75,
      countLow: 75,
      countHigh: null,
      qualifier: 'AT_LEAST',
      statedCount: 'at least 75',
      victims: 'people',
      cause: 'clashes between security forces and protesters',
      place: { name: 'Bishkek' },
      event: { title: 'Protesters Clash With Security Forces Near Government Buildings in Bishkek' },
      occurredOn: '2010-04-07',
    });
    expect(report?.evidence.text).toContain('at least 75 people dead');
  });

  it('returns the three deployments with every field the seed records', async () => {
    const { militaryDeployments } = await seedArticle<{ militaryDeployments: Connection<Record<string, unknown>> }>(
      app(),
      `militaryDeployments(first: 20) { totalCount edges { node {
        __typename deployingCountry { name } hostCountry { name } location { name } forceType unitSize
        personnel personnelQualifier status purpose orderedBy { name } event { title } occurredOn
        evidence { text start end } method reviewStatus confidence article { url }
      } } }`,
    );
    expect(militaryDeployments.totalCount).toBe(3);
    expect(nodesOf(militaryDeployments)).toEqual(
      byStart(seed.militaryDeployments).map((d) => ({
        __typename: 'MilitaryDeployment',
        deployingCountry: { name: placeName(d.deployingCountry) },
        hostCountry: { name: placeName(d.hostCountry) },
        location: d.location ? { name: placeName(d.location) } : null,
        forceType: d.forceType,
        unitSize: d.unitSize,
        personnel: d.personnel,
        personnelQualifier: d.personnelQualifier,
        status: d.status,
        purpose: d.purpose,
        orderedBy: d.orderedBy ? { name: personName(d.orderedBy) } : null,
        event: d.event ? { title: eventTitle(d.event) } : null,
        occurredOn: d.occurredOn,
        evidence: span(d.evidence),
        ...curated,
        article: { url: SEED_URL },
      })),
    );

    const all = nodesOf(militaryDeployments);
    expect(all.find((d) => d.status === 'ARRIVED')).toMatchObject({
      deployingCountry: { name: 'Russia' },
      hostCountry: { name: 'Kyrgyzstan' },
      location: { name: 'Kant air base' },
      forceType: 'paratroopers',
      unitSize: 'two companies',
      personnel: 150,
      personnelQualifier: 'APPROXIMATELY',
      orderedBy: { name: 'Dmitry Medvedev' },
    });
    expect(all.find((d) => d.status === 'STATIONED')).toMatchObject({
      deployingCountry: { name: 'Russia' },
      hostCountry: { name: 'Kyrgyzstan' },
      location: { name: 'Kant air base' },
    });
    const leased = all.find((d) => d.status === 'LEASED');
    expect(leased).toMatchObject({ deployingCountry: { name: 'United States' }, hostCountry: { name: 'Kyrgyzstan' } });
    expect(leased?.purpose).toMatch(/Afghanistan/);
  });

  it('returns the three events, each linked back to its reports, deployments and the article', async () => {
    const { events } = await seedArticle<{
      events: Connection<{
        kind: string;
        title: string;
        place: { name: string } | null;
        startsOn: string | null;
        endsOn: string | null;
        casualtyReports: Connection<{ statedCount: string }>;
        militaryDeployments: Connection<{ status: string }>;
        articles: Connection<{ url: string }>;
      }>;
    }>(
      app(),
      `events(first: 20) { totalCount edges { node {
        kind title place { name } startsOn endsOn
        casualtyReports(first: 20) { totalCount edges { node { statedCount } } }
        militaryDeployments(first: 20) { totalCount edges { node { status } } }
        articles(first: 20) { totalCount edges { node { url } } }
      } } }`,
    );
    expect(events.totalCount).toBe(3);
    const returned = nodesOf(events);
    expect(returned.map((e) => e.title).sort()).toEqual(seed.events.map((e) => e.title).sort());
    for (const event of seed.events) {
      const got = returned.find((e) => e.title === event.title);
      expect(got, event.title).toMatchObject({
        kind: event.kind,
        place: event.place ? { name: placeName(event.place) } : null,
        startsOn: event.startsOn,
        endsOn: event.endsOn,
      });
      const reports = seed.casualtyReports.filter((c) => c.event === event.key);
      expect(got?.casualtyReports.totalCount, event.title).toBe(reports.length);
      expect(got && nodesOf(got.casualtyReports).map((c) => c.statedCount), event.title).toEqual(
        reports.map((c) => c.statedCount),
      );
      const deployments = seed.militaryDeployments.filter((d) => d.event === event.key);
      expect(got?.militaryDeployments.totalCount, event.title).toBe(deployments.length);
      expect(got && nodesOf(got.militaryDeployments).map((d) => d.status), event.title).toEqual(
        deployments.map((d) => d.status),
      );
      expect(got && nodesOf(got.articles).map((a) => a.url), event.title).toContain(SEED_URL);
    }
    expect(returned.find((e) => e.kind === 'CLASHES')).toMatchObject({
      place: { name: 'Bishkek' },
      startsOn: '2010-04-07',
      endsOn: '2010-04-07',
    });
  });
});

describe('the mentions and evidence spans of the seed article', () => {
  const app = seededApp();

  type Subject = { __typename: string; name?: string; title?: string };
  const subjectOf = (m: (typeof seed.mentions)[number]): Subject => {
    if (m.person) return { __typename: 'Person', name: personName(m.person) as string };
    if (m.organization) return { __typename: 'Organization', name: organizationName(m.organization) as string };
    if (m.place) return { __typename: 'Place', name: placeName(m.place) as string };
    return { __typename: 'Event', title: eventTitle(m.event) as string };
  };

  it('returns every seed mention with its subject and evidence', async () => {
    const { mentions } = await seedArticle<{ mentions: Connection<{ subject: Subject; evidence: Span }> }>(
      app(),
      `mentions(first: 100) { totalCount edges { node {
        __typename method reviewStatus confidence article { url }
        evidence { text start end }
        subject { __typename ... on Person { name } ... on Organization { name } ... on Place { name } ... on Event { title } }
      } } }`,
    );
    expect(mentions.totalCount).toBe(seed.mentions.length);
    expect(sortedByJson(nodesOf(mentions))).toEqual(
      sortedByJson(
        seed.mentions.map((m) => ({
          __typename: 'Mention',
          ...curated,
          article: { url: SEED_URL },
          evidence: span(m.evidence),
          subject: subjectOf(m),
        })),
      ),
    );
    const starts = nodesOf(mentions).map((m) => m.evidence.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('has every fact evidence read exactly the returned body at its offsets', async () => {
    const article = await seedArticle<{
      body: string;
      people: { edges: Array<{ roles: Array<{ evidence: Span }> }> };
      mentions: Connection<{ evidence: Span }>;
      statements: Connection<{ evidence: Span; speakerSpan: Span }>;
      casualtyReports: Connection<{ evidence: Span }>;
      militaryDeployments: Connection<{ evidence: Span }>;
    }>(
      app(),
      `body
      people(first: 50) { edges { roles { evidence { text start end } } } }
      mentions(first: 100) { edges { node { evidence { text start end } } } }
      statements(first: 50) { edges { node { evidence { text start end } speakerSpan { text start end } } } }
      casualtyReports(first: 20) { edges { node { evidence { text start end } } } }
      militaryDeployments(first: 20) { edges { node { evidence { text start end } } } }`,
    );
    expect(article.body).toBe(body);
    const spans: Array<[string, Span[]]> = [
      ['roles', article.people.edges.flatMap((e) => e.roles.map((r) => r.evidence))],
      ['mentions', nodesOf(article.mentions).map((m) => m.evidence)],
      ['statements', nodesOf(article.statements).map((s) => s.evidence)],
      ['statement speakers', nodesOf(article.statements).map((s) => s.speakerSpan)],
      ['casualty reports', nodesOf(article.casualtyReports).map((c) => c.evidence)],
      ['military deployments', nodesOf(article.militaryDeployments).map((d) => d.evidence)],
    ];
    const expectedCounts: Record<string, number> = {
      roles: seed.roles.length,
      mentions: seed.mentions.length,
      statements: seed.statements.length,
      'statement speakers': seed.statements.length,
      'casualty reports': seed.casualtyReports.length,
      'military deployments': seed.militaryDeployments.length,
    };
    for (const [kind, list] of spans) {
      expect(list, kind).toHaveLength(expectedCounts[kind] as number);
      for (const s of list) expect(article.body.slice(s.start, s.end), kind).toBe(s.text);
    }
  });
});

describe('the root lists over the seed', () => {
  const app = seededApp();

  it('count exactly what the seed holds', async () => {
    // The expected counts are those of this one seed file, so it must be the only one.
    expect(seeds).toHaveLength(1);
    const data = dataOf(
      await app().gql<Record<string, { totalCount: number }>>(`{
        articles { totalCount }
        people { totalCount }
        organizations { totalCount }
        places { totalCount }
        statements { totalCount }
        casualtyReports { totalCount }
        militaryDeployments { totalCount }
        events { totalCount }
      }`),
    );
    expect(Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.totalCount]))).toEqual({
      articles: 1,
      people: seed.people.length,
      organizations: seed.organizations.length,
      places: seed.places.length,
      statements: seed.statements.length,
      casualtyReports: seed.casualtyReports.length,
      militaryDeployments: seed.militaryDeployments.length,
      events: seed.events.length,
    });
  });

  it('list the seed entities by name', async () => {
    const data = dataOf(
      await app().gql<{
        articles: Connection<{ url: string }>;
        people: Connection<{ name: string }>;
        organizations: Connection<{ name: string }>;
        places: Connection<{ name: string }>;
        events: Connection<{ title: string }>;
      }>(`{
        articles(first: 100) { edges { node { url } } }
        people(first: 100) { edges { node { name } } }
        organizations(first: 100) { edges { node { name } } }
        places(first: 100) { edges { node { name } } }
        events(first: 100) { edges { node { title } } }
      }`),
    );
    expect(nodesOf(data.articles).map((a) => a.url)).toEqual([SEED_URL]);
    expect(
      nodesOf(data.people)
        .map((p) => p.name)
        .sort(),
    ).toEqual(seed.people.map((p) => p.name).sort());
    expect(
      nodesOf(data.organizations)
        .map((o) => o.name)
        .sort(),
    ).toEqual(seed.organizations.map((o) => o.name).sort());
    expect(
      nodesOf(data.places)
        .map((p) => p.name)
        .sort(),
    ).toEqual(seed.places.map((p) => p.name).sort());
    expect(
      nodesOf(data.events)
        .map((e) => e.title)
        .sort(),
    ).toEqual(seed.events.map((e) => e.title).sort());
  });
});
