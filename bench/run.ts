// npm run bench -- --size tiny|medium|large [--iterations N] [--http-seconds N] [--no-http] [--rebuild] [--out FILE]
//   [--ingest-articles N] [--stream-articles N]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { type Context, createContext } from '../src/context.js';
import { type Db, openDatabase } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { encodeCursor } from '../src/db/pagination.js';
import { schema } from '../src/schema.js';
import { buildCorpus, CORPUS_SIZES, CORPUS_VERSION, type CorpusSize, type CorpusSummary } from './corpus.js';
import { createFloor } from './floor.js';
import { type HttpRun, loadTest } from './http.js';
import { type IngestFigures, measureIngest } from './ingest.js';
import { type Latency, measure } from './measure.js';
import { createNaiveContext } from './naive.js';
import { ARTICLE_PAGE, LIST_TRAVERSAL, OPERATIONS, P95_FLOORS, type Samples } from './operations.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: 'medium' },
    iterations: { type: 'string' },
    warmup: { type: 'string' },
    'http-seconds': { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    'no-http': { type: 'boolean', default: false },
    // Generated articles timed through extraction and ingest, and streamed through the CLI's code path.
    'ingest-articles': { type: 'string' },
    'stream-articles': { type: 'string' },
    // Measures just these operations (comma-separated names) and stops: for working on one of them.
    only: { type: 'string' },
    rebuild: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(ROOT, 'bench', 'results', 'latest.json') },
    cache: { type: 'string', default: path.join(ROOT, 'bench', '.cache') },
  },
});

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} takes a whole number above 0, got "${value}"`);
  return n;
}

const size = args.size as CorpusSize;
if (!(size in CORPUS_SIZES)) {
  console.error(`--size takes one of ${Object.keys(CORPUS_SIZES).join(', ')}, got "${args.size}"`);
  process.exit(2);
}
const iterations = positive('iterations', args.iterations, size === 'tiny' ? 20 : 200);
const warmup = positive('warmup', args.warmup, Math.min(20, iterations));
const httpSeconds = positive('http-seconds', args['http-seconds'], 10);
const connections = positive('connections', args.connections, 16);
const ingestArticles = positive('ingest-articles', args['ingest-articles'], size === 'tiny' ? 20 : 1000);
const streamArticles = positive('stream-articles', args['stream-articles'], size === 'tiny' ? 20 : 10_000);

/** Builds the corpus once per size and generator version, and keeps it for the next run. */
function corpusDatabase(): { file: string; summary: CorpusSummary; builtNow: boolean } {
  fs.mkdirSync(args.cache, { recursive: true });
  const file = path.join(args.cache, `corpus-${size}-v${CORPUS_VERSION}.db`);
  const summaryFile = `${file}.json`;
  if (!args.rebuild && fs.existsSync(file) && fs.existsSync(summaryFile)) {
    // A corpus cached before a schema change gets the new migrations (indexes) before it is measured.
    const db = openDatabase(file);
    migrateDatabase(db);
    db.$client.close();
    return { file, summary: JSON.parse(fs.readFileSync(summaryFile, 'utf8')), builtNow: false };
  }
  for (const stale of [file, `${file}-wal`, `${file}-shm`, summaryFile]) fs.rmSync(stale, { force: true });
  const db = openDatabase(file);
  migrateDatabase(db);
  const summary = buildCorpus(db, {
    size,
    onProgress: (done, total) => process.stderr.write(`\rbuilding the ${size} corpus: ${done}/${total} articles`),
  });
  process.stderr.write('\n');
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
  fs.writeFileSync(summaryFile, JSON.stringify(summary, null, 2));
  return { file, summary, builtNow: true };
}

function graphqlRunner(
  db: Db,
  query: string,
  variables: Record<string, unknown>,
  contextFor: (db: Db) => Context = createContext,
) {
  // Compiled by graphql-jit, as the server runs every query and mutation that gives all its variables.
  const compiled = compileQuery(schema, parse(query));
  if (!isCompiledQuery(compiled)) throw new Error(`${query.slice(0, 40)}…: ${compiled.errors?.[0]?.message}`);
  return async () => {
    const result = await compiled.query(undefined, contextFor(db), variables);
    if (result.errors?.length) throw new Error(`${query.slice(0, 40)}…: ${result.errors[0]?.message}`);
    return JSON.stringify(result.data);
  };
}

async function main() {
  const { file, summary, builtNow } = corpusDatabase();
  const samples: Samples = summary.samples;
  let statements = 0;
  const db = openDatabase(file, { onQuery: () => statements++ });
  const statementsOf = async (run: () => Promise<unknown>) => {
    statements = 0;
    await run();
    return statements;
  };

  console.log(
    `newsgraph benchmark: ${size} corpus (${summary.articles} articles), ${iterations} iterations after ${warmup} warm-up`,
  );

  const only = args.only?.split(',').map((name) => name.trim());
  const unknown = only?.filter((name) => !OPERATIONS.some((o) => o.name === name)) ?? [];
  if (unknown.length) throw new Error(`--only names no operation "${unknown.join('", "')}"`);
  const operations: Array<{ name: string; what: string; latency: Latency; sqlStatements: number }> = [];
  for (const operation of OPERATIONS.filter((o) => !only || only.includes(o.name))) {
    const run = graphqlRunner(db, operation.query, operation.variables(samples));
    const sqlStatements = await statementsOf(run);
    const latency = await measure(run, iterations, warmup);
    operations.push({ name: operation.name, what: operation.what, latency, sqlStatements });
  }

  if (only) {
    console.table(
      Object.fromEntries(operations.map((o) => [o.name, { ...o.latency, 'SQL statements': o.sqlStatements }])),
    );
    db.$client.close();
    return;
  }

  // Keyset paging: the 1,000th page of 50 (or the last full page of a smaller corpus) against the first.
  const pageNumber = Math.min(1000, Math.floor(summary.articles / 50));
  const cursorRow = db.$client
    .prepare('SELECT published_on, id FROM articles ORDER BY published_on DESC, id DESC LIMIT 1 OFFSET ?')
    .raw()
    .get((pageNumber - 1) * 50 - 1) as [string, number];
  const deepPage = {
    pageNumber,
    first: await measure(graphqlRunner(db, ARTICLE_PAGE, {}), iterations, warmup),
    deep: await measure(
      graphqlRunner(db, ARTICLE_PAGE, { after: encodeCursor({ name: 'NEWEST' }, cursorRow) }),
      iterations,
      warmup,
    ),
  };
  const deepOverFirst = round2(deepPage.deep.p50Ms / deepPage.first.p50Ms);

  const listOf = (first: number) => graphqlRunner(db, LIST_TRAVERSAL, { first });
  // A small page may lack some kinds of rows (no organization among its speakers) and so skip a
  // loader; growth is judged between two full pages, where N+1 would double the count.
  const growth = {
    first5: await statementsOf(listOf(5)),
    first50: await statementsOf(listOf(50)),
    first100: await statementsOf(listOf(100)),
  };

  // The list traversal three ways, on the same page of 50 articles; all three must agree.
  const newsgraph = listOf(50);
  const naive = graphqlRunner(db, LIST_TRAVERSAL, { first: 50 }, createNaiveContext);
  const floorQuery = createFloor(db.$client);
  const floor = async () => JSON.stringify(floorQuery(50));
  const expected = await newsgraph();
  if ((await floor()) !== expected) throw new Error('the hand-written SQL does not produce the list traversal JSON');
  if ((await naive()) !== expected) throw new Error('the naive resolvers do not produce the list traversal JSON');
  const naiveStatements = await statementsOf(naive);
  const comparison = {
    newsgraph: await measure(newsgraph, iterations, warmup),
    floor: await measure(floor, iterations, warmup),
    naive: await measure(naive, Math.max(5, Math.ceil(iterations / 4)), Math.min(5, warmup)),
    naiveStatements,
  };
  const ratios = {
    newsgraphOverFloor: round2(comparison.newsgraph.p50Ms / comparison.floor.p50Ms),
    naiveOverNewsgraph: round2(comparison.naive.p50Ms / comparison.newsgraph.p50Ms),
  };
  db.$client.close();

  let http: HttpRun | null = null;
  if (!args['no-http']) {
    const bodyOf = (name: string) => {
      const operation = OPERATIONS.find((o) => o.name === name);
      if (!operation) throw new Error(`no operation ${name}`);
      return JSON.stringify({ query: operation.query, variables: operation.variables(samples) });
    };
    http = await loadTest(
      file,
      [
        { name: 'list traversal (50)', body: bodyOf('list traversal (50)') },
        { name: 'country page (dashboard)', body: bodyOf('country page') },
      ],
      { connections, seconds: httpSeconds },
    );
  }

  const ingest = await measureIngest(ingestArticles, streamArticles);

  const floors = [
    floorCheck('list traversal / hand-written SQL (p50)', ratios.newsgraphOverFloor, '<=', 2.5),
    floorCheck('naive resolvers / list traversal (p50)', ratios.naiveOverNewsgraph, '>=', 10),
    floorCheck('SQL statements, first 100 minus first 50', growth.first100 - growth.first50, '<=', 0),
    ...(http
      ? [
          floorCheck(
            'HTTP errors',
            http.results.reduce((n, r) => n + r.errors + r.non2xx + r.timeouts, 0),
            '<=',
            0,
          ),
          floorCheck('server peak RSS (MB)', http.peakRssMb, '<', 300),
        ]
      : []),
    ...(builtNow ? [floorCheck('corpus build (s)', summary.buildSeconds, '<', 600)] : []),
    ...operations
      .filter((o) => P95_FLOORS[o.name] !== undefined)
      .map((o) => floorCheck(`${o.name} (p95 ms)`, o.latency.p95Ms, '<', P95_FLOORS[o.name] as number)),
    floorCheck(`page ${pageNumber} / page 1 of articles (p50)`, deepOverFirst, '<=', 1.5),
    floorCheck('ingest: extraction (articles/s, one core)', ingest.extractionPerSecond, '>=', 200),
    floorCheck(
      `ingest: RSS added by the second half of a ${ingest.streaming.articles}-article stream (MB)`,
      round2(ingest.streaming.rssGrowthMb - ingest.streaming.rssGrowthFirstHalfMb),
      '<',
      STREAM_SECOND_HALF_GROWTH_MB,
    ),
  ];

  const report = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.platform()} ${os.release()}`,
    },
    versions: versions(),
    corpus: { ...summary, builtNow },
    settings: { iterations, warmup, httpSeconds, connections },
    operations,
    statementGrowth: growth,
    deepPage: { ...deepPage, deepOverFirst },
    listTraversal: { ...comparison, ratios },
    http,
    ingest,
    floors,
    floorsApply: size === 'large',
  };
  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  fs.writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
  printReport(report);
  console.log(`\nwrote ${path.relative(process.cwd(), args.out) || args.out}`);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Streaming ingest holds one article at a time, so its memory is bounded: after the first half of
 * the stream, by which the heap has reached its working size, the second half must add next to
 * nothing. Growth from the first article is printed too, but it measures V8 sizing its heap.
 */
