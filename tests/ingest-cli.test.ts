import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedFile, seedFiles } from '../src/seed/load-seed.js';
import { tempDir } from './helpers/app.js';
import { ROOT, runScript } from './helpers/process.js';

const PAGE = `<!doctype html><html><head><title>Kremlin sends paratroopers</title>
<meta property="article:published_time" content="2010-04-08T09:30:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Kremlin sends paratroopers</h1>
<p>Russian Foreign Minister Sergei Lavrov said on Thursday that Moscow was watching events in Kyrgyzstan closely and that the paratroopers would stay as long as needed.</p>
<p>"We will protect our citizens," Mr. Lavrov told reporters in Moscow, adding that the situation in Bishkek was calm but tense and that the new leaders had been told so.</p>
</article></body></html>`;

describe('newsgraph ingest, run as a process', () => {
  let dir: string;
  let input: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = tempDir();
    input = path.join(dir, 'in');
    fs.mkdirSync(path.join(input, 'feeds'), { recursive: true });
    const write = (name: string, content: string | Buffer) => fs.writeFileSync(path.join(input, name), content);
    write('seed.txt', readSeedFile(seedFiles()[0] as string).raw);
    write('page.html', PAGE);
    write(
      'one.json',
      JSON.stringify({
        url: 'https://example.org/obama',
        body: 'President Barack Obama said on Monday that more troops would go to Afghanistan.',
        publishedAt: '2009-12-01T10:00:00Z',
      }),
    );
    write(
      'feeds/day.ndjson',
      [
        JSON.stringify({
          body: 'Defence Minister Florence Parly visited Gao on Tuesday.',
          publishedAt: '2021-06-01T08:00:00Z',
        }),
        '{"body": "broken',
        JSON.stringify({
          body: 'Rain fell over Bishkek on Sunday, and the markets stayed shut.',
          publishedAt: '2021-06-06',
        }),
      ].join('\n'),
    );
    write('empty.txt', '');
    write('image.txt', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]));
    env = { DATABASE_PATH: path.join(dir, 'graph.db') };
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('ingests a folder, goes on past bad inputs, names each failure and exits non-zero', () => {
    const run = runScript('src/cli.ts', ['ingest', input], env);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('articles: 5 new, 0 updated, 0 unchanged, 3 failed');
    // Titles: the seed's four, Lavrov's, Obama's and Parly's. Statements: the seed's 15, Lavrov's
    // reported "said on Thursday that ..." and quoted "We will protect our citizens," and Obama's
    // "said on Monday that ...". The seed's toll and its three deployments; nothing else reports any.
    expect(run.stdout).toMatch(
      /^facts: roles 7, mentions \d+, statements 18, casualtyReports 1, militaryDeployments 3$/m,
    );
    const failures = run.stdout.slice(run.stdout.indexOf('failures:')).split('\n').slice(1, 4);
    expect(failures[0]).toBe(`  ${path.join(input, 'empty.txt')}: empty file`);
    expect(failures[1]?.startsWith(`  ${path.join(input, 'feeds/day.ndjson')}:2: malformed JSON line`)).toBe(true);
    expect(failures[2]).toBe(`  ${path.join(input, 'image.txt')}: binary file (not text)`);
    // Not a terminal: one plain line per article, no progress bar.
    expect(run.stdout).toMatch(new RegExp(`^new +${path.join(input, 'page.html').replace(/[.]/g, '\\.')} `, 'm'));
    expect(run.stderr).toBe('');
  });

  it('finds everything unchanged the second time', () => {
    const run = runScript('src/cli.ts', ['ingest', input], env);
    expect(run.stdout).toContain('articles: 0 new, 0 updated, 5 unchanged, 3 failed');
    expect(run.stdout).toContain('facts: roles 0, mentions 0,');
  });

  it('exits 0 through the newsgraph bin when every input is read', () => {
    const run = spawnSync(process.execPath, ['bin/newsgraph.js', 'ingest', path.join(input, 'one.json')], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('articles: 0 new, 0 updated, 1 unchanged, 0 failed');
  });

  it('reads records from standard input given as -', () => {
    const records = [
      {
        url: 'https://example.org/stdin-1',
        body: 'Rain fell over Bishkek on Sunday.',
        publishedAt: '2021-06-06T08:00:00Z',
      },
      {
        url: 'https://example.org/stdin-2',
        body: 'Snow fell over Astana on Monday.',
        publishedAt: '2021-06-07T08:00:00Z',
      },
    ];
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'ingest', '-'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      input: records.map((r) => JSON.stringify(r)).join('\n'),
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('new       -:1  https://example.org/stdin-1');
    expect(run.stdout).toContain('new       -:2  https://example.org/stdin-2');
    expect(run.stdout).toContain('articles: 2 new, 0 updated, 0 unchanged, 0 failed');
  });

  it('fails an undated text unless --published-on gives its day', () => {
    const undated = path.join(dir, 'undated.txt');
    fs.writeFileSync(undated, 'Kyrgyz opposition leaders said they had taken control of the country.');
    const without = runScript('src/cli.ts', ['ingest', undated], env);
    expect(without.status).toBe(1);
    expect(without.stdout).toContain(`${undated}: no publication day`);
    const given = runScript('src/cli.ts', ['ingest', '--published-on', '2010-04-08', undated], env);
    expect(given.status).toBe(0);
    expect(given.stdout).toContain('articles: 1 new, 0 updated, 0 unchanged, 0 failed');
  });

  it('refuses to run without a path, with a usage', () => {
    const run = runScript('src/cli.ts', ['ingest'], env);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('name at least one file, folder or -');
  });
});
