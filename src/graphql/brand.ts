import { brandWithType } from '@pothos/core';

type Maybe<T> = T | null | undefined;

function brand<T extends object>(row: Maybe<T>, typename: string): T | null {
  if (!row) return null;
  brandWithType(row, typename as never);
  return row;
}

/**
 * Marks a row (or the row a promise yields) with its GraphQL type, for fields
 * typed by an interface or a union (Statement.speaker is an Actor): rows of
 * different tables look alike.
 */
export function branded<T extends object>(row: Maybe<T> | Promise<Maybe<T>>, typename: string) {
  return row instanceof Promise ? row.then((r) => brand(r, typename)) : brand(row, typename);
}