const STREAM_SECOND_HALF_GROWTH_MB = 20;

function floorCheck(what: string, value: number, op: '<=' | '>=' | '<', bound: number) {
  const holds = op === '<=' ? value <= bound : op === '>=' ? value >= bound : value < bound;
  return { what, value, bound: `${op} ${bound}`, holds };
}

function versions() {
  const pkg = (name: string) =>
    JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version as string;
  const sqlite = openDatabase(':memory:');
  const sqliteVersion = sqlite.$client.prepare('SELECT sqlite_version() AS v').pluck().get() as string;
  sqlite.$client.close();
  return {
    node: process.version,
    sqlite: sqliteVersion,
    ...Object.fromEntries(
      ['graphql', 'graphql-yoga', '@pothos/core', 'drizzle-orm', 'better-sqlite3', 'dataloader', 'autocannon'].map(
        (n) => [n, pkg(n)],
      ),
    ),
  };
}

type Report = {
  corpus: CorpusSummary & { builtNow: boolean };
  operations: Array<{ name: string; latency: Latency; sqlStatements: number }>;
  statementGrowth: { first5: number; first50: number; first100: number };
  deepPage: { pageNumber: number; first: Latency; deep: Latency; deepOverFirst: number };
  listTraversal: {
    newsgraph: Latency;
    floor: Latency;
    naive: Latency;
    naiveStatements: number;
    ratios: Record<string, number>;
  };
  http: HttpRun | null;
  ingest: IngestFigures;
  floors: Array<{ what: string; value: number; bound: string; holds: boolean }>;
  floorsApply: boolean;
};

