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
} as const;

export type EditableType = keyof typeof editableTables;
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
  type: EditableType;
  /** The column's key in the referring rows. */
  key: string;
  column: SQLiteColumn;
  /** An article's facts go with it (ON DELETE CASCADE); any other reference holds its target in place. */
  cascade: boolean;
}

const referencesCache = new Map<EditableType, Reference[]>();

/**
 * The columns of editable records that point at records of `target`, read
 * from the schema's foreign keys, so that a new reference cannot be missed by
 * merges and retractions.
 */
export function referencesTo(target: EditableType): Reference[] {
  let found = referencesCache.get(target);
  if (!found) {
    found = [];
    for (const type of editableTypes) {
      const table = tableOf(type);
      const keys = new Map(Object.entries(table).map(([k, v]) => [v, k]));
      for (const fk of getTableConfig(table).foreignKeys) {
        const ref = fk.reference();
        if (ref.foreignTable !== (tableOf(target) as SQLiteTable)) continue;
        for (const column of ref.columns) {
          found.push({ type, key: keys.get(column) as string, column, cascade: fk.onDelete === 'cascade' });
        }
      }
    }
    referencesCache.set(target, found);
  }
  return found;
}
