/**
 * `newsgraph ingest <path…>`: every record of every input through the
 * pipeline, one transaction each. A progress bar on a terminal, one line per
 * article otherwise; then a summary (articles new, updated, unchanged and
 * failed; facts by type; each failure with its file, line and reason).
 */
import cliProgress from 'cli-progress';
import type { Db } from '../db/client.js';
import { type IngestOptions, type IngestStatus, ingestArticle } from './pipeline.js';
import { expandPaths, readSources, type SourceItem } from './sources.js';
import { FACT_TYPES, noFacts } from './store.js';

export interface IngestRun {
  articles: Record<IngestStatus, number>;
  facts: ReturnType<typeof noFacts>;
  failures: Array<{ where: string; reason: string }>;
}

export interface IngestCommandOptions extends IngestOptions {
  out: NodeJS.WritableStream;
  /** Where the progress bar goes when it is a terminal. */
  progress?: NodeJS.WriteStream;
  stdin?: NodeJS.ReadableStream;
}

const where = (item: Pick<SourceItem, 'file' | 'line'>) =>
  item.line === null ? item.file : `${item.file}:${item.line}`;

export async function runIngest(db: Db, paths: string[], options: IngestCommandOptions): Promise<IngestRun> {
  const run: IngestRun = { articles: { NEW: 0, UPDATED: 0, UNCHANGED: 0, FAILED: 0 }, facts: noFacts(), failures: [] };
  const tty = options.progress?.isTTY === true;
  const bar = tty
    ? new cliProgress.SingleBar(
        {
          stream: options.progress,
          format: 'ingest [{bar}] {value}/{total} files | {articles} articles | {failed} failed',
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(expandPaths(paths).length, 0, { articles: 0, failed: 0 });
  let file: string | null = null;
  for await (const item of readSources(paths, { stdin: options.stdin })) {
    if (file !== null && item.file !== file) bar?.increment();
    file = item.file;
    const result = item.record
      ? ingestArticle(db, item.record, options)
      : { status: 'FAILED' as const, reason: item.error, url: null, counts: noFacts() };
    run.articles[result.status]++;
    for (const type of FACT_TYPES) run.facts[type] += result.counts[type];
    if (result.status === 'FAILED') run.failures.push({ where: where(item), reason: result.reason ?? 'failed' });
    if (bar)
      bar.update({
        articles: run.articles.NEW + run.articles.UPDATED + run.articles.UNCHANGED,
        failed: run.articles.FAILED,
      });
    else {
      const detail = result.status === 'FAILED' ? result.reason : result.url;
      options.out.write(`${result.status.toLowerCase().padEnd(9)} ${where(item)}  ${detail}\n`);
    }
  }
  if (file !== null) bar?.increment();
  bar?.stop();
  options.out.write(summary(run));
  return run;
}

export function summary(run: IngestRun): string {
  const a = run.articles;
  const lines = [
    `articles: ${a.NEW} new, ${a.UPDATED} updated, ${a.UNCHANGED} unchanged, ${a.FAILED} failed`,
    `facts: ${FACT_TYPES.map((t) => `${t} ${run.facts[t]}`).join(', ')}`,
  ];
  if (run.failures.length) {
    lines.push('failures:');
    for (const f of run.failures) lines.push(`  ${f.where}: ${f.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
