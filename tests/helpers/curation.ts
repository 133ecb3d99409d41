import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';
import { edits, organizationAliases, people, personAliases, placeAliases, places } from '../../src/db/schema/index.js';
import { encodeGlobalId } from '../../src/graphql/global-id.js';
import { editableTables, recordOf } from '../../src/history/editable.js';

export const gid = encodeGlobalId;

/** Every editable record, by "Type:id", as history records it (aliases included). */
export function snapshotAll(db: Db): Map<string, Record<string, unknown>> {
  const aliasOf = (table: typeof personAliases | typeof organizationAliases | typeof placeAliases, owner: string) => {
    const byOwner = new Map<number, string[]>();
    for (const row of db.select().from(table).orderBy(asc(table.alias)).all() as Array<Record<string, unknown>>) {
      byOwner.set(row[owner] as number, [...(byOwner.get(row[owner] as number) ?? []), row.alias as string]);
    }
    return byOwner;
  };
  const aliases: Record<string, Map<number, string[]>> = {
    Person: aliasOf(personAliases, 'personId'),
    Organization: aliasOf(organizationAliases, 'organizationId'),
    Place: aliasOf(placeAliases, 'placeId'),
  };
  const all = new Map<string, Record<string, unknown>>();
  for (const [type, table] of Object.entries(editableTables)) {
    for (const stored of db.select().from(table).all() as Array<Record<string, unknown>>) {
      const row = recordOf(stored);
      const id = row.id as number;
      all.set(`${type}:${id}`, aliases[type] ? { ...row, aliases: aliases[type].get(id) ?? [] } : row);
    }
  }
  return all;
}

export function lastEditId(db: Db): number {
  return db.select({ id: edits.id }).from(edits).orderBy(asc(edits.id)).all().at(-1)?.id ?? 0;
}

export function editsAfter(db: Db, id: number) {
  return db
    .select()
    .from(edits)
    .orderBy(asc(edits.id))
    .all()
    .filter((e) => e.id > id);
}

export function idOfPerson(db: Db, name: string): number {
  const row = db.select().from(people).where(eq(people.name, name)).get();
  if (!row) throw new Error(`no person ${name}`);
  return row.id;
}

export function idOfPlace(db: Db, name: string): number {
  const row = db.select().from(places).where(eq(places.name, name)).get();
  if (!row) throw new Error(`no place ${name}`);
  return row.id;
}
