import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Caller } from '../auth/token.service.js';
import type { Db } from '../db/client.js';
import { articles, type EditRow, edits } from '../db/schema/index.js';
import type { Tx } from '../ingest/link.js';
import { type FactType, factTypes, recordOf, tableOf } from './editable.js';

/** Who made a change, as the change log records it: a token's holder, or a process of the system itself. */
export type ChangeAuthor = Pick<Caller, 'name' | 'tokenId'> & { role: Caller['role'] | 'system' };

/** The command-line ingest: no token stands behind it, only whoever could run it on the server. */
export const INGEST_CLI: ChangeAuthor = { name: 'ingest (CLI)', role: 'system', tokenId: null };

/** The curated seed loader (`npm start` on an empty database, `npm run db:seed`). */
export const SEED_LOADER: ChangeAuthor = { name: 'seed loader', role: 'system', tokenId: null };

/** The ids of an article's facts by type. */
export type FactIds = Record<FactType, number[]>;

/**
 * An article as an INGEST entry keeps it: its fields but the body (the
 * article row has it; copying it into the log would double what an ingest
 * writes), and the ids of the facts the pipeline proposed for it.
 */
export interface IngestSnapshot extends Record<string, unknown> {
  facts: FactIds;
}

export function ingestSnapshot(tx: Tx, articleId: number): IngestSnapshot | null {
  const row = tx.select().from(articles).where(eq(articles.id, articleId)).get();
  if (!row) return null;
  const { body: _body, ...fields } = recordOf(row);
  const facts = {} as FactIds;
  for (const type of factTypes) {
    const table = tableOf(type) as ReturnType<typeof tableOf> & { articleId: typeof articles.id };
    facts[type] = tx
      .select({ id: table.id })
      .from(table)
      .where(
        and(
          eq(table.articleId, articleId),
          sql`method = 'EXTRACTED'`,
          sql`review_status = 'PROPOSED'`,
          sql`retracted_at IS NULL`,
        ),
      )
      .orderBy(asc(table.id))
      .all()
      .map((r) => r.id as number);
  }
  return { ...fields, facts };
}

/**
 * Appends one INGEST entry for an article the pipeline wrote, in the
 * pipeline's transaction: the article before (null when new) and after, each
 * with the ids of its proposed facts, so that a subscriber learns which facts
 * were created and which replaced without one entry per fact.
 */
export function logIngest(tx: Tx, author: ChangeAuthor, articleId: number, before: IngestSnapshot | null): void {
  const after = ingestSnapshot(tx, articleId);
  if (!after) throw new Error(`ingested article ${articleId} is not stored`);
  const entry = tx
    .insert(edits)
    .values({
      changeSet: 0,
      tokenId: author.tokenId,
      callerName: author.name,
      callerRole: author.role,
      action: 'INGEST',
      entityType: 'Article',
      entityId: articleId,
      before: before && JSON.stringify(before),
      after: JSON.stringify(after),
    })
    .returning({ id: edits.id })
    .get();
  tx.update(edits).set({ changeSet: entry.id }).where(eq(edits.id, entry.id)).run();
}

/** The change log after `id`, oldest first, at most `limit` entries. */
export function changesAfter(db: Db, id: number, limit: number): EditRow[] {
  return db.select().from(edits).where(gt(edits.id, id)).orderBy(asc(edits.id)).limit(limit).all();
}

/** The id of the latest change (0 before any): one read of the primary key's last entry. */
export function changeLogHead(db: Db): number {
  return (
    db
      .select({ head: sql<number | null>`max(${edits.id})` })
      .from(edits)
      .get()?.head ?? 0
  );
}
