import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles, people, roles } from '../src/db/schema/index.js';
import { createTestApp, dataOf, SEED_URL, type TestApp } from './helpers/app.js';

type PersonRoles = {
  people: { edges: Array<{ node: { name: string; roles: Array<{ title: string; evidence: { text: string } }> } }> };
  article: { people: { edges: Array<{ node: { name: string }; roles: Array<{ title: string }> }> } };
};

describe('Person.roles', () => {
  let app: TestApp;
  beforeAll(() => {
    app = createTestApp();
    // State Medvedev's presidency a second time, at "Mr. Medvedev".
    const article = app.db.select().from(articles).where(eq(articles.url, SEED_URL)).get();
    const medvedev = app.db.select().from(people).where(eq(people.name, 'Dmitry Medvedev')).get();
    const existing = app.db
      .select()
      .from(roles)
      .where(eq(roles.personId, medvedev?.id ?? 0))
      .get();
    if (!article || !medvedev || !existing) throw new Error('seed is missing Medvedev');
    const start = article.body.indexOf('Mr. Medvedev');
    app.db
      .insert(roles)
      .values({
        ...existing,
        id: undefined,
        evidenceStart: start,
        evidenceEnd: start + 'Mr. Medvedev'.length,
        method: 'EXTRACTED',
        reviewStatus: 'PROPOSED',
        confidence: 0.7,
      })
      .run();
  });
  afterAll(() => app.close());

  it('lists a title once however many times it is stated, with the earliest evidence', async () => {
    const data = dataOf(
      await app.gql<PersonRoles>(
        `query ($url: String!) {
          people(first: 10) { edges { node { name roles { title evidence { text } } } } }
          article(url: $url) { people(first: 10) { edges { node { name } roles { title } } } }
        }`,
        { url: SEED_URL },
      ),
    );
    const medvedev = data.people.edges.find((e) => e.node.name === 'Dmitry Medvedev')?.node;
    expect(medvedev?.roles).toEqual([{ title: 'President', evidence: { text: 'President Dmitry Medvedev' } }]);
    const edge = data.article.people.edges.find((e) => e.node.name === 'Dmitry Medvedev');
    expect(edge?.roles.map((r) => r.title)).toEqual(['President', 'President']);
  });
});
