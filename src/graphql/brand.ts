import { brandWithType } from '@pothos/core';

/**
 * Marks a row with its GraphQL type, for fields typed by an interface or a
 * union (Statement.speaker is an Actor): rows of different tables look alike.
 */
export function branded<T extends object>(row: T | null | undefined, typename: string): T | null {
  if (!row) return null;
  brandWithType(row, typename as never);
  return row;
}
