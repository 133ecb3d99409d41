import type { ArgBuilder, EnumRef, InputObjectRef } from '@pothos/core';
import type { Types } from '../builder.js';
import type { Context } from '../context.js';
import { BadUserInputError } from '../errors.js';
import { decodeGlobalId, parseGlobalId } from './global-id.js';
import { type LoadableType, loaderByType } from './load.js';

/**
 * What every list field takes besides paging: a filter and an order. Parsing
 * a filter's IDs and days happens here, once, so every list refuses a bad
 * filter with the same BAD_USER_INPUT naming the argument.
 */

export function listArgs<F extends object, O extends string>(
  arg: ArgBuilder<Types>,
  filter: InputObjectRef<Types, F>,
  order: EnumRef<Types, O, O>,
  defaultOrder: NoInfer<O>,
  noun: string,
) {
  return {
    filter: arg({ type: filter, description: `Only the ${noun} that match every field given.` }),
    orderBy: arg({
      type: order,
      required: true,
      defaultValue: defaultOrder,
      description: `The order of the ${noun}; ties are broken by id, so pages neither skip nor repeat one.`,
    }),
  };
}

/** A Date input as the day it names (Dates arrive at UTC midnight). */
export const dayOf = (date: Date | null | undefined): string | undefined =>
  date ? date.toISOString().slice(0, 10) : undefined;

/** The `from` and `to` of a filter (or, with no argument name, of a field's arguments) as days, refused when `from` is after `to`. */
export function dayRange(
  filter: { from?: Date | null; to?: Date | null } | null | undefined,
  argument = 'filter',
): { from?: string; to?: string } {
  const from = dayOf(filter?.from);
  const to = dayOf(filter?.to);
  const name = (field: string) => (argument ? `${argument}.${field}` : field);
  if (from && to && from > to) {
    throw new BadUserInputError(`"${name('from')}" (${from}) is after "${name('to')}" (${to})`, {
      argument: name('from'),
    });
  }
  return { from, to };
}

/** A filter's `minConfidence`, checked to lie within 0 and 1. */
export function confidenceFloor(
  filter: { minConfidence?: number | null } | null | undefined,
  argument = 'filter',
): number | undefined {
  const floor = filter?.minConfidence;
  if (floor == null) return undefined;
  if (!(floor >= 0 && floor <= 1)) {
    throw new BadUserInputError(`"${argument}.minConfidence" must lie between 0 and 1, got ${floor}`, {
      argument: `${argument}.minConfidence`,
    });
  }
  return floor;
}

type Referable = Extract<LoadableType, 'Article' | 'Person' | 'Organization' | 'Place' | 'Event'>;

async function mustExist(ctx: Context, typename: Referable, id: number, globalId: string, argument: string) {
  // A filter on something that does not exist is a mistake to report, not an empty list.
  if (!(await ctx.loaders[loaderByType[typename]].load(id))) {
    throw new BadUserInputError(`"${argument}" names no ${typename.toLowerCase()}: ${globalId}`, { argument });
  }
  return id;
}

/** The row id of an existing object of `typename` named by a filter field, or undefined when the field is absent. */
export async function filterId(
  ctx: Context,
  globalId: string | number | null | undefined,
  typename: Referable,
  argument: string,
): Promise<number | undefined> {
  if (globalId == null) return undefined;
  return mustExist(ctx, typename, parseGlobalId(String(globalId), typename), String(globalId), argument);
}

/** An ID that may name any of several types (a speaker: a Person or an Organization). */
export async function filterIdOfAny<const T extends Referable>(
  ctx: Context,
  globalId: string | number | null | undefined,
  typenames: readonly T[],
  argument: string,
): Promise<{ typename: T; id: number } | undefined> {
  if (globalId == null) return undefined;
  const decoded = decodeGlobalId(String(globalId));
  const typename = typenames.find((t) => t === decoded.typename);
  if (!typename) {
    throw new BadUserInputError(`"${argument}" must be the ID of a ${typenames.join(' or ')}`, { argument });
  }
  return { typename, id: await mustExist(ctx, typename, Number(decoded.id), String(globalId), argument) };
}

/** A list of enum values, undefined when absent, so an absent field filters nothing. */
export const valuesOf = <V>(values: readonly V[] | null | undefined): V[] | undefined =>
  values?.length ? [...values] : undefined;
