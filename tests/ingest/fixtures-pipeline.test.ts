import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatScores, pooled } from '../../src/ingest/evaluate.js';
import { scoreFolder } from '../../src/ingest/evaluate-folder.js';

/**
 * The whole pipeline (clean, segment, dates, entities, coreference, extractors) on the self-written
 * fixture articles, with no entity given: what an editor would get. The hand-built entity stage of
 * fixtures.test.ts scores the extractors alone; this scores everything together.
 */
const folder = fileURLToPath(new URL('../fixtures/articles', import.meta.url));
const results = scoreFolder(folder);

describe('the whole pipeline on the self-written fixture articles', () => {
  it('meets the issue floors over the whole set', () => {
    for (const r of results) console.log(`${r.name} (whole pipeline)\n${formatScores(r.scores)}`);
    const total = pooled(results.map((r) => r.scores));
    console.log(`All fixtures, whole pipeline:\n${formatScores(total)}`);
    expect(results.length).toBeGreaterThanOrEqual(10);
    expect(total.directQuotes.precision).toBeGreaterThanOrEqual(0.9);
    expect(total.directQuotes.recall).toBeGreaterThanOrEqual(0.8);
    expect(total.casualtyReports.precision).toBeGreaterThanOrEqual(0.9);
    expect(total.casualtyReports.recall).toBeGreaterThanOrEqual(0.8);
    expect(total.militaryDeployments.recall).toBeGreaterThanOrEqual(0.7);
  });

  it('scores only the facts at least as confident as asked, as a client filtering on minConfidence sees them', () => {
    const floor = 0.9;
    const confident = scoreFolder(folder, { minConfidence: floor });
    results.forEach((r, i) => {
      const kept = confident[i] as (typeof confident)[number];
      for (const type of ['statements', 'casualtyReports', 'militaryDeployments'] as const) {
        const facts = r.graph[type] as Array<{ confidence: number }>;
        expect(kept.graph[type], `${r.name} ${type}`).toEqual(facts.filter((f) => f.confidence >= floor));
      }
    });
    // the floor leaves some facts out, so the scores differ from the unfiltered ones
    const all = pooled(results.map((r) => r.scores));
    const above = pooled(confident.map((r) => r.scores));
    expect(above.statements.extracted).toBeLessThan(all.statements.extracted);
  });
});
