import { and, desc, eq } from 'drizzle-orm';
import type { Caller } from '../auth/token.service.js';
import type { Db } from '../db/client.js';
import { edits } from '../db/schema/index.js';
import { ConflictError, NotFoundError, ValidationError } from '../errors.js';
import { type AliasedType, type EditableType, isFactType, referencesFrom } from '../history/editable.js';
import { type Snapshot, type Writer, write } from '../history/write-path.js';

type Ctx = { db: Db; caller: Caller };

const now = () => new Date().toISOString();

function describeReferences(refs: ReturnType<Writer['liveReferencesTo']>): string {
  return refs.map(({ ref, ids }) => `${ids.length} ${ref.type} record(s) by ${ref.key}`).join(', ');
}

/**
 * Retracts a record: it disappears from every read and stays in history. An
 * article takes its facts with it; an entity that live records still point
 * at stays (merge it, or change or retract those first), so no read ever
 * meets a reference to a record it cannot see.
 */
export function retractRecord(ctx: Ctx, type: EditableType, id: number, note: string | null = null): Snapshot {
  return write(ctx, (writer) => {
    const row = writer.live(type, id);
    const refs = writer.liveReferencesTo(type, id);
    const holding = refs.filter((r) => !r.ref.cascade);
    if (holding.length) {
      throw new ConflictError(
        `${type} ${id} is still referred to by ${describeReferences(holding)}; merge it into another ${type}, or change or retract those first.`,
        row.revision,
      );
    }
    const at = now();
    for (const { ref, ids } of refs) {
      for (const factId of ids) writer.update(ref.type, factId, { retractedAt: at }, { action: 'RETRACT', note });
    }
    return writer.update(type, id, { retractedAt: at }, { action: 'RETRACT', note });
  });
}

/**
 * Brings a retracted record back, with the records its retraction took along
 * (an article's facts) that have not changed since. What it refers to must
 * be live again first.
 */
export function restoreRecord(ctx: Ctx, type: EditableType, id: number, note: string | null = null): Snapshot {
  return write(ctx, (writer) => {
    const row = writer.read(type, id);
    if (!row) throw new NotFoundError(`${type} ${id} does not exist.`);
    if (!row.retractedAt) throw new ConflictError(`${type} ${id} is not retracted.`, row.revision);
    const retraction = writer.tx
      .select()
      .from(edits)
      .where(and(eq(edits.entityType, type), eq(edits.entityId, id), eq(edits.action, 'RETRACT')))
      .orderBy(desc(edits.id))
      .get();
    const restored = restoreOne(writer, type, row, note);
    for (const entry of retraction ? (writer.changeSetOf(retraction.id) ?? []) : []) {
      const other = writer.read(entry.entityType as EditableType, entry.entityId);
      const unchanged = other?.retractedAt && other.revision === (JSON.parse(entry.after) as Snapshot).revision;
      if (other && unchanged && !(entry.entityType === type && entry.entityId === id)) {
        restoreOne(writer, entry.entityType as EditableType, other, note);
      }
    }
    return restored;
  });
}

function restoreOne(writer: Writer, type: EditableType, row: Snapshot, note: string | null): Snapshot {
  for (const ref of referencesFrom(type)) {
    const target = row[ref.key] as number | null;
    if (target != null && writer.read(ref.target, target)?.retractedAt) {
      throw new ConflictError(
        `${type} ${row.id} refers by ${ref.key} to ${ref.target} ${target}, which is retracted; restore that first.`,
        row.revision,
      );
    }
  }
  return writer.update(type, row.id, { retractedAt: null }, { action: 'RESTORE', note, retracted: true });
}

/** Sets the review status of many facts at once: all of them or, if any cannot be, none. */
export function reviewFacts(
  ctx: Ctx,
  facts: Array<{ type: EditableType; id: number; globalId: string }>,
  status: string,
  note: string | null,
): Snapshot[] {
  const issues = facts.flatMap((f, i) =>
    isFactType(f.type) ? [] : [{ path: ['ids', String(i)], message: `"${f.globalId}" is a ${f.type}, not a fact` }],
  );
  if (facts.length === 0) issues.push({ path: ['ids'], message: 'name at least one fact' });
  if (issues.length) throw new ValidationError(issues);
  return write(ctx, (writer) =>
    facts.map((f) => {
      writer.live(f.type, f.id, `${f.type} "${f.globalId}"`);
      return writer.update(f.type, f.id, { reviewStatus: status }, { action: 'REVIEW', note });
    }),
  );
}

export interface MergeResult {
  survivor: Snapshot;
  merged: Snapshot;
  /** The merged record's entry: undoing its change set undoes the merge. */
  entryId: number;
}

/**
 * Merges two records of one person, organization or place: everything that
 * refers to `from` moves to `into`, `from`'s names become aliases of `into`,
 * and `from` is retracted. One change set, so `undo` reverses all of it.
 */
