import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createToken } from '../src/auth/token.service.js';
import { createTestApp, dataOf, type TestApp } from './helpers/app.js';

const INGEST = /* GraphQL */ `
  mutation Ingest($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      __typename
      ... on ValidationError { message issues { path message } }
      ... on IngestArticlePayload {
      status
      facts { roles mentions statements casualtyReports militaryDeployments total }
      article {
        url
        title
        publishedOn
        people(first: 10) { edges { node { name } roles { title qualifier method reviewStatus confidence evidence { text } } } }
      }
      }
    }
  }
`;

interface IngestData {
  ingestArticle: {
    status: string;
    facts: Record<'roles' | 'mentions' | 'statements' | 'casualtyReports' | 'militaryDeployments' | 'total', number>;
    article: {
      url: string;
      title: string;
      publishedOn: string;
      people: {
        edges: Array<{
          node: { name: string };
          roles: Array<{
            title: string;
            qualifier: string | null;
            method: string;
            reviewStatus: string;
            confidence: number;
            evidence: { text: string };
          }>;
        }>;
      };
    };
  };
}

const ARTICLE = {
  url: 'https://news.example.org/bakiyev-minsk',
  title: 'Bakiyev surfaces in Minsk',
  publishedAt: '2010-04-20T12:00:00Z',
  body: 'Former Kyrgyz President Kurmanbek Bakiyev arrived in Minsk on Tuesday, Belarusian President Alexander Lukashenko said.\n\nMr. Bakiyev said in a statement that he remained the legitimate leader.',
};

