import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSeedFile, SEED_FOLDER, seedFiles } from '../src/seed/load-seed.js';
import { createTestApp, type TestApp, tempDir } from './helpers/app.js';

describe('the store', () => {
  let app: TestApp;
  beforeEach(() => {
    app = createTestApp();
  });
  afterEach(() => app.close());

  const sqlite = () => app.db.$client;

  it('runs in WAL mode with foreign keys enforced', () => {
    expect(sqlite().pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite().pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('has an index led by every foreign key column', () => {
    const tables = sqlite()
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'",
      )
      .pluck()
      .all() as string[];
    const unindexed: string[] = [];
    for (const table of tables) {
      const leading = new Set(
        (sqlite().pragma(`index_list(${table})`) as Array<{ name: string }>).map(
          (index) => (sqlite().pragma(`index_info(${index.name})`) as Array<{ seqno: number; name: string }>)[0]?.name,
        ),
      );
      for (const fk of sqlite().pragma(`foreign_key_list(${table})`) as Array<{ from: string }>) {
        if (!leading.has(fk.from)) unindexed.push(`${table}.${fk.from}`);
      }
    }
    expect(tables.length).toBeGreaterThanOrEqual(12);
    expect(unindexed).toEqual([]);
  });

  // Each statement breaks one rule; the row must be refused.
  it.each([
    ['a negative casualty count', 'UPDATE casualty_reports SET count = -1'],
    ['a low bound above the count', 'UPDATE casualty_reports SET count_low = 80'],
    ['a high bound below the count', 'UPDATE casualty_reports SET count_high = 70'],
    ['an unknown casualty category', "UPDATE casualty_reports SET category = 'WOUNDED'"],
    ['a date that is not a day', "UPDATE casualty_reports SET occurred_on = '2010-02-30'"],
    [
      'a deployment hosted by its own country',
      'UPDATE military_deployments SET host_country_id = deploying_country_id',
    ],
    ['an evidence span that ends before it starts', 'UPDATE statements SET evidence_end = evidence_start'],
    ['a confidence above 1', 'UPDATE roles SET confidence = 1.5'],
    ['an unknown review status', "UPDATE mentions SET review_status = 'MAYBE'"],
    [
      'a mention of two things at once',
      'UPDATE mentions SET event_id = (SELECT id FROM events LIMIT 1) WHERE person_id IS NOT NULL',
    ],
    [
      'a statement by a person and an organization at once',
      'UPDATE statements SET speaker_organization_id = (SELECT id FROM organizations LIMIT 1) WHERE speaker_person_id IS NOT NULL',
    ],
    ['a reference to a person that does not exist', 'UPDATE roles SET person_id = 999999'],
    [
      'a second article with the same URL',
      'INSERT INTO articles (url, title, body, published_on, language, content_hash) SELECT url, title, body, published_on, language, content_hash FROM articles',
    ],
    ['a country code that is not two capitals', "UPDATE places SET country_code = 'kgz'"],
  ])('refuses %s', (_rule, statement) => {
    expect(() => sqlite().exec(statement)).toThrow(/constraint failed/i);
  });
});

describe('loading a seed file', () => {
  it('loads nothing at all when the file is wrong part-way through', () => {
    const app = createTestApp({ seed: false });
    const dir = tempDir();
    try {
      const [file] = seedFiles();
      const seed = JSON.parse(fs.readFileSync(file as string, 'utf8'));
      // Places and people load first; the deployment near the end names a country that is not there.
      seed.militaryDeployments[0].hostCountry = 'atlantis';
      const broken = path.join(dir, 'broken.json');
      fs.writeFileSync(broken, JSON.stringify(seed));
      fs.copyFileSync(path.join(SEED_FOLDER, seed.article.rawFile), path.join(dir, seed.article.rawFile));
      expect(() => loadSeedFile(app.db, broken)).toThrow(/unknown key "atlantis"/);
      const counts = app.db.$client
        .prepare(
          'SELECT (SELECT count(*) FROM places) + (SELECT count(*) FROM people) + (SELECT count(*) FROM articles)',
        )
        .pluck()
        .get();
      expect(counts).toBe(0);
    } finally {
      app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a span whose text is not what the body says there, naming the fact', () => {
    const app = createTestApp({ seed: false });
    const dir = tempDir();
    try {
      const [file] = seedFiles();
      const seed = JSON.parse(fs.readFileSync(file as string, 'utf8'));
      seed.casualtyReports[0].evidence.start += 1;
      const broken = path.join(dir, 'shifted.json');
      fs.writeFileSync(broken, JSON.stringify(seed));
      fs.copyFileSync(path.join(SEED_FOLDER, seed.article.rawFile), path.join(dir, seed.article.rawFile));
      expect(() => loadSeedFile(app.db, broken)).toThrow(/casualtyReports\[0\]\.evidence/);
    } finally {
      app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
