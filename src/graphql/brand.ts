import { brandWithType } from '@pothos/core';

function brand<T>(row: T, typename: string): T {
  if (row) brandWithType(row, typename as never);
  return row;
}

/**
 * Marks a row (or the row a promise yields) with its GraphQL type, for fields
 * typed by an interface or a union (Statement.speaker is an Actor): rows of
 * different tables look alike. Null passes through.
 */
export function branded<T extends object | null | undefined>(row: T | Promise<T>, typename: string): T | Promise<T> {
  return row instanceof Promise ? row.then((r) => brand(r, typename)) : brand(row, typename);
}
