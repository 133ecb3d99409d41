/**
 * The whole pipeline scored on a folder of articles: each `NAME.txt` (raw page text) beside a
 * `NAME.expected.json` giving its `publishedOn` and the facts an annotator expects (the NamedFacts
 * shape). Used by the fixture test and by `scripts/evaluate-articles.ts` for a folder of articles the
 * pipeline has never seen.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SeedFile } from '../seed/seed-file.js';
import {
  evaluate,
  type FactType,
  type MatchedFacts,
  matchedFacts,
  type NamedFacts,
  namedFacts,
  type Score,
} from './evaluate.js';
import { analyzeRecord } from './pipeline.js';

export interface ExpectedArticle extends NamedFacts {
  publishedOn: string;
}

export interface ScoredArticle {
  name: string;
  expected: ExpectedArticle;
  extracted: NamedFacts;
  /** The extracted graph itself, whose facts tell the rule that proposed them (rules.ts). */
  graph: SeedFile;
  /** Which extracted facts the scoring matched (the right ones), by index. */
  matched: MatchedFacts;
  scores: Record<FactType, Score>;
}

/**
 * With `minConfidence`, only the facts at least that confident are scored, as a client filtering on it sees them
 * (the scored graph keeps the others out too).
 */
export function scoreFolder(folder: string, options: { minConfidence?: number } = {}): ScoredArticle[] {
  const floor = options.minConfidence ?? 0;
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const body = fs.readFileSync(path.join(folder, f), 'utf8');
      const expectedFile = path.join(folder, f.replace(/\.txt$/, '.expected.json'));
      const expected = JSON.parse(fs.readFileSync(expectedFile, 'utf8')) as ExpectedArticle;
      // Noon of the day the annotator gives: the text's "Thursday" resolves as it did for the reader.
      const whole = analyzeRecord({ body, publishedAt: `${expected.publishedOn}T12:00:00Z` }).graph;
      const confident = <F extends { confidence: number }>(facts: F[]) => facts.filter((f) => f.confidence >= floor);
      const graph: SeedFile = {
        ...whole,
        statements: confident(whole.statements),
        casualtyReports: confident(whole.casualtyReports),
        militaryDeployments: confident(whole.militaryDeployments),
      };
      const extracted = namedFacts(graph);
      const matched = matchedFacts(expected, extracted);
      const scores = evaluate(expected, extracted, matched);
      return { name: f.replace(/\.txt$/, ''), expected, extracted, graph, matched, scores };
    });
}
