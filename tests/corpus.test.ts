import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, CORPUS_SIZES, type CorpusSummary } from '../bench/corpus.js';
import { type Db, openDatabase } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { tempDir } from './helpers/app.js';

interface Built {
  db: Db;
  dir: string;
  summary: CorpusSummary;
}

function buildTiny(seed?: number): Built {
  const dir = tempDir();
  const db = openDatabase(path.join(dir, 'corpus.db'));
  migrateDatabase(db);
  const summary = buildCorpus(db, { size: 'tiny', ...(seed === undefined ? {} : { seed }) });
  return { db, dir, summary };
}

function close(built: Built | undefined): void {
  built?.db.$client.close();
  if (built) fs.rmSync(built.dir, { recursive: true, force: true });
}

describe('the synthetic benchmark corpus (tiny)', () => {
  let first: Built;
  let second: Built;
  let progress: Array<[number, number]>;
  const all = <T>(sql: string, ...params: unknown[]) => first.db.$client.prepare(sql).all(...params) as T[];
  const one = <T>(sql: string, ...params: unknown[]) => first.db.$client.prepare(sql).get(...params) as T;
  const bodyOf = (db: Db, id: number) =>
    (db.$client.prepare('SELECT body FROM articles WHERE id = ?').get(id) as { body: string }).body;

  beforeAll(() => {
    progress = [];
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'corpus.db'));
    migrateDatabase(db);
    const summary = buildCorpus(db, { size: 'tiny', onProgress: (done, total) => progress.push([done, total]) });
    first = { db, dir, summary };
    second = buildTiny(1);
  });

  afterAll(() => {
    close(first);
    close(second);
  });

  it('has the tiny numbers of articles, people, organizations and places', () => {
    const s = first.summary;
    expect(s.size).toBe('tiny');
    expect(s.seed).toBe(1);
    expect(s.articles).toBe(CORPUS_SIZES.tiny);
    expect(s.people).toBe(2_000);
    expect(s.organizations).toBe(100);
    const countries = one<{ n: number }>("SELECT count(*) AS n FROM places WHERE kind = 'COUNTRY'").n;
    expect(countries).toBeGreaterThanOrEqual(190);
    expect(s.places).toBeGreaterThan(countries);
    expect(s.events).toBeGreaterThan(10);
    expect(progress.at(-1)).toEqual([200, 200]);
  });

  it('gives every article 20–60 mentions, 3–15 statements, 0–3 casualty reports, 0–2 deployments, 1–3 roles', () => {
    const s = first.summary;
    expect(s.mentions).toBeGreaterThanOrEqual(20 * s.articles);
    expect(s.mentions).toBeLessThanOrEqual(60 * s.articles);
    expect(s.statements).toBeGreaterThanOrEqual(3 * s.articles);
    expect(s.statements).toBeLessThanOrEqual(15 * s.articles);
    expect(s.casualtyReports).toBeGreaterThan(0);
    expect(s.casualtyReports).toBeLessThanOrEqual(3 * s.articles);
    expect(s.militaryDeployments).toBeGreaterThan(0);
    expect(s.militaryDeployments).toBeLessThanOrEqual(2 * s.articles);
    expect(s.roles).toBeGreaterThanOrEqual(s.articles);
    expect(s.roles).toBeLessThanOrEqual(3 * s.articles);
    const perArticle = (table: string) =>
      one<{ lo: number; hi: number }>(
        `SELECT min(n) AS lo, max(n) AS hi FROM (SELECT count(f.article_id) AS n FROM articles a
          LEFT JOIN ${table} f ON f.article_id = a.id GROUP BY a.id)`,
      );
    expect(perArticle('mentions').lo).toBeGreaterThanOrEqual(20);
    expect(perArticle('mentions').hi).toBeLessThanOrEqual(60);
    expect(perArticle('statements').lo).toBeGreaterThanOrEqual(3);
    expect(perArticle('statements').hi).toBeLessThanOrEqual(15);
    expect(perArticle('casualty_reports').hi).toBeLessThanOrEqual(3);
    expect(perArticle('military_deployments').hi).toBeLessThanOrEqual(2);
    expect(perArticle('roles').lo).toBeGreaterThanOrEqual(1);
    expect(perArticle('roles').hi).toBeLessThanOrEqual(3);
  });

  it('is deterministic for a seed', () => {
    const { buildSeconds: _a, ...a } = first.summary;
    const { buildSeconds: _b, ...b } = second.summary;
    expect(b).toEqual(a);
    for (const id of [1, 200]) expect(bodyOf(second.db, id)).toBe(bodyOf(first.db, id));
    const digest = (db: Db, sql: string) =>
      createHash('sha256')
        .update(JSON.stringify(db.$client.prepare(sql).raw().all()))
        .digest('hex');
    for (const sql of [
      'SELECT * FROM mentions ORDER BY id',
      'SELECT * FROM casualty_reports ORDER BY id',
      'SELECT * FROM articles ORDER BY id',
    ]) {
      expect(digest(second.db, sql)).toBe(digest(first.db, sql));
    }
  });

  it('differs for another seed', () => {
    const other = buildTiny(2);
    try {
      expect(bodyOf(other.db, 1)).not.toBe(bodyOf(first.db, 1));
    } finally {
      close(other);
    }
  });

  it('keeps articles well formed: unique urls, hashes of the body, days in 2008–2024', () => {
    const rows = all<{
      url: string;
      body: string;
      content_hash: string;
      published_on: string;
      published_at: string | null;
    }>('SELECT url, body, content_hash, published_on, published_at FROM articles');
    expect(new Set(rows.map((r) => r.url)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.url.startsWith('https://news.example/')).toBe(true);
      expect(r.content_hash).toBe(createHash('sha256').update(r.body).digest('hex'));
      expect(r.published_on >= '2008-01-01' && r.published_on <= '2024-12-31').toBe(true);
      if (r.published_at) expect(r.published_at.slice(0, 10)).toBe(r.published_on);
    }
    const withoutTime = rows.filter((r) => r.published_at === null).length;
    expect(withoutTime).toBeGreaterThan(0);
    expect(withoutTime).toBeLessThan(rows.length * 0.25);
  });

  it('has statements whose text is their evidence and whose speaker label is the speaker span', () => {
    const rows = all<{
      article_id: number;
      kind: string;
      text: string;
      speaker_label: string;
      speaker_start: number;
      speaker_end: number;
      speaker_person_id: number | null;
      speaker_organization_id: number | null;
      evidence_start: number;
      evidence_end: number;
      body: string;
    }>(
      `SELECT s.*, a.body FROM statements s JOIN articles a ON a.id = s.article_id
        WHERE s.id % (SELECT max(1, count(*) / 500) FROM statements) = 0 LIMIT 500`,
    );
    expect(rows.length).toBeGreaterThan(400);
    for (const s of rows) {
      const evidence = s.body.slice(s.evidence_start, s.evidence_end);
      expect(evidence.length).toBeGreaterThan(0);
      expect(evidence).toBe(s.text);
      expect(s.body.slice(s.speaker_start, s.speaker_end)).toBe(s.speaker_label);
      if (s.kind === 'DIRECT_QUOTE') {
        expect(s.body[s.evidence_start - 1]).toBe('"');
        expect(s.body[s.evidence_end]).toBe(',');
      }
    }
    const kinds = new Set(rows.map((s) => s.kind));
    expect(kinds).toEqual(new Set(['DIRECT_QUOTE', 'REPORTED_SPEECH']));
    expect(rows.some((s) => s.speaker_person_id !== null)).toBe(true);
    expect(rows.some((s) => s.speaker_organization_id !== null)).toBe(true);
    expect(rows.some((s) => s.speaker_person_id === null && s.speaker_organization_id === null)).toBe(true);
  });

  it('has casualty reports whose evidence states the count and the place', () => {
    const rows = all<{
      stated_count: string;
      count: number | null;
      count_low: number | null;
      count_high: number | null;
      place_name: string;
      evidence_start: number;
      evidence_end: number;
      body: string;
    }>(
      `SELECT c.*, p.name AS place_name, a.body FROM casualty_reports c
        JOIN articles a ON a.id = c.article_id JOIN places p ON p.id = c.place_id`,
    );
    expect(rows.length).toBe(first.summary.casualtyReports);
    for (const c of rows) {
      const evidence = c.body.slice(c.evidence_start, c.evidence_end);
      expect(evidence).toContain(c.stated_count);
      expect(evidence).toContain(c.place_name);
    }
    const qualifiers = all<{ qualifier: string }>('SELECT DISTINCT qualifier FROM casualty_reports').map(
      (r) => r.qualifier,
    );
    expect(qualifiers.length).toBeGreaterThanOrEqual(4);
  });

  it('has deployments between two different countries, named in the evidence', () => {
    const rows = all<{
      host: string;
      host_kind: string;
      deploying_kind: string;
      location_parent: number | null;
      host_country_id: number;
      evidence_start: number;
      evidence_end: number;
      body: string;
    }>(
      `SELECT h.name AS host, h.kind AS host_kind, d.kind AS deploying_kind, l.parent_id AS location_parent,
          m.host_country_id, m.evidence_start, m.evidence_end, a.body
        FROM military_deployments m JOIN articles a ON a.id = m.article_id
        JOIN places h ON h.id = m.host_country_id JOIN places d ON d.id = m.deploying_country_id
        LEFT JOIN places l ON l.id = m.location_id`,
    );
    for (const m of rows) {
      expect(m.body.slice(m.evidence_start, m.evidence_end)).toContain(m.host);
      expect([m.host_kind, m.deploying_kind]).toEqual(['COUNTRY', 'COUNTRY']);
      if (m.location_parent !== null) expect(m.location_parent).toBe(m.host_country_id);
    }
    expect(
      one<{ n: number }>('SELECT count(*) AS n FROM military_deployments WHERE deploying_country_id = host_country_id')
        .n,
    ).toBe(0);
  });

  it('has every mention, role and deployment read a non-empty span of its body', () => {
    for (const table of ['mentions', 'roles', 'military_deployments']) {
      const bad = one<{ n: number }>(
        `SELECT count(*) AS n FROM ${table} f JOIN articles a ON a.id = f.article_id
          WHERE f.evidence_end > length(a.body) OR f.evidence_start >= f.evidence_end`,
      ).n;
      expect(bad, table).toBe(0);
    }
    const people = all<{ text: string; name: string; aliases: string | null }>(
      `SELECT substr(a.body, m.evidence_start + 1, m.evidence_end - m.evidence_start) AS text, p.name,
          (SELECT group_concat(alias, '|') FROM person_aliases WHERE person_id = p.id) AS aliases
        FROM mentions m JOIN articles a ON a.id = m.article_id JOIN people p ON p.id = m.person_id`,
    );
    for (const m of people) expect([m.name, ...(m.aliases?.split('|') ?? [])]).toContain(m.text);
    const places = all<{ text: string; name: string }>(
      `SELECT substr(a.body, m.evidence_start + 1, m.evidence_end - m.evidence_start) AS text, p.name
        FROM mentions m JOIN articles a ON a.id = m.article_id JOIN places p ON p.id = m.place_id`,
    );
    for (const m of places) expect(m.text).toBe(m.name);
  });

  it('passes the foreign key check', () => {
    expect(first.db.$client.pragma('foreign_key_check')).toEqual([]);
  });

  it('makes popularity skewed: a few people appear in many articles, the median person in few', () => {
    const counts = all<{ n: number }>(
      `SELECT (SELECT count(DISTINCT article_id) FROM mentions m WHERE m.person_id = p.id) AS n
        FROM people p ORDER BY n DESC`,
    ).map((r) => r.n);
    const top = counts[0] ?? 0;
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    expect(top).toBeGreaterThan(first.summary.articles * 0.1);
    expect(median * 10).toBeLessThan(top);
    const topPerson = one<{ person_id: number }>(
      'SELECT person_id FROM mentions WHERE person_id IS NOT NULL GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT 1',
    );
    expect(first.summary.samples.personId).toBe(topPerson.person_id);
    const topCountry = one<{ place_id: number }>(
      `SELECT m.place_id FROM mentions m JOIN places p ON p.id = m.place_id WHERE p.kind = 'COUNTRY'
        GROUP BY m.place_id ORDER BY count(*) DESC, m.place_id LIMIT 1`,
    );
    expect(first.summary.samples.countryId).toBe(topCountry.place_id);
  });

  it('has events reported by several articles with differing tolls', () => {
    const events = all<{ event_id: number; articles: number; tolls: number }>(
      `SELECT event_id, count(DISTINCT article_id) AS articles,
          count(DISTINCT coalesce(count, count_low, count_high)) AS tolls
        FROM casualty_reports WHERE event_id IS NOT NULL AND category = 'KILLED'
        GROUP BY event_id HAVING articles >= 3 AND tolls > 1`,
    );
    expect(events.length).toBeGreaterThan(0);
    const sample = one<{ n: number }>(
      'SELECT count(DISTINCT article_id) AS n FROM casualty_reports WHERE event_id = ?',
      first.summary.samples.eventId,
    );
    expect(sample.n).toBeGreaterThanOrEqual(3);
  });

  it('samples an article with statements, casualty reports and deployments', () => {
    const { articleId, articleUrl } = first.summary.samples;
    expect(one<{ url: string }>('SELECT url FROM articles WHERE id = ?', articleId).url).toBe(articleUrl);
    for (const table of ['statements', 'casualty_reports', 'military_deployments']) {
      expect(
        one<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE article_id = ?`, articleId).n,
        table,
      ).toBeGreaterThan(0);
    }
  });

  it('mixes extracted facts of every review status with a few curated ones', () => {
    const rows = all<{ method: string; review_status: string; lo: number; hi: number }>(
      `SELECT method, review_status, min(confidence) AS lo, max(confidence) AS hi FROM mentions
        GROUP BY method, review_status ORDER BY method, review_status`,
    );
    expect(rows.map((r) => `${r.method}/${r.review_status}`)).toEqual([
      'CURATED/CONFIRMED',
      'EXTRACTED/CONFIRMED',
      'EXTRACTED/PROPOSED',
      'EXTRACTED/REJECTED',
    ]);
    for (const r of rows) {
      expect(r.lo).toBeGreaterThanOrEqual(r.method === 'CURATED' ? 1 : 0.5);
      expect(r.hi).toBeLessThanOrEqual(1);
    }
  });

  it('restores synchronous = NORMAL and refuses a database that is not empty', () => {
    expect(first.db.$client.pragma('synchronous', { simple: true })).toBe(1);
    expect(() => buildCorpus(first.db, { size: 'tiny' })).toThrow(/empty/);
    expect(first.db.$client.pragma('synchronous', { simple: true })).toBe(1);
  });
});
