import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { articleSubjects, type EditRow, places } from '../db/schema/index.js';
import type { FactIds } from '../history/change-log.js';
import { type FactType, isFactType, tableOf } from '../history/editable.js';

export const factChangeKinds = ['CREATED', 'UPDATED', 'REVIEWED', 'RETRACTED', 'RESTORED', 'MERGED'] as const;
export type FactChangeKind = (typeof factChangeKinds)[number];

/** One fact's change, as a subscriber hears of it. */
export interface FactChange {
  changeId: number;
  kind: FactChangeKind;
  type: FactType;
  id: number;
  /** The article the fact rests on (a fact an ingest replaced is gone from the store, its article is not). */
  articleId: number;
}

export interface ArticleIngested {
  changeId: number;
  articleId: number;
  status: 'NEW' | 'UPDATED';
}

const json = (text: string | null) => (text === null ? null : (JSON.parse(text) as Record<string, unknown>));

const KIND_OF_ACTION: Partial<Record<string, FactChangeKind>> = {
  CREATE: 'CREATED',
  UPDATE: 'UPDATED',
  REVIEW: 'REVIEWED',
  RETRACT: 'RETRACTED',
  RESTORE: 'RESTORED',
  MERGE: 'MERGED',
};

/** The INGEST entry of an article, as an `articleIngested` event. */
export function articleIngestedOf(entry: EditRow): ArticleIngested | null {
  if (entry.action !== 'INGEST') return null;
  return { changeId: entry.id, articleId: entry.entityId, status: entry.before === null ? 'NEW' : 'UPDATED' };
}

/**
 * The facts one change-log entry changed: the fact an editor's entry is
 * about, or every fact an ingest proposed (CREATED) and every proposal it
 * replaced (RETRACTED: a re-ingest deletes them). An undo is told as what it
 * did to the fact: retracted, restored, or updated.
 */
export function factChangesOf(entry: EditRow): FactChange[] {
  // Every subscriber of a process is handed the same entry as the feed polls it: read it once.
  let changes = changesOfEntry.get(entry);
  if (!changes) {
    changes = readFactChanges(entry);
    changesOfEntry.set(entry, changes);
  }
  return changes;
}

const changesOfEntry = new WeakMap<EditRow, FactChange[]>();

function readFactChanges(entry: EditRow): FactChange[] {
  if (entry.action === 'INGEST') {
    const before = (json(entry.before)?.facts ?? {}) as Partial<FactIds>;
    const after = (json(entry.after)?.facts ?? {}) as Partial<FactIds>;
    const changes: FactChange[] = [];
    const add = (kind: FactChangeKind, type: FactType, id: number) =>
      changes.push({ changeId: entry.id, kind, type, id, articleId: entry.entityId });
    for (const [type, ids] of Object.entries(before) as Array<[FactType, number[]]>) {
      const kept = new Set(after[type] ?? []);
      for (const id of ids) if (!kept.has(id)) add('RETRACTED', type, id);
    }
    // The store may give a replaced fact's id to a new one: that id is told as created, its fact is new.
    for (const [type, ids] of Object.entries(after) as Array<[FactType, number[]]>) {
      for (const id of ids) add('CREATED', type, id);
    }
    return changes;
  }
  const type = entry.entityType as FactType;
  if (!isFactType(type)) return [];
  const before = json(entry.before);
  const after = json(entry.after) as Record<string, unknown>;
  let kind = KIND_OF_ACTION[entry.action];
  if (entry.action === 'UNDO') {
    kind =
      after.retractedAt && !before?.retractedAt
        ? 'RETRACTED'
        : !after.retractedAt && before?.retractedAt
          ? 'RESTORED'
          : 'UPDATED';
  }
  if (!kind) return [];
  return [{ changeId: entry.id, kind, type, id: entry.entityId, articleId: after.articleId as number }];
}

/** The places of a fact's own columns: where casualties fell, the countries of a deployment, a role's country. */
const PLACE_COLUMNS: Record<FactType, string[]> = {
  Role: ['countryId'],
  Statement: [],
  CasualtyReport: ['placeId'],
  MilitaryDeployment: ['deployingCountryId', 'hostCountryId', 'locationId'],
  Mention: ['placeId'],
};

/** The country codes of these places (a country's own, or the one a place lies in). */
export function countryCodesOf(db: Db, placeIds: number[]): Set<string> {
  if (placeIds.length === 0) return new Set();
  const rows = db.select({ code: places.countryCode }).from(places).where(inArray(places.id, placeIds)).all();
  return new Set(rows.flatMap((r) => (r.code ? [r.code] : [])));
}

/**
 * Whether a fact is in one of these countries: its article is about the
 * country or a place in it (the places the article names or shows), or the
 * fact itself names one (where casualties fell, either country of a
 * deployment or where it stands, a role's country, a mentioned place).
 */
export function factIsIn(db: Db, change: FactChange, codes: Set<string>): boolean {
  // The countries of a change are looked up once, whichever subscribers ask.
  let countries = countriesOfChange.get(change);
  if (!countries) {
    countries = countryCodesOfFact(db, change);
    countriesOfChange.set(change, countries);
  }
  for (const code of countries) if (codes.has(code)) return true;
  return false;
}

const countriesOfChange = new WeakMap<FactChange, Set<string>>();

function countryCodesOfFact(db: Db, change: FactChange): Set<string> {
  const table = tableOf(change.type);
  const row = db.select().from(table).where(eq(table.id, change.id)).get() as Record<string, unknown> | undefined;
  const own = PLACE_COLUMNS[change.type].flatMap((column) => (typeof row?.[column] === 'number' ? [row[column]] : []));
  const subjects = db
    .select({ id: articleSubjects.subjectId })
    .from(articleSubjects)
    .where(and(eq(articleSubjects.articleId, change.articleId), eq(articleSubjects.subjectKind, 'PLACE')))
    .all()
    .map((r) => r.id);
  return countryCodesOf(db, [...own, ...subjects]);
}
