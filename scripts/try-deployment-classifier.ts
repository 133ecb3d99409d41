// npx tsx scripts/try-deployment-classifier.ts <folder>…
// The experiment docs/extraction.md "Unseen articles" reports: could a classifier of deployment sentences find what the rules
// miss? Each sentence with a force word and two countries gives candidate (sender, host) pairs; a pair is positive
// when its article's annotation has a deployment of that pair. Logistic regression is trained on every folder but
// one and tested on that one, for each folder in turn; the status comes from a second model, the figure from the
// first count of forces in the sentence. Prints what it would add, at several probability floors, on the pairs the
// rules found nothing for: a fact is right when the annotation has its pair of countries (named as the scoring names
// them, src/ingest/evaluate.ts), its status, and its figure when the annotation gives one.
import fs from 'node:fs';
import path from 'node:path';
import { deploymentStatuses } from '../src/db/schema/index.js';
import { indexArticle } from '../src/ingest/article-index.js';
import { namedFacts, sameCountry } from '../src/ingest/evaluate.js';
import type { ExpectedArticle } from '../src/ingest/evaluate-folder.js';
import { findQuantities } from '../src/ingest/numbers.js';
import { analyzeRecord } from '../src/ingest/pipeline.js';

const FORCE =
  /\b(?:troops|soldiers|forces|peacekeepers|paratroopers|marines|servicem[ae]n|service members|personnel|battalion|brigade|contingent|military|army|navy|warships|jets|bases?|mission|deployment|presence|units?)\b/i;
/** What follows a count of forces: "300 troops", "150 Kenyan soldiers". */
const FORCES_AFTER =
  /^\s+(?:[A-Za-z-]+\s+){0,2}?(?:troops|soldiers|peacekeepers|paratroopers|marines|servicem[ae]n|personnel|service members)\b/i;
const FLOORS = [0.3, 0.5, 0.7, 0.9];

type Expected = ExpectedArticle['militaryDeployments'][number];
interface Candidate {
  folder: string;
  article: string;
  sender: string;
  host: string;
  features: string[];
  /** The annotation's deployments of this pair (positive when any). */
  expected: Expected[];
  /** Some rule already proposed a deployment of this pair. */
  ruleFound: boolean;
  personnel: number | null;
}

const wordsOf = (text: string) => text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?|\d[\d,]*/g) ?? [];

function candidatesOf(folder: string, file: string): Candidate[] {
  const body = fs.readFileSync(path.join(folder, file), 'utf8');
  const expected = JSON.parse(
    fs.readFileSync(path.join(folder, file.replace(/\.txt$/, '.expected.json')), 'utf8'),
  ) as ExpectedArticle;
  const { graph, analyzed } = analyzeRecord({ body, publishedAt: `${expected.publishedOn}T12:00:00Z` });
  const ix = indexArticle(analyzed);
  const extracted = namedFacts(graph).militaryDeployments;
  const nameOf = (key: string | null) => (key ? (ix.place(key)?.name ?? key) : null);
  const dateline = analyzed.dateline?.place ? nameOf(ix.countryOf(analyzed.dateline.place)) : null;
  const found: Candidate[] = [];
  for (const s of analyzed.sentences) {
    if (!FORCE.test(s.text)) continue;
    const mentions = ix
      .mentionsIn(s.start, s.end)
      .map((m) => ({ m, country: nameOf(ix.countryOfMention(m)) }))
      .filter((x): x is { m: typeof x.m; country: string } => x.country !== null);
    const countries = [...new Set(mentions.map((x) => x.country))];
    if (countries.length < 2) continue;
    const sentenceWords = wordsOf(s.text).map((w) => `w:${w}`);
    const count = findQuantities(s.text, s.start).find(
      (q) => q.count !== null && FORCES_AFTER.test(analyzed.body.slice(q.end, s.end)),
    );
    for (const sender of countries) {
      for (const host of countries) {
        if (sender === host) continue;
        const features = [...sentenceWords, `n:${Math.min(countries.length, 4)}`, 'bias'];
        const firsts: number[] = [];
        for (const [tag, country] of [
          ['S', sender],
          ['H', host],
        ] as const) {
          const own = mentions.filter((x) => x.country === country);
          firsts.push((own[0] as (typeof own)[number]).m.start);
          for (const { m } of own) {
            const before = wordsOf(analyzed.body.slice(Math.max(s.start, m.start - 30), m.start)).slice(-2);
            const after = wordsOf(analyzed.body.slice(m.end, Math.min(s.end, m.end + 30))).slice(0, 2);
            features.push(
              ...before.map((w, i) => `${tag}b${before.length - i}:${w}`),
              ...after.map((w, i) => `${tag}a${i + 1}:${w}`),
            );
            features.push(`${tag}:${m.via === 'DEMONYM' ? 'demonym' : 'name'}`);
            if ('place' in m.ref && ix.place(m.ref.place)?.kind !== 'COUNTRY') features.push(`${tag}:city`);
          }
          if (country === dateline) features.push(`${tag}:dateline`);
        }
        const [senderAt, hostAt] = firsts as [number, number];
        features.push(senderAt < hostAt ? 'order:SH' : 'order:HS');
        const between = wordsOf(analyzed.body.slice(Math.min(senderAt, hostAt), Math.max(senderAt, hostAt)));
        features.push(...between.map((w) => `between:${w}`), ...(between.length > 12 ? ['far'] : []));
        found.push({
          folder,
          article: file,
          sender,
          host,
          features,
          expected: expected.militaryDeployments.filter(
            (e) => sameCountry(e.deployingCountry, sender) && sameCountry(e.hostCountry, host),
          ),
          ruleFound: extracted.some((x) => sameCountry(x.deployingCountry, sender) && sameCountry(x.hostCountry, host)),
          personnel: count?.count ?? null,
        });
      }
    }
  }
  return found;
}