export function mergeRecords(ctx: Ctx, type: AliasedType, fromId: number, intoId: number): MergeResult {
  if (fromId === intoId)
    throw new ValidationError([{ path: ['into'], message: 'a record cannot be merged into itself' }]);
  return write(ctx, (writer) => {
    const from = writer.live(type, fromId, `${type} ${fromId} (from)`);
    const into = writer.live(type, intoId, `${type} ${intoId} (into)`);
    // A record that refers to `from` twice (a statement's speaker and addressee) changes once.
    const moves = new Map<string, { type: EditableType; id: number; patch: Record<string, number> }>();
    for (const { ref, ids } of writer.liveReferencesTo(type, fromId)) {
      for (const id of ids) {
        const key = `${ref.type}:${id}`;
        const move = moves.get(key) ?? { type: ref.type, id, patch: {} };
        move.patch[ref.key] = intoId;
        moves.set(key, move);
      }
    }
    for (const move of moves.values()) {
      writer.update(move.type, move.id, move.patch, { action: 'MERGE', note: `moved from ${type} ${fromId}` });
    }
    const names = [...(into.aliases ?? []), from.name as string, ...(from.aliases ?? [])];
    const survivor = writer.update(
      type,
      intoId,
      {},
      {
        action: 'MERGE',
        aliases: names.filter((n) => n !== into.name),
        note: `merged ${type} ${fromId} into it`,
      },
    );
    const merged = writer.update(
      type,
      fromId,
      { retractedAt: now() },
      { action: 'MERGE', note: `merged into ${type} ${intoId}` },
    );
    const entry = writer.tx
      .select({ id: edits.id })
      .from(edits)
      .where(and(eq(edits.entityType, type), eq(edits.entityId, fromId)))
      .orderBy(desc(edits.id))
      .get();
    return { survivor, merged, entryId: entry?.id as number };
  });
}

/** Adds or removes another name of a person, organization or place. */
export function changeAlias(ctx: Ctx, type: AliasedType, id: number, alias: string, add: boolean): Snapshot {
  const name = alias.trim();
  if (!name) throw new ValidationError([{ path: ['alias'], message: 'must not be empty' }]);
  return write(ctx, (writer) => {
    const row = writer.live(type, id);
    const aliases = row.aliases ?? [];
    if (add && (aliases.includes(name) || row.name === name)) {
      throw new ValidationError([{ path: ['alias'], message: `${row.name} already goes by "${name}"` }]);
    }
    if (!add && !aliases.includes(name)) {
      throw new ValidationError([{ path: ['alias'], message: `"${name}" is not an alias of ${row.name}` }]);
    }
    return writer.update(
      type,
      id,
      {},
      {
        action: add ? 'ADD_ALIAS' : 'REMOVE_ALIAS',
        aliases: add ? [...aliases, name] : aliases.filter((a) => a !== name),
      },
    );
  });
}

// Columns an undo never writes back: identity and bookkeeping.
const KEPT = new Set(['id', 'revision', 'createdAt', 'aliases']);

/**
 * Puts every record one change set (one mutation) touched back as it was
 * before, newest change first, provided none has changed since: an undo never
 * overwrites a later edit. Undone, a creation is retracted.
 */
export function undoChangeSet(ctx: Ctx, entryId: number): Array<{ type: EditableType; row: Snapshot }> {
  return write(ctx, (writer) => {
    const entries = writer.changeSetOf(entryId);
    if (!entries) throw new NotFoundError(`There is no history entry ${entryId}.`);
    // An ingest's entry keeps fact ids, not rows to write back.
    if (entries.some((e) => e.action === 'INGEST')) {
      throw new ValidationError([
        {
          path: ['historyEntry'],
          message: 'an ingest cannot be undone; retract the article, or review its proposed facts',
        },
      ]);
    }
    return entries.reverse().map((entry) => {
      const type = entry.entityType as EditableType;
      const before = entry.before === null ? null : (JSON.parse(entry.before) as Snapshot);
      const after = JSON.parse(entry.after) as Snapshot;
      const current = writer.read(type, entry.entityId) as Snapshot;
      if (current.revision !== after.revision) {
        throw new ConflictError(
          `${type} ${entry.entityId} has changed since (revision ${current.revision}, not ${after.revision}); undo those changes first.`,
          current.revision,
        );
      }
      const patch: Record<string, unknown> = before
        ? Object.fromEntries(Object.entries(before).filter(([k, v]) => !KEPT.has(k) && current[k] !== v))
        : { retractedAt: now() };
      const row = writer.update(type, entry.entityId, patch, {
        action: 'UNDO',
        retracted: true,
        aliases: before?.aliases,
        note: `undid change set ${entry.changeSet}`,
      });
      return { type, row };
    });
  });
}
