/**
 * Ingest throughput: generated news articles of about 700 words (deterministic for a seed) through
 * extraction alone (analyzeRecord, no database), through the whole ingest into a temporary database
 * (ingestArticle, one transaction each), and streamed from an .ndjson file through the CLI, run as a
 * user runs it in a process of its own, whose resident memory is sampled as each article's line comes out.
 */

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { analyzeRecord, ingestArticle, type RawRecord } from '../src/ingest/pipeline.js';
import { Rng } from './corpus.js';
import { ROOT, rssOf, scriptNodeFlags } from './process.js';

const COUNTRIES: ReadonlyArray<{ name: string; demonym: string; capital: string }> = [
  { name: 'Russia', demonym: 'Russian', capital: 'Moscow' },
  { name: 'Kyrgyzstan', demonym: 'Kyrgyz', capital: 'Bishkek' },
  { name: 'Kazakhstan', demonym: 'Kazakh', capital: 'Astana' },
  { name: 'Poland', demonym: 'Polish', capital: 'Warsaw' },
  { name: 'Germany', demonym: 'German', capital: 'Berlin' },
  { name: 'France', demonym: 'French', capital: 'Paris' },
  { name: 'Niger', demonym: 'Nigerien', capital: 'Niamey' },
  { name: 'Lithuania', demonym: 'Lithuanian', capital: 'Vilnius' },
  { name: 'Romania', demonym: 'Romanian', capital: 'Bucharest' },
  { name: 'Kenya', demonym: 'Kenyan', capital: 'Nairobi' },
  { name: 'Georgia', demonym: 'Georgian', capital: 'Tbilisi' },
  { name: 'Japan', demonym: 'Japanese', capital: 'Tokyo' },
];
const FIRST = ['Anna', 'Marek', 'Laura', 'Ion', 'Samia', 'Adam', 'Nino', 'Erik', 'Helena', 'Michael', 'Grace', 'Omar'];
const LAST = ['Nowicki', 'Kimball', 'Cebotari', 'Mrisho', 'Kapanadze', 'Lund', 'Rocha', 'Lueth', 'Sato', 'Haddad'];
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'General'];
const OCCUPATIONS = ['an analyst', 'a resident', 'a lawyer', 'a witness', 'an opposition lawmaker', 'a trader'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve'];
const QUOTES = [
  'We will not accept any outside interference in our affairs',
  'The situation on the ground remains very tense and we are watching it closely',
  'Our soldiers are there to protect civilians, not to take sides',
  'Nobody expected the talks to collapse so quickly',
  'We have asked for help and we are grateful that it came',
  'This is a dangerous moment for the whole region',
];
const CLAUSES = [
  'the government would not negotiate under pressure',
  'the troops would stay until order was restored',
  'more aid would reach the region within days',
  'the border would reopen once the fighting stopped',
  'an investigation into the shooting had begun',
];
const BACKGROUND = [
  'The talks, the third round this year, ended without agreement, and diplomats said a new round could begin next month if both sides kept the ceasefire.',
  'Prices of bread and fuel have risen sharply since the spring, and many families in the poorer districts of the capital now queue for hours at aid centres run by local charities.',
  'The region has seen repeated unrest since independence, with disputes over land, water and grazing rights often turning violent in the border villages.',
  'Opposition parties have called for early elections, accusing the government of corruption and of using the security services against its critics.',
  'Trade between the two countries fell by a fifth last year, according to official figures, as sanctions and higher transport costs took their toll.',
];

/** Articles of about `words` words, deterministic for `seed`: quotes, reported speech, tolls, deployments, background. */
export function generateArticles(count: number, seed = 7, words = 700): RawRecord[] {
  const rng = new Rng(seed);
  const articles: RawRecord[] = [];
  for (let n = 0; n < count; n++) {
    const home = rng.pick(COUNTRIES);
    let other = rng.pick(COUNTRIES);
    while (other === home) other = rng.pick(COUNTRIES);
    const person = () => `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
    const paragraphs: string[] = [];
    let total = 0;
    while (total < words) {
      const day = rng.pick(DAYS);
      const kind = rng.int(0, 5);
      const p =
        kind === 0
          ? `At least ${rng.int(3, 90)} people were killed and ${rng.pick(NUMBER_WORDS)} were wounded in clashes in ${home.capital} on ${day}, officials said. Police said they had arrested more than ${rng.int(10, 400)} people, and dozens of families were displaced from their homes.`
          : kind === 1
            ? `${other.name} sent ${rng.int(2, 9) * 50} troops to ${home.name} on ${day} to protect its embassy and citizens, the ${other.demonym} Defence Ministry said. Two companies of paratroopers have arrived at an air base near ${home.capital}.`
            : kind === 2
              ? `"${rng.pick(QUOTES)}," said ${person()}, ${rng.pick(OCCUPATIONS)} in ${home.capital}. "${rng.pick(QUOTES)}."`
              : kind === 3
                ? `${home.demonym} ${rng.pick(TITLES)} ${person()} told reporters in ${home.capital} on ${day} that ${rng.pick(CLAUSES)}. He said ${rng.pick(CLAUSES)}.`
                : rng.pick(BACKGROUND);
      paragraphs.push(p);
      total += p.split(/\s+/).length;
    }
    articles.push({
      url: `https://bench.example/${seed}/${n}`,
      title: `Unrest in ${home.name} (${n})`,
      body: paragraphs.join('\n\n'),
      publishedAt: `2024-0${rng.int(1, 9)}-1${rng.int(0, 9)}T08:00:00Z`,
      publisher: 'Bench News',
    });
  }
  return articles;
}

