import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers/app.js';
import { runScript } from './helpers/process.js';

// The timed runs are not part of the tests; this only proves the harness still runs end to end.
describe('npm run bench (smoke run on the tiny corpus)', () => {
  it('builds the corpus, agrees with the hand-written SQL and the naive resolvers, and writes every figure', () => {
    const dir = tempDir();
    const out = path.join(dir, 'latest.json');
    try {
      const result = runScript('bench/run.ts', [
        '--size=tiny',
        '--iterations=3',
        '--warmup=1',
        '--http-seconds=1',
        '--connections=2',
        `--out=${out}`,
        `--cache=${dir}`,
      ]);
      expect(result.stderr).not.toMatch(/Error/);
      expect(result.status).toBe(0);
      const report = JSON.parse(fs.readFileSync(out, 'utf8'));
      expect(report.corpus.articles).toBe(200);
      expect(report.operations.map((o: { name: string }) => o.name)).toEqual([
        'article traversal',
        'list traversal (50)',
        'person page',
        'country page',
        'search',
        'casualty stats',
        'casualty stats (all countries)',
        'deployment stats',
        'statement stats',
        'article timeline',
        'filtered articles (50)',
        'filtered statements (50)',
      ]);
      for (const operation of report.operations) {
        expect(operation.latency.iterations).toBe(3);
        expect(operation.latency.p50Ms).toBeGreaterThan(0);
        expect(operation.sqlStatements).toBeGreaterThan(0);
      }
      expect(report.statementGrowth.first100).toBe(report.statementGrowth.first50);
      // The tiny corpus has 4 pages of 50 articles: the deepest is compared with the first.
      expect(report.deepPage.pageNumber).toBe(4);
      expect(report.deepPage.deepOverFirst).toBeGreaterThan(0);
      expect(report.statementGrowth.first5).toBeLessThanOrEqual(report.statementGrowth.first50);
      expect(report.listTraversal.naiveStatements).toBeGreaterThan(10 * report.statementGrowth.first50);
      expect(report.http.results).toHaveLength(2);
      for (const h of report.http.results) expect(h.errors + h.non2xx + h.timeouts).toBe(0);
      expect(report.http.peakRssMb).toBeGreaterThan(0);
      // Few articles on tiny: the figures are there, their size is the timed runs' business.
      expect(report.ingest.articles).toBe(20);
      expect(report.ingest.meanWords).toBeGreaterThanOrEqual(650);
      expect(report.ingest.meanWords).toBeLessThanOrEqual(800);
      expect(report.ingest.extractionPerSecond).toBeGreaterThan(0);
      expect(report.ingest.ingestPerSecond).toBeGreaterThan(0);
      expect(report.ingest.streaming.articles).toBe(20);
      expect(report.ingest.streaming.rssPeakMb).toBeGreaterThanOrEqual(report.ingest.streaming.rssStartMb);
      expect(report.floors.map((f: { what: string }) => f.what)).toContain('ingest: extraction (articles/s, one core)');
      expect(report.floors.length).toBeGreaterThanOrEqual(5);
      expect(result.stdout).toContain('newsgraph / floor');
      expect(result.stdout).toContain('streaming memory');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
