import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/ingest-command.js';
import { createTestApp, type TestApp, tempDir } from '../helpers/app.js';

/**
 * The bad inputs in one batch through the CLI's code path (sources, pipeline, store): each
 * gets its own result, nothing of a failed input is stored, and the good inputs around them go in.
 */
let app: TestApp;
let dir: string;
afterEach(() => {
  app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const museum = fs.readFileSync(new URL('../fixtures/articles/05-museum-no-facts.txt', import.meta.url), 'utf8');
const SPANISH =
  'Rusia envió tropas a Kirguistán el jueves para proteger a sus ciudadanos y su base aérea, después de que los nuevos líderes tomaran el poder en la nación de Asia Central tras las protestas en la capital.';
const GOOD = 'Russia sent 150 paratroopers to Kyrgyzstan on Thursday to protect its air base at Kant.';

describe('a batch of bad inputs', () => {
  it('gives each its own result, stores nothing of a failed one and goes on', async () => {
    app = createTestApp({ seed: false });
    dir = tempDir();
    const write = (name: string, content: string | Buffer) => {
      fs.writeFileSync(path.join(dir, name), content);
      return path.join(dir, name);
    };
    write('a-empty.txt', '');
    write('b-binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    // 3 GB, sparse (no disk used): refused from its size alone. Reading it would fail otherwise, since
    // Node cannot read a file over 2 GB into one buffer, so the reason proves the file was not read.
    const huge = write('c-huge.txt', '');
    fs.truncateSync(huge, 3 * 1024 ** 3);
    write(
      'd-feed.ndjson',
      [
        JSON.stringify({ body: GOOD, publishedAt: '2010-04-08T10:00:00Z', url: 'https://example.org/kant' }),
        '{"body": "Russia sent',
        JSON.stringify({ body: 42 }),
      ].join('\n'),
    );
    write('e-spanish.txt', SPANISH);
    write('f-museum.txt', museum);

    const lines: string[] = [];
    const out = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const run = await runIngest(app.db, [dir], { out, defaultPublishedOn: '2024-05-01' });

    expect(run.articles).toEqual({ NEW: 2, UPDATED: 0, UNCHANGED: 0, FAILED: 6 });
    const reasons = run.failures.map((f) => `${path.basename(f.where)}: ${f.reason}`);
    expect(reasons[0]).toBe('a-empty.txt: empty file');
    expect(reasons[1]).toBe('b-binary.txt: binary file (not text)');
    expect(reasons[2]).toBe('c-huge.txt: file is 3072.0 MB, over the 50.0 MB limit');
    expect(reasons[3]).toMatch(/^d-feed\.ndjson:2: malformed JSON line/);
    expect(reasons[4]).toMatch(/^d-feed\.ndjson:3: .*body/);
    expect(reasons[5]).toMatch(/^e-spanish\.txt: the text does not read as English/);
    expect(lines.join('')).toContain('articles: 2 new, 0 updated, 0 unchanged, 6 failed');

    // The two stored articles: the good line of the feed and the museum piece, which has no facts.
    const db = app.db.$client;
    expect(db.prepare('SELECT url FROM articles ORDER BY id').pluck().all()).toEqual([
      'https://example.org/kant',
      expect.stringMatching(/^urn:newsgraph:sha256:/),
    ]);
    const museumId = db.prepare('SELECT max(id) FROM articles').pluck().get();
    for (const table of ['statements', 'casualty_reports', 'military_deployments']) {
      expect(db.prepare(`SELECT count(*) FROM ${table} WHERE article_id = ?`).pluck().get(museumId), table).toBe(0);
    }
    // Nothing of the Spanish text: no place it names beyond what the good article named.
    expect(db.prepare("SELECT count(*) FROM places WHERE name = 'Asia Central'").pluck().get()).toBe(0);
  });
});
