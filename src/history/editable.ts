import { getTableConfig, type SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import {
  articles,
  casualtyReports,
  events,
  mentions,
  militaryDeployments,
  organizationAliases,
  organizations,
  people,
  personAliases,
  photos,
  placeAliases,
  places,
  roles,
  statements,
} from '../db/schema/index.js';

/**
 * Every record an editor can change, by GraphQL type name. Each table has
 * `revision` and `retracted_at` (db/schema/columns.ts editableColumns).
 */
export const editableTables = {
  Article: articles,
  Person: people,
  Organization: organizations,
  Place: places,
  Event: events,
  Role: roles,
  Statement: statements,
  CasualtyReport: casualtyReports,
  MilitaryDeployment: militaryDeployments,
  Mention: mentions,
  Photo: photos,
} as const;

export type EditableType = keyof typeof editableTables;

/**
 * Columns that triggers keep from other rows (how many statements a person made, how many articles
 * name a place, the day of a fact's article, a casualty report's incident): not part of what an editor changes, so not part of a record as history keeps it.
 */
const DERIVED_COLUMNS = [
  'statementCount',
  'articleCount',
  'casualtyReportCount',
  'militaryDeploymentCount',
  'articleDay',
  'incident',
];

/** A row as history keeps it: without the counts triggers derive from other rows. */
export function recordOf<R extends Record<string, unknown>>(row: R): R {
  const record = { ...row };
  for (const column of DERIVED_COLUMNS) delete record[column];
  return record;
}
export const editableTypes = Object.keys(editableTables) as EditableType[];

export const factTypes = ['Role', 'Statement', 'CasualtyReport', 'MilitaryDeployment', 'Mention'] as const;
export type FactType = (typeof factTypes)[number];
export function isFactType(type: EditableType): type is FactType {
  return (factTypes as readonly string[]).includes(type);
}

export type EditableTable = SQLiteTable & { id: SQLiteColumn; revision: SQLiteColumn; retractedAt: SQLiteColumn };

export function tableOf(type: EditableType): EditableTable {
  return editableTables[type] as unknown as EditableTable;
}

/** Rows are handled by column key here; the GraphQL layer gets them back typed by the loaders. */
export type AnyRow = Record<string, unknown> & { id: number; revision: number; retractedAt: string | null };

/** The entities that have other names, and the table and column that hold them. */
export const aliasTables = {
  Person: { table: personAliases, owner: personAliases.personId, ownerKey: 'personId' },
  Organization: { table: organizationAliases, owner: organizationAliases.organizationId, ownerKey: 'organizationId' },
  Place: { table: placeAliases, owner: placeAliases.placeId, ownerKey: 'placeId' },
} as const;
export type AliasedType = keyof typeof aliasTables;
export function isAliasedType(type: EditableType): type is AliasedType {
  return type in aliasTables;
}

export interface Reference {
  /** The referring record's type, and the column's key in its rows. */
  type: EditableType;
  key: string;
  column: SQLiteColumn;
  /** The type referred to. */
  target: EditableType;
  /** An article's facts go with it (ON DELETE CASCADE); any other reference holds its target in place. */
  cascade: boolean;
}

let allReferences: Reference[] | undefined;

/**
 * Every column of an editable record that points at another, read from the
 * schema's foreign keys, so that a new reference cannot be missed by merges,
 * retractions and restores.
 */
function references(): Reference[] {
  if (!allReferences) {
    const typeOfTable = new Map<SQLiteTable, EditableType>(editableTypes.map((t) => [tableOf(t), t]));
    allReferences = editableTypes.flatMap((type) => {
      const table = tableOf(type);
      const keys = new Map(Object.entries(table).map(([k, v]) => [v, k]));
      return getTableConfig(table).foreignKeys.flatMap((fk) => {
        const ref = fk.reference();
        const target = typeOfTable.get(ref.foreignTable);
        if (!target) return [];
        return ref.columns.map((column) => ({
          type,
          key: keys.get(column) as string,
          column,
          target,
          cascade: fk.onDelete === 'cascade',
        }));
      });
    });
  }
  return allReferences;
}

/** The columns that point at records of `target`. */
export function referencesTo(target: EditableType): Reference[] {
  return references().filter((r) => r.target === target);
}

/** The columns of `type` that point at other records. */
export function referencesFrom(type: EditableType): Reference[] {
  return references().filter((r) => r.type === type);
}