describe('the ingestArticle mutation', () => {
  let app: TestApp;
  let editor: string;
  beforeEach(() => {
    app = createTestApp();
    editor = createToken(app.db, { role: 'editor', name: 'ingest test editor' }).token;
  });
  afterEach(() => app.close());

  it('runs the pipeline and returns the article with its proposed facts', async () => {
    const data = dataOf(await app.gql<IngestData>(INGEST, { input: ARTICLE }, editor)).ingestArticle;
    expect(data.status).toBe('NEW');
    expect(data.facts.roles).toBe(2);
    const { total, ...byType } = data.facts;
    expect(total).toBe(Object.values(byType).reduce((a, b) => a + b, 0));
    expect(data.article).toMatchObject({ url: ARTICLE.url, title: ARTICLE.title, publishedOn: '2010-04-20' });
    const people = data.article.people.edges.map((e) => [
      e.node.name,
      e.roles.map((r) => [r.title, r.qualifier, r.evidence.text]),
    ]);
    // People come by name.
    expect(people).toEqual([
      ['Alexander Lukashenko', [['President', null, 'Belarusian President Alexander Lukashenko']]],
      ['Kurmanbek Bakiyev', [['President', 'former', 'Former Kyrgyz President Kurmanbek Bakiyev']]],
    ]);
    const role = data.article.people.edges[0]?.roles[0];
    expect(role).toMatchObject({ method: 'EXTRACTED', reviewStatus: 'PROPOSED' });
    expect(role?.confidence).toBeGreaterThan(0);
    expect(role?.confidence).toBeLessThan(1);
  });

  it('links to the person the seed already holds and reports a repeat as unchanged', async () => {
    await app.gql(INGEST, { input: ARTICLE }, editor);
    const names = dataOf(
      await app.gql<{ people: { edges: Array<{ node: { name: string } }> } }>(
        '{ people(first: 100) { edges { node { name } } } }',
      ),
    ).people.edges.map((e) => e.node.name);
    expect(names.filter((n) => n === 'Kurmanbek Bakiyev')).toHaveLength(1);
    expect(names).toContain('Alexander Lukashenko');
    const again = dataOf(await app.gql<IngestData>(INGEST, { input: ARTICLE }, editor)).ingestArticle;
    expect(again.status).toBe('UNCHANGED');
    expect(again.facts.total).toBe(0);
  });

  it("records where a wire story was filed: the dateline's city, inside the country the gazetteer puts it in", async () => {
    const DATELINED = /* GraphQL */ `
      mutation Ingest($input: IngestArticleInput!) {
        ingestArticle(input: $input) {
          ... on IngestArticlePayload { article { dateline { name kind countryCode parent { name kind } } } }
        }
      }
    `;
    type Dateline = { name: string; kind: string; countryCode: string; parent: { name: string } | null } | null;
    const datelineOf = async (url: string, body: string) =>
      dataOf(
        await app.gql<{ ingestArticle: { article: { dateline: Dateline } } }>(
          DATELINED,
          { input: { url, publishedAt: '2024-03-05T08:00:00Z', body } },
          editor,
        ),
      ).ingestArticle.article.dateline;

    const story = 'About 150 Dutch troops arrived in Mali on Tuesday, the Dutch defence ministry said.';
    expect(
      await datelineOf('https://news.example.org/a', `Troops land in Mali\n\nBAMAKO, Mali (AP) — ${story}`),
    ).toEqual({
      name: 'Bamako',
      kind: 'CITY',
      countryCode: 'ML',
      parent: { name: 'Mali', kind: 'COUNTRY' },
    });
    // a second story from the same city links to the same place
    expect(
      await datelineOf('https://news.example.org/b', `BAMAKO — A second company followed. ${story}`),
    ).toMatchObject({
      name: 'Bamako',
    });
    const bamako = app.db.$client.prepare("SELECT count(*) AS n FROM places WHERE name = 'Bamako'").get() as {
      n: number;
    };
    expect(bamako.n).toBe(1);
    // a town the gazetteer does not know: the country the dateline names
    expect(
      await datelineOf('https://news.example.org/c', `GAO, Mali (Reuters) - ${story.replace('150', '160')}`),
    ).toMatchObject({ name: 'Mali', kind: 'COUNTRY' });
    // no dateline, or a caption's "FILE -": no place
    expect(await datelineOf('https://news.example.org/d', story.replace('150', '170'))).toBeNull();
    expect(
      await datelineOf('https://news.example.org/e', `FILE - Dutch soldiers in Gao. ${story.replace('150', '180')}`),
    ).toBeNull();
  });

  it.each([
    ['body', { ...ARTICLE, body: '   ' }, /body: the article has no body text/],
    ['url', { ...ARTICLE, url: 'not a url' }, /url: "not a url" is not an absolute URL/],
    ['publishedAt', { ...ARTICLE, publishedAt: 'yesterday' }, /publishedAt: publishedAt "yesterday" is not a date/],
    ['publishedOn', { ...ARTICLE, publishedAt: null, publishedOn: '20 April' }, /publishedOn: "20 April" is not a day/],
    [
      'body',
      {
        ...ARTICLE,
        body: 'Der frühere kirgisische Präsident ist am Dienstag in Minsk eingetroffen, sagte der Präsident von Belarus, und er wolle nicht zurücktreten, weil er sich weiterhin als der rechtmäßige Führer des Landes sieht.',
      },
      /does not read as English/,
    ],
  ])('refuses a bad %s with a ValidationError naming the field, and stores nothing', async (field, input, message) => {
    const response = await app.gql<{
      ingestArticle: { __typename: string; message: string; issues: Array<{ path: string[] }> };
    }>(INGEST, { input }, editor);
    const error = dataOf(response).ingestArticle;
    expect(error.__typename).toBe('ValidationError');
    expect(error.issues.map((i) => i.path)).toEqual([[field]]);
    expect(error.message).toMatch(message);
    const stored = app.db.$client.prepare('SELECT count(*) AS n FROM articles').get() as { n: number };
    expect(stored.n).toBe(1);
  });

  it('is for editors: an anonymous caller and a reader are refused and nothing is stored', async () => {
    const reader = createToken(app.db, { role: 'reader', name: 'ingest test reader' }).token;
    const input = { ...ARTICLE, url: 'https://example.org/refused' };
    const anonymous = await app.gql(INGEST, { input });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const asReader = await app.gql<{ ingestArticle: { __typename: string } }>(INGEST, { input }, reader);
    expect(dataOf(asReader).ingestArticle.__typename).toBe('ForbiddenError');
    const stored = await app.gql<{ article: unknown }>('query($url: String) { article(url: $url) { id } }', {
      url: input.url,
    });
    expect(dataOf(stored).article).toBeNull();
  });
});
