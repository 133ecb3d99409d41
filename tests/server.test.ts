import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.js';
import { TRAVERSAL_QUERY } from '../src/graphql/traversal-query.js';
import { readSeedFile, seedFiles } from '../src/seed/load-seed.js';
import { createYogaServer } from '../src/yoga.js';
import { SEED_URL, tempDir } from './helpers/app.js';
import { runScript, startServer } from './helpers/process.js';

describe('npm start', () => {
  it('migrates and seeds an empty database, serves GraphiQL and the traversal query, and stops cleanly on SIGTERM', async () => {
    const dir = tempDir();
    const databasePath = path.join(dir, 'nested', 'newsgraph.db');
    const server = await startServer({ DATABASE_PATH: databasePath });
    try {
      const page = await fetch(server.url, { headers: { accept: 'text/html' } });
      const html = await page.text();
      expect(page.status).toBe(200);
      expect(html).toContain('GraphiQL');
      expect(html).toContain('ArticleGraph');
      // GraphiQL is bundled: the page must not load scripts from a CDN.
      expect(html).not.toMatch(/<script[^>]+src="https?:/);

      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: TRAVERSAL_QUERY, variables: { url: SEED_URL } }),
      });
      const body = (await response.json()) as {
        data: { article: { publishedOn: string; casualtyReports: { edges: Array<{ node: { count: number } }> } } };
      };
      expect(body.data.article.publishedOn).toBe('2010-04-08');
      expect(body.data.article.casualtyReports.edges[0]?.node.count).toBe(75);
    } finally {
      const code = await server.stop('SIGTERM');
      expect(code).toBe(0);
      expect(server.output()).toContain('SIGTERM');
    }
    expect(fs.existsSync(databasePath)).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('does not seed the article twice when it starts again on the same database', async () => {
    const dir = tempDir();
    const env = { DATABASE_PATH: path.join(dir, 'again.db') };
    await (await startServer(env)).stop('SIGINT');
    const server = await startServer(env);
    try {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ articles { totalCount } people { totalCount } }' }),
      });
      const body = (await response.json()) as {
        data: { articles: { totalCount: number }; people: { totalCount: number } };
      };
      expect(body.data.articles.totalCount).toBe(1);
      expect(body.data.people.totalCount).toBe(4);
      expect(server.output()).not.toContain('Loaded');
    } finally {
      expect(await server.stop()).toBe(0);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [
      'a file that is not a database',
      (dir: string) => {
        const file = path.join(dir, 'corrupt.db');
        fs.writeFileSync(file, 'this is not a database '.repeat(400));
        return file;
      },
    ],
    [
      'a path below a regular file',
      (dir: string) => {
        fs.writeFileSync(path.join(dir, 'plain-file'), 'x');
        return path.join(dir, 'plain-file', 'newsgraph.db');
      },
    ],
    ['a directory', (dir: string) => dir],
  ])('refuses to start on %s, with a one-line reason and a non-zero exit', (_what, makePath) => {
    const dir = tempDir();
    const databasePath = makePath(dir);
    const result = runScript('src/server.ts', [], { DATABASE_PATH: databasePath, PORT: '0' });
    expect(result.status).not.toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^newsgraph: cannot use database /);
    expect(lines[0]).toContain(databasePath);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a PORT that is not a port number', () => {
    const result = runScript('src/server.ts', [], { PORT: 'eighty', DATABASE_PATH: ':memory:' });
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim()).toBe('newsgraph: PORT must be a whole number from 0 to 65535, got "eighty"');
  });
});

describe('npm run db:seed', () => {
  it('reloads the seed article without duplicating it or its entities', async () => {
    const dir = tempDir();
    const databasePath = path.join(dir, 'seeded.db');
    for (let run = 0; run < 2; run++) {
      const result = runScript('src/cli.ts', ['seed'], { DATABASE_PATH: databasePath });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('loaded 1 seed article');
    }
    const [file] = seedFiles();
    const { seed } = readSeedFile(file as string);
    const db = openDatabase(databasePath);
    try {
      const yoga = createYogaServer({ db });
      const response = await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `{ articles { totalCount } people { totalCount } places { totalCount } organizations { totalCount }
                    events { totalCount } statements { totalCount } militaryDeployments { totalCount } }`,
        }),
      });
      const { data } = (await response.json()) as { data: Record<string, { totalCount: number }> };
      expect(data.articles?.totalCount).toBe(1);
      expect(data.people?.totalCount).toBe(seed.people.length);
      expect(data.places?.totalCount).toBe(seed.places.length);
      expect(data.organizations?.totalCount).toBe(seed.organizations.length);
      expect(data.events?.totalCount).toBe(seed.events.length);
      expect(data.statements?.totalCount).toBe(seed.statements.length);
      expect(data.militaryDeployments?.totalCount).toBe(seed.militaryDeployments.length);
    } finally {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints its usage and fails on an unknown command', () => {
    const result = runScript('src/cli.ts', ['frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: newsgraph <command>');
  });
});
