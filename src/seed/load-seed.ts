import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../db/client.js';
import { articles } from '../db/schema/index.js';
import { SEED_LOADER } from '../history/change-log.js';
import { CURATED, writeArticleGraph } from '../ingest/store.js';
import { bodyFromRawPage, type SeedFile, type SeedSpan } from './seed-file.js';

export const SEED_FOLDER = fileURLToPath(new URL('../../data/seed', import.meta.url));

/** Every seed file in data/seed, in name order. */
export function seedFiles(folder = SEED_FOLDER): string[] {
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(folder, f));
}

export function readSeedFile(file: string): { seed: SeedFile; body: string; raw: string } {
  const seed = JSON.parse(fs.readFileSync(file, 'utf8')) as SeedFile;
  const raw = fs.readFileSync(path.join(path.dirname(file), seed.article.rawFile), 'utf8');
  return { seed, raw, body: bodyFromRawPage(raw, seed.article.furniture, seed.photos) };
}

/** Throws unless every span of the seed lies in the body and reads exactly as recorded. */
export function checkSpans(seed: SeedFile, body: string, file: string): void {
  const spans: Array<[string, SeedSpan]> = [
    ...seed.roles.map((f, i) => [`roles[${i}].evidence`, f.evidence] as [string, SeedSpan]),
    ...seed.mentions.map((f, i) => [`mentions[${i}].evidence`, f.evidence] as [string, SeedSpan]),
    ...seed.statements.flatMap((f, i) => [
      [`statements[${i}].evidence`, f.evidence] as [string, SeedSpan],
      [`statements[${i}].speakerSpan`, f.speakerSpan] as [string, SeedSpan],
    ]),
    ...seed.casualtyReports.map((f, i) => [`casualtyReports[${i}].evidence`, f.evidence] as [string, SeedSpan]),
    ...seed.militaryDeployments.map((f, i) => [`militaryDeployments[${i}].evidence`, f.evidence] as [string, SeedSpan]),
  ];
  for (const [where, span] of spans) {
    const found = body.slice(span.start, span.end);
    if (span.end > body.length || found !== span.text) {
      throw new Error(`${file}: ${where} [${span.start}, ${span.end}) reads "${found}", not "${span.text}"`);
    }
  }
}

/**
 * Loads one curated seed article and its facts in one transaction, through the
 * writer ingest uses (ingest/store.ts). Loading it again replaces its curated
 * facts; entities are linked to those already stored, so a reload creates no
 * duplicates and leaves other articles' references alone.
 */
export function loadSeedFile(db: Db, file: string): number {
  const { seed, body } = readSeedFile(file);
  checkSpans(seed, body, file);
  return db.transaction((tx) => writeArticleGraph(tx, seed, body, CURATED, file, SEED_LOADER).articleId);
}

/** Loads every seed file; used by `npm start` on an empty database and by `npm run db:seed`. */
export function loadSeed(db: Db, folder = SEED_FOLDER): number[] {
  return seedFiles(folder).map((file) => loadSeedFile(db, file));
}

export function isEmpty(db: Db): boolean {
  return db.select({ id: articles.id }).from(articles).limit(1).get() === undefined;
}
