/**
 * Stage 7, linking: an entity an article names is looked up in the database
 * before it is created, so that the graph has one Russia and one Kurmanbek
 * Bakiyev however many articles name them. Countries match by ISO code;
 * other places by name (ignoring case) and kind; people by name, by an alias
 * recorded earlier ("Mr. Bakiyev" as a person's alias matches an article
 * that names him so), or by the same name ignoring case; organizations by
 * name ignoring case. Case folding is SQLite's lower(), which folds ASCII
 * letters only.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { organizations, people, personAliases, places } from '../db/schema/index.js';
import type { SeedFile } from '../seed/seed-file.js';

/** A database handle or a transaction on one. */
export type Tx = Pick<Db, 'select' | 'insert' | 'update' | 'delete'>;

const sameName = (column: typeof places.name | typeof people.name | typeof organizations.name, name: string) =>
  sql`lower(${column}) = lower(${name})`;

export function findPlace(tx: Tx, p: SeedFile['places'][number]): number | undefined {
  if (p.kind === 'COUNTRY' && p.countryCode) {
    const byCode = tx
      .select({ id: places.id })
      .from(places)
      .where(and(eq(places.kind, 'COUNTRY'), eq(places.countryCode, p.countryCode)))
      .get();
    if (byCode) return byCode.id;
  }
  return tx
    .select({ id: places.id })
    .from(places)
    .where(and(sameName(places.name, p.name), eq(places.kind, p.kind)))
    .get()?.id;
}

export function findPerson(tx: Tx, p: SeedFile['people'][number]): number | undefined {
  const exact = tx.select({ id: people.id }).from(people).where(eq(people.name, p.name)).get();
  if (exact) return exact.id;
  const byAlias = tx
    .select({ id: personAliases.personId })
    .from(personAliases)
    .where(inArray(personAliases.alias, [p.name]))
    .all();
  // An alias two people share ("Mr. Smith") tells nothing.
  if (byAlias.length === 1) return byAlias[0]?.id;
  const folded = tx.select({ id: people.id }).from(people).where(sameName(people.name, p.name)).all();
  return folded.length === 1 ? folded[0]?.id : undefined;
}

export function findOrganization(tx: Tx, o: SeedFile['organizations'][number]): number | undefined {
  return tx.select({ id: organizations.id }).from(organizations).where(sameName(organizations.name, o.name)).get()?.id;
}
