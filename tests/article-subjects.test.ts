import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles, mentions, people, photos } from '../src/db/schema/index.js';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import { createTestApp, dataOf, type TestApp } from './helpers/app.js';
import { addSyntheticArticles } from './helpers/factories.js';

// What article_subjects must hold, worked out from the rows that link articles to subjects.
const EXPECTED = `
  SELECT x.kind AS subjectKind, x.id AS subjectId, x.article_id AS articleId, a.published_on AS publishedOn, count(*) AS refs
  FROM (
    SELECT 'PERSON' AS kind, person_id AS id, article_id FROM mentions WHERE person_id IS NOT NULL
    UNION ALL SELECT 'ORGANIZATION', organization_id, article_id FROM mentions WHERE organization_id IS NOT NULL
    UNION ALL SELECT 'PLACE', place_id, article_id FROM mentions WHERE place_id IS NOT NULL
    UNION ALL SELECT 'EVENT', event_id, article_id FROM mentions WHERE event_id IS NOT NULL
    UNION ALL SELECT 'PERSON', photographer_id, article_id FROM photos WHERE photographer_id IS NOT NULL
    UNION ALL SELECT 'PLACE', place_id, article_id FROM photos WHERE place_id IS NOT NULL
    UNION ALL SELECT 'EVENT', event_id, article_id FROM casualty_reports WHERE event_id IS NOT NULL
    UNION ALL SELECT 'EVENT', event_id, article_id FROM military_deployments WHERE event_id IS NOT NULL
  ) x JOIN articles a ON a.id = x.article_id
  GROUP BY x.kind, x.id, x.article_id
  ORDER BY 1, 2, 3`;
const ACTUAL =
  'SELECT subject_kind AS subjectKind, subject_id AS subjectId, article_id AS articleId, published_on AS publishedOn, refs FROM article_subjects ORDER BY 1, 2, 3';

describe('the articles about a person, organization, place or event', () => {
  let app: TestApp;
  let medvedev: number;
  beforeAll(() => {
    app = createTestApp();
    addSyntheticArticles(app.db, 30);
    // Name Medvedev in every synthetic article, twice in the even ones.
    medvedev = app.db.select().from(people).where(eq(people.name, 'Dmitry Medvedev')).get()?.id as number;
    for (const article of app.db.select().from(articles).all()) {
      if (article.url.startsWith('urn:')) continue;
      const n = Number(article.url.split('/').at(-1));
      for (let i = 0; i < (n % 2 === 0 ? 2 : 1); i++) {
        app.db
          .insert(mentions)
          .values({
            articleId: article.id,
            personId: medvedev,
            evidenceStart: i,
            evidenceEnd: i + 5,
            method: 'EXTRACTED',
            reviewStatus: 'PROPOSED',
            confidence: 0.5,
          })
          .run();
      }
    }
  });
  afterAll(() => app.close());

  const sqlite = () => app.db.$client;

  it('are kept equal to what the mentions, photos and facts say, through inserts, edits and deletes', () => {
    expect(sqlite().prepare(ACTUAL).all()).toEqual(sqlite().prepare(EXPECTED).all());
    // Drop one of two mentions in an article, and every mention in another.
    const twice = sqlite().prepare("SELECT id FROM articles WHERE url LIKE '%/articles/4'").pluck().get();
    const once = sqlite().prepare("SELECT id FROM articles WHERE url LIKE '%/articles/5'").pluck().get();
    sqlite()
      .prepare('DELETE FROM mentions WHERE id = (SELECT min(id) FROM mentions WHERE article_id = ? AND person_id = ?)')
      .run(twice, medvedev);
    sqlite().prepare('DELETE FROM mentions WHERE article_id = ? AND person_id = ?').run(once, medvedev);
    // Move a mention to another person, re-date an article, drop a photo credit, delete an article.
    sqlite()
      .prepare(
        'UPDATE mentions SET person_id = ? WHERE id = (SELECT max(id) FROM mentions WHERE person_id IS NOT NULL AND person_id <> ?)',
      )
      .run(medvedev, medvedev);
    sqlite().prepare("UPDATE articles SET published_on = '2012-12-12' WHERE url LIKE '%/articles/7'").run();
    app.db.update(photos).set({ photographerId: null }).run();
    sqlite().prepare("DELETE FROM articles WHERE url LIKE '%/articles/9'").run();
    expect(sqlite().prepare(ACTUAL).all()).toEqual(sqlite().prepare(EXPECTED).all());
  });

  it('page newest first through a person in many articles, each article once', async () => {
    const expected = sqlite()
      .prepare(
        'SELECT title FROM articles WHERE id IN (SELECT article_id FROM mentions WHERE person_id = ?) ORDER BY published_on DESC, id DESC',
      )
      .pluck()
      .all(medvedev) as string[];
    expect(expected.length).toBeGreaterThan(20);
    type Page = {
      node: {
        articles: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: Array<{ node: { title: string } }>;
        };
      };
    };
    const titles: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 10; i++) {
      const data: Page = dataOf(
        await app.gql<Page>(
          `query ($id: ID!, $after: String) { node(id: $id) { ... on Person {
            articles(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } } } }`,
          { id: encodeGlobalId('Person', medvedev), after },
        ),
      );
      titles.push(...data.node.articles.edges.map((e) => e.node.title));
      total = data.node.articles.totalCount;
      if (!data.node.articles.pageInfo.hasNextPage) break;
      after = data.node.articles.pageInfo.endCursor;
    }
    expect(titles).toEqual(expected);
    expect(total).toBe(expected.length);

    type Tail = {
      node: { articles: { pageInfo: { hasPreviousPage: boolean }; edges: Array<{ node: { title: string } }> } };
    };
    const tail = dataOf(
      await app.gql<Tail>(
        `query ($id: ID!) { node(id: $id) { ... on Person {
          articles(last: 3) { pageInfo { hasPreviousPage } edges { node { title } } } } } }`,
        { id: encodeGlobalId('Person', medvedev) },
      ),
    );
    expect(tail.node.articles.edges.map((e) => e.node.title)).toEqual(expected.slice(-3));
    expect(tail.node.articles.pageInfo.hasPreviousPage).toBe(true);
  });
});
