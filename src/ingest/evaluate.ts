/**
 * Precision and recall of extracted facts against expected ones, per fact type. Both sides are compared
 * by names, never by keys, so a pipeline that keys its entities differently from a curator is scored
 * fairly: `namedFacts` turns a seed-shaped result (curated or extracted) into names first.
 *
 * Matching rules (an expected fact matches at most one extracted fact, and the other way round; among
 * candidates the one whose text overlaps most is taken):
 * - names (speakers, countries) are the same when they are equal ignoring case and spacing, or when the
 *   shorter one ends the longer one word for word ("Nikolai Makarov" and "General Nikolai Makarov"), so
 *   a pipeline that keeps a title in a canonical name is not penalised; two countries are also the same
 *   when the gazetteer knows both names as one country's ("Turkey" and "Türkiye").
 * - statement: same kind, same speaker (a statement without a speaker matches only one without a
 *   speaker), and texts that overlap substantially: the words they share are at least half the words of
 *   the longer text.
 * - directQuotes: the statement rule over DIRECT_QUOTE statements only ("every direct quote with the
 *   right speaker").
 * - casualty report: same category, qualifier, count, low and high.
 * - military deployment: same deploying and host country and same status, and the same personnel when
 *   the expected fact gives one.
 *
 * precision = matched / extracted (1 when nothing was extracted: nothing wrong was proposed);
 * recall = matched / expected (1 when nothing was expected).
 */
import type { SeedFile } from '../seed/seed-file.js';
import { countryCodeNamed } from './gazetteer.js';

export interface NamedStatement {
  kind: SeedFile['statements'][number]['kind'];
  speaker: string | null;
  text: string;
}

export interface NamedCasualtyReport {
  category: SeedFile['casualtyReports'][number]['category'];
  count: number | null;
  low: number | null;
  high: number | null;
  qualifier: SeedFile['casualtyReports'][number]['qualifier'];
}

export interface NamedDeployment {
  deployingCountry: string;
  hostCountry: string;
  personnel: number | null;
  status: SeedFile['militaryDeployments'][number]['status'];
}

export interface NamedFacts {
  statements: NamedStatement[];
  casualtyReports: NamedCasualtyReport[];
  militaryDeployments: NamedDeployment[];
}

export type FactType = 'statements' | 'directQuotes' | 'casualtyReports' | 'militaryDeployments';
export const FACT_TYPES: readonly FactType[] = ['statements', 'directQuotes', 'casualtyReports', 'militaryDeployments'];

export interface Score {
  expected: number;
  extracted: number;
  matched: number;
  precision: number;
  recall: number;
}

type Facts = Pick<
  SeedFile,
  'people' | 'organizations' | 'places' | 'statements' | 'casualtyReports' | 'militaryDeployments'
>;

/** A seed-shaped result with its entity keys replaced by the entities' names. */
export function namedFacts(f: Facts): NamedFacts {
  const names = new Map<string, string>();
  for (const e of [...f.people, ...f.organizations, ...f.places]) names.set(e.key, e.name);
  const name = (key: string) => names.get(key) ?? key;
  return {
    statements: f.statements.map((s) => ({
      kind: s.kind,
      speaker: s.speaker ? name('person' in s.speaker ? s.speaker.person : s.speaker.organization) : null,
      text: s.text,
    })),
    casualtyReports: f.casualtyReports.map((c) => ({
      category: c.category,
      count: c.count,
      low: c.countLow,
      high: c.countHigh,
      qualifier: c.qualifier,
    })),
    militaryDeployments: f.militaryDeployments.map((d) => ({
      deployingCountry: name(d.deployingCountry),
      hostCountry: name(d.hostCountry),
      personnel: d.personnel,
      status: d.status,
    })),
  };
}

export function sameName(x: string | null, y: string | null): boolean {
  if (x === null || y === null) return x === y;
  const a = x.toLowerCase().trim().split(/\s+/);
  const b = y.toLowerCase().trim().split(/\s+/);
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.every((w, i) => w === longer[longer.length - shorter.length + i]);
}

