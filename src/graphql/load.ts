import type { Context } from '../context.js';
import type { RowLoader } from '../db/batch.js';
import { branded } from './brand.js';

/**
 * Rows by foreign key, answered synchronously when the loader already holds
 * them (see RowLoader), so that most fields resolve without a promise.
 */

/** A row that a foreign key guarantees; its absence is a bug, so it stays masked. */
export function loadRequired<R>(loader: RowLoader<R | null>, id: number): R | Promise<R> {
  const known = loader.peek(id);
  if (known) return known;
  return loader.load(id).then((row) => {
    if (!row) throw new Error(`row ${id} is missing although a foreign key refers to it`);
    return row;
  });
}

/** A row by an optional foreign key. */
export function loadOptional<R>(loader: RowLoader<R | null>, id: number | null): R | null | Promise<R | null> {
  if (id == null) return null;
  return loader.peek(id) ?? loader.load(id);
}

/** Rows listed under a key (an article's roles). */
export function loadList<R>(loader: RowLoader<R[]>, key: number): R[] | Promise<R[]> {
  return loader.peek(key) ?? loader.load(key);
}

/** For `node` and `nodes`: rows by the id part of their global IDs, null for a miss. */
export function loadNodes<R>(loader: RowLoader<R | null>, ids: string[]): Promise<Array<R | null>> {
  return Promise.all(ids.map((id) => loader.load(Number(id))));
}

/** The loader of each node type's rows by id, by GraphQL type name. */
export const loaderByType = {
  Article: 'articleById',
  Person: 'personById',
  Organization: 'organizationById',
  Place: 'placeById',
  Event: 'eventById',
  Role: 'roleById',
  Statement: 'statementById',
  CasualtyReport: 'casualtyReportById',
  MilitaryDeployment: 'militaryDeploymentById',
  Mention: 'mentionById',
  Photo: 'photoById',
} as const satisfies Record<string, keyof Context['loaders']>;

export type LoadableType = keyof typeof loaderByType;

/** A row by its node type and id, branded with that type for an interface field; null for a miss. */
export function loadNode(ctx: Context, type: LoadableType, id: number) {
  return branded(loadOptional(ctx.loaders[loaderByType[type]] as RowLoader<object | null>, id), type);
}