const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000);

export interface IngestFigures {
  articles: number;
  meanWords: number;
  /** analyzeRecord alone, one core. */
  extractionPerSecond: number;
  /** ingestArticle into a fresh temporary database, one transaction per article. */
  ingestPerSecond: number;
  streaming: {
    articles: number;
    fileMb: number;
    /** From the first article's line to the last, so the process's start-up is not counted. */
    perSecond: number;
    /** The CLI process's resident memory when its first article was stored, and its peak after. */
    rssStartMb: number;
    rssPeakMb: number;
    rssGrowthMb: number;
    /** The same growth over the first half of the stream: a leak shows as the second half adding as much again. */
    rssGrowthFirstHalfMb: number;
  };
}

/** Extraction and ingest over `count` articles; streaming over `streamCount`. */
export async function measureIngest(count: number, streamCount: number): Promise<IngestFigures> {
  const articles = generateArticles(count);
  const warm = Math.min(20, count);
  for (const a of articles.slice(0, warm)) analyzeRecord(a);
  let start = performance.now();
  for (const a of articles) analyzeRecord(a);
  const extractionPerSecond = perSecond(count, performance.now() - start);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-ingest-'));
  try {
    const db = openDatabase(path.join(dir, 'ingest.db'));
    migrateDatabase(db);
    start = performance.now();
    for (const a of articles) {
      const result = ingestArticle(db, a);
      if (result.status !== 'NEW') throw new Error(`ingest bench: ${a.url} was ${result.status}: ${result.reason}`);
    }
    const ingestPerSecond = perSecond(count, performance.now() - start);
    db.$client.close();

    const file = path.join(dir, 'articles.ndjson');
    const out = fs.openSync(file, 'w');
    // Written in slices so the generator never holds the whole stream either.
    for (let from = 0; from < streamCount; from += 1000) {
      const slice = generateArticles(Math.min(1000, streamCount - from), 1000 + from);
      fs.writeSync(out, `${slice.map((a) => JSON.stringify(a)).join('\n')}\n`);
    }
    fs.closeSync(out);
    const stream = await streamThroughCli(file, path.join(dir, 'stream.db'), streamCount);
    if (stream.stored !== streamCount) {
      throw new Error(`ingest bench: ${stream.stored} of ${streamCount} streamed articles were new`);
    }
    const tenths = (megabytes: number) => Math.round(megabytes * 10) / 10;
    return {
      articles: count,
      meanWords: Math.round(articles.reduce((n, a) => n + a.body.split(/\s+/).length, 0) / count),
      extractionPerSecond,
      ingestPerSecond,
      streaming: {
        articles: streamCount,
        fileMb: tenths(fs.statSync(file).size / 2 ** 20),
        perSecond: perSecond(streamCount - 1, stream.ms),
        rssStartMb: tenths(stream.rssStart),
        rssPeakMb: tenths(stream.peak),
        rssGrowthMb: tenths(stream.peak - stream.rssStart),
        rssGrowthFirstHalfMb: tenths(stream.peakFirstHalf - stream.rssStart),
      },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `npm run ingest -- FILE` (its node and flags, without npm in between) in a
 * process of its own, into a fresh database. Measured in the benchmark's own
 * process, the stream's memory depended on whatever the earlier measurements
 * had left in the heap (its start varied by 100 MB between runs); a process
 * of its own is also how an editor runs it. The CLI prints a line per
 * article, and the process's memory is read at each.
 */
function streamThroughCli(file: string, dbFile: string, count: number) {
  const child = spawn(
    process.execPath,
    [...scriptNodeFlags('ingest'), '--import', 'tsx', 'src/cli.ts', 'ingest', file],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_PATH: dbFile },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const pid = child.pid as number;
  let lines = 0;
  let stored = 0;
  let pending = '';
  let rssStart = 0;
  let peak = 0;
  let peakFirstHalf = 0;
  let firstAt = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    const text = pending + chunk.toString();
    const complete = text.split('\n');
    pending = complete.pop() ?? '';
    const articleLines = complete.filter((line) => /^(new|updated|unchanged|failed) /.test(line));
    if (articleLines.length === 0) return;
    stored += articleLines.filter((line) => line.startsWith('new ')).length;
    const rss = rssOf(pid).rssMb;
    if (lines === 0) {
      rssStart = rss;
      firstAt = performance.now();
    }
    lines += articleLines.length;
    peak = Math.max(peak, rss);
    if (lines <= count / 2) peakFirstHalf = peak;
  });
  return new Promise<{ stored: number; ms: number; rssStart: number; peak: number; peakFirstHalf: number }>(
    (resolve, reject) => {
      child.on('error', reject);
      child.on('close', (status) => {
        if (status !== 0) reject(new Error(`ingest bench: the CLI exited with status ${status}`));
        else resolve({ stored, ms: performance.now() - firstAt, rssStart, peak, peakFirstHalf });
      });
    },
  );
}