/** Logistic regression by stochastic gradient descent with L2; returns the probability of a positive. */
function train(data: Array<{ features: string[]; positive: boolean }>, epochs = 30, rate = 0.1, l2 = 1e-3) {
  const weights = new Map<string, number>();
  const score = (features: string[]) => 1 / (1 + Math.exp(-features.reduce((z, f) => z + (weights.get(f) ?? 0), 0)));
  for (let e = 0; e < epochs; e++) {
    for (const d of data) {
      const gradient = (d.positive ? 1 : 0) - score(d.features);
      for (const f of d.features) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w + rate * (gradient - l2 * w));
      }
    }
  }
  return score;
}

const folders = process.argv.slice(2);
if (folders.length < 2) {
  console.error('usage: npx tsx scripts/try-deployment-classifier.ts <folder> <folder>…  (annotated folders)');
  process.exit(2);
}
const candidates = folders.flatMap((folder) =>
  fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => candidatesOf(folder, f)),
);
const positive = (c: Candidate) => c.expected.length > 0;
console.log(
  `${candidates.length} candidates, ${candidates.filter(positive).length} with a pair the annotation holds, ` +
    `${candidates.filter((c) => positive(c) && !c.ruleFound).length} of them pairs no rule found`,
);
// the best sentence of each pair no rule found, per article, with its probability and predicted status
const best = new Map<string, { p: number; c: Candidate; status: string }>();
for (const held of folders) {
  const training = candidates.filter((c) => c.folder !== held);
  const pair = train(training.map((c) => ({ features: c.features, positive: positive(c) })));
  // the status is learned from pairs the annotation gives one status
  const single = training.filter((c) => c.expected.length === 1);
  const statusModels = deploymentStatuses.map(
    (st) => [st, train(single.map((c) => ({ features: c.features, positive: c.expected[0]?.status === st })))] as const,
  );
  for (const c of candidates.filter((x) => x.folder === held && !x.ruleFound)) {
    const p = pair(c.features);
    const status = statusModels.map(([st, model]) => [st, model(c.features)] as const).sort((a, b) => b[1] - a[1])[0];
    const key = `${c.folder}/${c.article}|${c.sender}|${c.host}`;
    if ((best.get(key)?.p ?? -1) < p) best.set(key, { p, c, status: status?.[0] as string });
  }
}
for (const floor of FLOORS) {
  const proposed = [...best.values()].filter((b) => b.p >= floor);
  const rightPair = proposed.filter((b) => positive(b.c)).length;
  const right = proposed.filter((b) =>
    b.c.expected.some((e) => e.status === b.status && (e.personnel === null || e.personnel === b.c.personnel)),
  ).length;
  console.log(`p >= ${floor}: proposes ${proposed.length}, right pair ${rightPair}, right fact ${right}`);
}