/** Countries are the same by name, or when both names are names of one country ("Turkey", "Türkiye"). */
export function sameCountry(x: string, y: string): boolean {
  if (sameName(x, y)) return true;
  const code = countryCodeNamed(x);
  return code !== undefined && code === countryCodeNamed(y);
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

/** Shared words over the words of the longer text, 0..1. */
export function textOverlap(x: string, y: string): number {
  const a = wordsOf(x);
  const b = wordsOf(y);
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return shared / Math.max(a.length, b.length);
}

/** Greedy one-to-one matching: each pair scored, best pairs taken first. Gives the extracted facts matched. */
function match<E, X>(expected: E[], extracted: X[], similarity: (e: E, x: X) => number): Set<number> {
  const pairs: Array<[number, number, number]> = [];
  expected.forEach((e, i) => {
    extracted.forEach((x, j) => {
      const s = similarity(e, x);
      if (s > 0) pairs.push([s, i, j]);
    });
  });
  pairs.sort((p, q) => q[0] - p[0]);
  const usedE = new Set<number>();
  const usedX = new Set<number>();
  for (const [, i, j] of pairs) {
    if (usedE.has(i) || usedX.has(j)) continue;
    usedE.add(i);
    usedX.add(j);
  }
  return usedX;
}

/** Precision and recall from the counts: 1 when there was nothing to propose, or nothing was proposed. */
function scoreOf(expected: number, extracted: number, matched: number): Score {
  return {
    expected,
    extracted,
    matched,
    precision: extracted === 0 ? 1 : matched / extracted,
    recall: expected === 0 ? 1 : matched / expected,
  };
}

function statementSimilarity(e: NamedStatement, x: NamedStatement): number {
  if (e.kind !== x.kind || !sameName(e.speaker, x.speaker)) return 0;
  const overlap = textOverlap(e.text, x.text);
  return overlap >= 0.5 ? overlap : 0;
}

const casualtySimilarity = (e: NamedCasualtyReport, x: NamedCasualtyReport) =>
  e.category === x.category &&
  e.qualifier === x.qualifier &&
  e.count === x.count &&
  e.low === x.low &&
  e.high === x.high
    ? 1
    : 0;

const deploymentSimilarity = (e: NamedDeployment, x: NamedDeployment) =>
  sameCountry(e.deployingCountry, x.deployingCountry) &&
  sameCountry(e.hostCountry, x.hostCountry) &&
  e.status === x.status &&
  (e.personnel === null || e.personnel === x.personnel)
    ? 1
    : 0;

/** The scores, from the extracted facts the scoring matched (`matchedFacts`, computed when not given). */
export function evaluate(
  expected: NamedFacts,
  extracted: NamedFacts,
  matched: MatchedFacts = matchedFacts(expected, extracted),
): Record<FactType, Score> {
  const quotes = (f: NamedFacts) => f.statements.filter((s) => s.kind === 'DIRECT_QUOTE');
  const [expectedQuotes, extractedQuotes] = [quotes(expected), quotes(extracted)];
  const of = (type: keyof MatchedFacts) => scoreOf(expected[type].length, extracted[type].length, matched[type].size);
  return {
    statements: of('statements'),
    directQuotes: scoreOf(
      expectedQuotes.length,
      extractedQuotes.length,
      match(expectedQuotes, extractedQuotes, statementSimilarity).size,
    ),
    casualtyReports: of('casualtyReports'),
    militaryDeployments: of('militaryDeployments'),
  };
}

export type MatchedFacts = Record<'statements' | 'casualtyReports' | 'militaryDeployments', Set<number>>;

/**
 * Which extracted facts the scoring matched, by their index in `extracted`'s lists (statements, casualty
 * reports, deployments): the same matching as `evaluate`, for telling right facts from wrong ones.
 */
export function matchedFacts(expected: NamedFacts, extracted: NamedFacts): MatchedFacts {
  return {
    statements: match(expected.statements, extracted.statements, statementSimilarity),
    casualtyReports: match(expected.casualtyReports, extracted.casualtyReports, casualtySimilarity),
    militaryDeployments: match(expected.militaryDeployments, extracted.militaryDeployments, deploymentSimilarity),
  };
}

/** Scores over several articles added up (micro-averaged). */
export function pooled(scores: Array<Record<FactType, Score>>): Record<FactType, Score> {
  const total = {} as Record<FactType, Score>;
  for (const type of FACT_TYPES) {
    const sum = (count: 'expected' | 'extracted' | 'matched') => scores.reduce((n, s) => n + s[type][count], 0);
    total[type] = scoreOf(sum('expected'), sum('extracted'), sum('matched'));
  }
  return total;
}

/** One line per fact type, for a test's output. */
export function formatScores(scores: Record<FactType, Score>): string {
  return FACT_TYPES.map((type) => {
    const s = scores[type];
    return `${type.padEnd(20)} precision ${s.precision.toFixed(2)} (${s.matched}/${s.extracted})  recall ${s.recall.toFixed(2)} (${s.matched}/${s.expected})`;
  }).join('\n');
}
