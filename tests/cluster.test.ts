import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers/app.js';
import { startServer } from './helpers/process.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('WORKERS', () => {
  it('serves one port from several processes over the one database, and stops them all on SIGTERM', async () => {
    const dir = tempDir();
    const server = await startServer({ DATABASE_PATH: path.join(dir, 'cluster.db'), WORKERS: '2' });
    const workerPids = () =>
      [...server.output().matchAll(/"pid":(\d+)[^\n]*newsgraph serves GraphiQL/g)].map((m) => Number(m[1]));
    try {
      await expect.poll(() => workerPids().length, { timeout: 30_000 }).toBe(2);
      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          fetch(server.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ articles { totalCount } }' }),
          }).then(async (r) => ((await r.json()) as { data: { articles: { totalCount: number } } }).data),
        ),
      );
      expect(answers.every((a) => a.articles.totalCount === 1)).toBe(true);
      expect(new Set(workerPids()).size).toBe(2);
    } finally {
      expect(await server.stop('SIGTERM')).toBe(0);
    }
    for (const pid of workerPids()) expect(alive(pid)).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
