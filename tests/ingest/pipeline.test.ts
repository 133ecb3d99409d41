import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/pipeline.js';
import { readSeedFile, seedFiles } from '../../src/seed/load-seed.js';
import { createTestApp, SEED_URL, type TestApp } from '../helpers/app.js';

const fixture = (name: string) => fs.readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), 'utf8');
const DAY = { defaultPublishedOn: '2021-06-01' };

let app: TestApp;
afterEach(() => app.close());

const all = <T>(sql: string, ...params: unknown[]) => app.db.$client.prepare(sql).all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]) => app.db.$client.prepare(sql).get(...params) as T;

describe('ingesting an article', () => {
  it('stores the article, its entities and its proposed facts, all EXTRACTED and PROPOSED', () => {
    app = createTestApp({ seed: false });
    const result = ingestArticle(app.db, { body: fixture('titles.txt') }, DAY);
    expect(result).toMatchObject({ status: 'NEW', reason: null });
    expect(result.counts.roles).toBe(4);
    const article = one<{ title: string; published_on: string; url: string }>('SELECT * FROM articles');
    expect(article.title).toBe('French troops leave Mali base');
    expect(article.published_on).toBe('2021-06-01');
    expect(article.url).toMatch(/^urn:newsgraph:sha256:[0-9a-f]{32}$/);
    expect(
      all('SELECT DISTINCT method, review_status FROM roles UNION SELECT DISTINCT method, review_status FROM mentions'),
    ).toEqual([{ method: 'EXTRACTED', review_status: 'PROPOSED' }]);
    expect(
      all<{ name: string; title: string; qualifier: string | null }>(
        'SELECT p.name, r.title, r.qualifier FROM roles r JOIN people p ON p.id = r.person_id ORDER BY r.evidence_start, r.title',
      ),
    ).toEqual([
      { name: 'Florence Parly', title: 'Defence Minister', qualifier: null },
      { name: 'Assimi Goita', title: 'Colonel', qualifier: null },
      { name: 'Assimi Goita', title: 'army commander', qualifier: null },
      { name: 'Ibrahim Boubacar Keita', title: 'President', qualifier: 'former' },
    ]);
    expect(
      one<{ parent: string }>(
        "SELECT parent.name AS parent FROM places p JOIN places parent ON parent.id = p.parent_id WHERE p.name = 'Gao air base'",
      ).parent,
    ).toBe('Mali');
  });

  it('links what the seed already holds instead of duplicating it', () => {
    app = createTestApp();
    const seededBakiyev = one<{ id: number }>("SELECT id FROM people WHERE name = 'Kurmanbek Bakiyev'").id;
    expect(ingestArticle(app.db, { body: fixture('linking.txt') }, DAY).status).toBe('NEW');
    for (const [table, name] of [
      ['people', 'Kurmanbek Bakiyev'],
      ['places', 'Kyrgyzstan'],
      ['places', 'Bishkek'],
      ['organizations', 'Reuters'],
    ]) {
      expect(one<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE name = ?`, name).n, name).toBe(1);
    }
    const mentioned = all<{ person_id: number }>(
      "SELECT DISTINCT m.person_id FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.url LIKE 'urn:newsgraph:sha256:%' AND m.person_id IS NOT NULL",
    ).map((m) => m.person_id);
    expect(mentioned).toContain(seededBakiyev);
    expect(one<{ n: number }>("SELECT count(*) AS n FROM people WHERE name = 'Alexander Lukashenko'").n).toBe(1);
  });

  it('ties coreferent spans to one person: a description, a pronoun, an honorific and a surname', () => {
    app = createTestApp({ seed: false });
    ingestArticle(app.db, { body: fixture('coref.txt') }, DAY);
    const spans = all<{ text: string }>(
      "SELECT substr(a.body, m.evidence_start + 1, m.evidence_end - m.evidence_start) AS text FROM mentions m JOIN articles a ON a.id = m.article_id JOIN people p ON p.id = m.person_id WHERE p.name = 'Yoshimasa Hayashi' ORDER BY m.evidence_start",
    ).map((r) => r.text);
    expect(spans).toEqual(["Japan's top diplomat", 'Yoshimasa Hayashi', 'he', 'Mr. Hayashi', 'Hayashi']);
    expect(all<{ alias: string }>('SELECT alias FROM person_aliases ORDER BY alias').map((a) => a.alias)).toEqual([
      'Hayashi',
      'Mr. Hayashi',
    ]);
  });

  it('makes organizations of demonyms and head words', () => {
    app = createTestApp({ seed: false });
    ingestArticle(app.db, { body: fixture('demonyms.txt') }, DAY);
    expect(
      all<{ name: string; kind: string; country: string | null }>(
        'SELECT o.name, o.kind, c.country_code AS country FROM organizations o LEFT JOIN places c ON c.id = o.country_id ORDER BY o.name',
      ),
    ).toEqual([
      { name: 'Afghan Interior Ministry', kind: 'GOVERNMENT', country: 'AF' },
      { name: 'Afghan security forces', kind: 'SECURITY_FORCES', country: 'AF' },
      { name: 'NATO', kind: 'MILITARY', country: null },
      { name: 'U.S. Embassy', kind: 'DIPLOMATIC_MISSION', country: 'US' },
    ]);
  });
});

describe('ingesting again', () => {
  const record = {
    url: 'https://news.example.org/mali',
    body: fixture('titles.txt'),
    publishedAt: '2021-06-01T08:00:00Z',
  };
  const count = (table: string) => one<{ n: number }>(`SELECT count(*) AS n FROM ${table}`).n;

  it('changes nothing for the same url and text, or the same text under another url', () => {
    app = createTestApp({ seed: false });
    const first = ingestArticle(app.db, record);
    const before = [count('people'), count('roles'), count('mentions'), count('places')];
    expect(ingestArticle(app.db, record)).toMatchObject({ status: 'UNCHANGED', articleId: first.articleId });
    expect(ingestArticle(app.db, { ...record, url: 'https://mirror.example.org/mali' })).toMatchObject({
      status: 'UNCHANGED',
      articleId: first.articleId,
    });
    expect([count('people'), count('roles'), count('mentions'), count('places')]).toEqual(before);
    expect(count('articles')).toBe(1);
  });

  it('re-extracts only the proposed facts of a changed text, keeping and not duplicating reviewed ones', () => {
    app = createTestApp({ seed: false });
    const { articleId } = ingestArticle(app.db, record);
    // An editor confirms Parly's title and rejects Keita's.
    app.db.$client.exec(
      "UPDATE roles SET review_status = 'CONFIRMED' WHERE title = 'Defence Minister'; UPDATE roles SET review_status = 'REJECTED' WHERE title = 'President'",
    );
    const changed = { ...record, body: record.body.replace('was not available for comment', 'declined to comment') };
    const result = ingestArticle(app.db, changed);
    expect(result).toMatchObject({ status: 'UPDATED', articleId });
    // Goita's two roles are proposed again; Parly's and Keita's are not written twice.
    expect(result.counts.roles).toBe(2);
    expect(
      all<{ title: string; review_status: string }>(
        'SELECT title, review_status FROM roles ORDER BY evidence_start, title',
      ),
    ).toEqual([
      { title: 'Defence Minister', review_status: 'CONFIRMED' },
      { title: 'Colonel', review_status: 'PROPOSED' },
      { title: 'army commander', review_status: 'PROPOSED' },
      { title: 'President', review_status: 'REJECTED' },
    ]);
    expect(one<{ body: string }>('SELECT body FROM articles').body).toContain('declined to comment');
  });

  it('never touches the curated facts of a seeded article', () => {
    app = createTestApp();
    const { raw } = readSeedFile(seedFiles()[0] as string);
    const curated = count('roles');
    // The seed's raw text as it is, under no url: the same body is stored already.
    expect(ingestArticle(app.db, { body: raw }).status).toBe('UNCHANGED');
    const result = ingestArticle(app.db, { url: SEED_URL, body: raw.replace('at least 75', 'at least 76') });
    expect(result.status).toBe('UPDATED');
    expect(one<{ n: number }>("SELECT count(*) AS n FROM roles WHERE method = 'CURATED'").n).toBe(curated);
    // Every title the pipeline finds was curated over the same span: none is proposed again.
    expect(one<{ n: number }>("SELECT count(*) AS n FROM roles WHERE method = 'EXTRACTED'").n).toBe(0);
    expect(count('articles')).toBe(1);
  });
});

describe('an article that cannot be ingested', () => {
  it.each([
    ['an empty body', { body: '  \n ' }, 'body', /no body text/],
    ['page furniture only', { body: 'Skip to main content\n\nShare this article' }, 'body', /page furniture/],
    [
      'a text in another language',
      {
        body: 'Rusia envió tropas a Kirguistán el jueves para proteger a sus ciudadanos, incluida su base militar, después de que los nuevos líderes tomaran el poder en la nación de Asia Central.',
      },
      'body',
      /not read as English/,
    ],
    [
      'a malformed date',
      { body: 'Russia sent troops to Kyrgyzstan.', publishedAt: 'last Thursday' },
      'publishedAt',
      /not a date/,
    ],
    ['no day at all', { body: 'Russia sent troops to Kyrgyzstan.' }, 'publishedAt', /no publication day/],
  ])('fails with a reason for %s and writes nothing', (_case, record, field, reason) => {
    app = createTestApp({ seed: false });
    const result = ingestArticle(app.db, record);
    expect(result).toMatchObject({ status: 'FAILED', articleId: null, field });
    expect(result.reason).toMatch(reason);
    expect(one<{ n: number }>('SELECT count(*) AS n FROM articles').n).toBe(0);
    expect(one<{ n: number }>('SELECT count(*) AS n FROM places').n).toBe(0);
  });

  it('takes the fallback day when neither the record nor the text gives one', () => {
    app = createTestApp({ seed: false });
    expect(ingestArticle(app.db, { body: 'Russia sent troops to Kyrgyzstan.' }, DAY).status).toBe('NEW');
    expect(one<{ d: string }>('SELECT published_on AS d FROM articles').d).toBe('2021-06-01');
  });
});
