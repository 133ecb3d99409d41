import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Caller } from '../auth/token.service.js';
import type { Db } from '../db/client.js';
import { edits } from '../db/schema/index.js';
import { ConflictError, NotFoundError } from '../errors.js';
import {
  type AliasedType,
  type AnyRow,
  aliasTables,
  type EditableType,
  isAliasedType,
  type Reference,
  recordOf,
  referencesTo,
  tableOf,
} from './editable.js';

/** What a change did, as history records it. */
export const editActions = [
  'CREATE',
  'UPDATE',
  'REVIEW',
  'RETRACT',
  'RESTORE',
  'MERGE',
  'ADD_ALIAS',
  'REMOVE_ALIAS',
  'UNDO',
  'INGEST',
] as const;
export type EditAction = (typeof editActions)[number];

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** A record as history keeps it: its row, and for people, organizations and places their aliases. */
export type Snapshot = AnyRow & { aliases?: string[] };

export interface WriteOptions {
  action: EditAction;
  /** The revision the caller read; a different current one is a conflict. Omitted: no check (bulk review). */
  revision?: number;
  note?: string | null;
  /** Replaces the record's aliases (people, organizations, places). */
  aliases?: string[];
  /** Whether the record may be retracted (only a restore and an undo touch retracted records). */
  retracted?: boolean;
}

/**
 * The one way the API changes an editable record. Each method writes the
 * change and its history entry (who, when, what, before and after) in the
 * transaction `write` opened, so no mutation can change a record without a
 * trace, and a failure anywhere leaves nothing behind.
 */
export class Writer {
  private changeSet: number | null = null;

  constructor(
    readonly tx: Tx,
    readonly caller: Caller,
  ) {}

  /** The record as it is now, retracted or not; null when there is none. */
  read(type: EditableType, id: number): Snapshot | null {
    const table = tableOf(type);
    const row = this.tx.select().from(table).where(eq(table.id, id)).get() as AnyRow | undefined;
    if (!row) return null;
    const record = recordOf(row);
    return isAliasedType(type) ? { ...record, aliases: this.aliasesOf(type, id) } : record;
  }

  /** The live record, or NotFoundError naming it. */
  live(type: EditableType, id: number, what = `${type} ${id}`): Snapshot {
    const row = this.read(type, id);
    if (!row || row.retractedAt) {
      throw new NotFoundError(`${what} does not exist${row ? ' (it was retracted; restore it first)' : ''}.`);
    }
    return row;
  }

  /** The live records that point at this one, by referring column; only columns with some. */
  liveReferencesTo(type: EditableType, id: number): Array<{ ref: Reference; ids: number[] }> {
    return referencesTo(type)
      .map((ref) => {
        const table = tableOf(ref.type);
        const ids = this.tx
          .select({ id: table.id })
          .from(table)
          .where(and(eq(ref.column, id), isNull(table.retractedAt)))
          .orderBy(asc(table.id))
          .all()
          .map((r) => r.id as number);
        return { ref, ids };
      })
      .filter((r) => r.ids.length > 0);
  }

  /** A caller that read another revision than the current one would overwrite a change it never saw. */
  assertRevision(type: EditableType, row: Snapshot, revision: number): void {
    if (revision !== row.revision) {
      throw new ConflictError(
        `${type} ${row.id} is at revision ${row.revision}, not ${revision}: someone changed it since you read it. Read it again and reapply your change.`,
        row.revision,
      );
    }
  }

  insert(type: EditableType, values: Record<string, unknown>, options: Omit<WriteOptions, 'action'> = {}): Snapshot {
    const table = tableOf(type);
    const row = this.tx.insert(table).values(values).returning().get() as AnyRow;
    if (options.aliases && isAliasedType(type)) this.replaceAliases(type, row.id, options.aliases);
    const after = this.read(type, row.id) as Snapshot;
    this.log(type, row.id, 'CREATE', null, after, options.note);
    return after;
  }