function printReport(r: Report) {
  const c = r.corpus;
  console.log(
    `\ncorpus: ${c.articles} articles, ${c.people} people, ${c.mentions} mentions, ${c.statements} statements, ` +
      `${c.casualtyReports} casualty reports, ${c.militaryDeployments} deployments; ` +
      `built in ${c.buildSeconds} s${c.builtNow ? '' : ' (cached from an earlier run)'}`,
  );
  console.log('\nin-process latency (ms)');
  console.table(
    Object.fromEntries(
      r.operations.map((o) => [
        o.name,
        { p50: o.latency.p50Ms, p95: o.latency.p95Ms, p99: o.latency.p99Ms, 'SQL statements': o.sqlStatements },
      ]),
    ),
  );
  console.log(
    `SQL statements of the list traversal: ${r.statementGrowth.first5} for 5 articles, ` +
      `${r.statementGrowth.first50} for 50, ${r.statementGrowth.first100} for 100`,
  );
  const d = r.deepPage;
  console.log(
    `keyset paging: page ${d.pageNumber} of 50 articles p50 ${d.deep.p50Ms} ms, page 1 ${d.first.p50Ms} ms ` +
      `(${d.deepOverFirst}x)`,
  );
  const l = r.listTraversal;
  console.log('\nlist traversal of 50 articles, three ways (ms)');
  console.table({
    newsgraph: { p50: l.newsgraph.p50Ms, p95: l.newsgraph.p95Ms, p99: l.newsgraph.p99Ms },
    'hand-written SQL (floor)': { p50: l.floor.p50Ms, p95: l.floor.p95Ms, p99: l.floor.p99Ms },
    [`naive resolvers (${l.naiveStatements} statements)`]: {
      p50: l.naive.p50Ms,
      p95: l.naive.p95Ms,
      p99: l.naive.p99Ms,
    },
  });
  console.log(
    `newsgraph / floor: ${l.ratios.newsgraphOverFloor}x   naive / newsgraph: ${l.ratios.naiveOverNewsgraph}x`,
  );
  if (r.http) {
    console.log(`\nHTTP on loopback (server peak RSS ${r.http.peakRssMb} MB)`);
    console.table(
      Object.fromEntries(
        r.http.results.map((h) => [
          h.operation,
          {
            'req/s': h.requestsPerSecond,
            'p50 ms': h.p50Ms,
            'p99 ms': h.p99Ms,
            errors: h.errors + h.non2xx + h.timeouts,
          },
        ]),
      ),
    );
  }
  const i = r.ingest;
  console.log(`\ningest of generated articles (${i.meanWords} words on average)`);
  console.table({
    [`extraction, no database (${i.articles} articles)`]: { 'articles/s': i.extractionPerSecond },
    [`whole ingest into a temporary database (${i.articles} articles)`]: { 'articles/s': i.ingestPerSecond },
    [`streamed from ${i.streaming.fileMb} MB of ndjson through the CLI (${i.streaming.articles} articles)`]: {
      'articles/s': i.streaming.perSecond,
    },
  });
  console.log(
    `streaming memory: RSS ${i.streaming.rssStartMb} MB at the start, peak ${i.streaming.rssPeakMb} MB ` +
      `(+${i.streaming.rssGrowthMb} MB; +${i.streaming.rssGrowthFirstHalfMb} MB by half way)`,
  );
  console.log(`\nfloors${r.floorsApply ? '' : ' (they apply to the large corpus; shown for reference)'}`);
  console.table(Object.fromEntries(r.floors.map((f) => [f.what, { value: f.value, bound: f.bound, holds: f.holds }])));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