  update(type: EditableType, id: number, patch: Record<string, unknown>, options: WriteOptions): Snapshot {
    const before = this.read(type, id);
    if (!before) throw new NotFoundError(`${type} ${id} does not exist.`);
    if (before.retractedAt && !options.retracted) {
      throw new ConflictError(`${type} ${id} is retracted; restore it before changing it.`, before.revision);
    }
    if (options.revision !== undefined) this.assertRevision(type, before, options.revision);
    const table = tableOf(type);
    // The revision in the WHERE makes the check and the write one step, whatever else holds the database.
    const updated = this.tx
      .update(table)
      .set({ ...patch, revision: sql`${table.revision} + 1` })
      .where(and(eq(table.id, id), eq(table.revision, before.revision)))
      .returning({ id: table.id })
      .get();
    if (!updated) throw new ConflictError(`${type} ${id} changed while it was being updated.`, null);
    const aliasesChanged = options.aliases && JSON.stringify(options.aliases) !== JSON.stringify(before.aliases);
    if (options.aliases && aliasesChanged && isAliasedType(type)) this.replaceAliases(type, id, options.aliases);
    const after = this.read(type, id) as Snapshot;
    this.log(type, id, options.action, before, after, options.note);
    return after;
  }

  /** Every entry of one change set (one mutation), oldest first. */
  changeSetOf(entryId: number) {
    const entry = this.tx.select().from(edits).where(eq(edits.id, entryId)).get();
    if (!entry) return null;
    return this.tx.select().from(edits).where(eq(edits.changeSet, entry.changeSet)).orderBy(asc(edits.id)).all();
  }

  private aliasesOf(type: AliasedType, id: number): string[] {
    const { table, owner } = aliasTables[type];
    return this.tx
      .select({ alias: table.alias })
      .from(table)
      .where(eq(owner, id))
      .orderBy(asc(table.alias))
      .all()
      .map((r) => r.alias);
  }

  private replaceAliases(type: AliasedType, id: number, aliases: string[]): void {
    const { table, owner, ownerKey } = aliasTables[type];
    this.tx.delete(table).where(eq(owner, id)).run();
    for (const alias of new Set(aliases)) {
      this.tx
        .insert(table)
        .values({ [ownerKey]: id, alias } as never)
        .run();
    }
  }

  private log(
    type: EditableType,
    id: number,
    action: EditAction,
    before: Snapshot | null,
    after: Snapshot,
    note: string | null | undefined,
  ): void {
    const entry = this.tx
      .insert(edits)
      .values({
        changeSet: this.changeSet ?? 0,
        tokenId: this.caller.tokenId,
        callerName: this.caller.name,
        callerRole: this.caller.role,
        action,
        entityType: type,
        entityId: id,
        before: before && JSON.stringify(before),
        after: JSON.stringify(after),
        note: note ?? null,
      })
      .returning({ id: edits.id })
      .get();
    // A change set is named by its first entry.
    if (this.changeSet === null) {
      this.changeSet = entry.id;
      this.tx.update(edits).set({ changeSet: entry.id }).where(eq(edits.id, entry.id)).run();
    }
  }
}

/**
 * Runs `change` in one IMMEDIATE transaction: it takes the write lock before
 * reading, so two writers (two requests, two processes) queue on SQLite's busy
 * timeout instead of both reading a revision and one overwriting the other.
 */
export function write<T>(ctx: { db: Db; caller: Caller }, change: (writer: Writer) => T): T {
  try {
    return ctx.db.transaction((tx) => change(new Writer(tx, ctx.caller)), { behavior: 'immediate' });
  } catch (error) {
    // The checks in front should leave nothing for the schema's constraints to refuse; if one still
    // does (a merge that would make a deployment's two countries one), nothing was written.
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
      throw new ConflictError(
        `The change would break a rule of the store (${(error as Error).message}); nothing was written.`,
        null,
      );
    }
    if (code === 'SQLITE_BUSY') {
      throw new ConflictError('Another change held the database for too long; nothing was written. Retry.', null);
    }
    throw error;
  }
}
