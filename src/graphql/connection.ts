import type { ObjectRef } from '@pothos/core';
import type DataLoader from 'dataloader';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { GraphQLResolveInfo } from 'graphql';
import { builder, type Types } from '../builder.js';
import type { Context } from '../context.js';
import {
  type ConnectionArgs,
  type Filter,
  type Page,
  type ParentRef,
  pageWindow,
  type RowList,
} from '../db/pagination.js';
import { columnsSignature } from '../db/reader.js';
import { columnsRead } from './columns-read.js';

type Row = { id: number };

/** What every connection field resolves to; `totalCount` runs only when asked for. */
export interface ConnectionResult<R> {
  edges: Array<{ cursor: string; node: R }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number> | number;
}

export function toConnection<R>(
  page: Page<R>,
  totalCount: () => Promise<number> | number,
  prime?: DataLoader<number, R | null>,
): ConnectionResult<R> {
  for (const row of page.rows) prime?.prime((row as unknown as Row).id, row);
  return {
    // Cursors are made only for the edges a client asks them of: most traversals never do.
    edges: page.rows.map((node, i) => ({
      get cursor() {
        return page.cursorAt(i);
      },
      node,
    })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      get startCursor() {
        return page.rows.length ? page.cursorAt(0) : null;
      },
      get endCursor() {
        return page.rows.length ? page.cursorAt(page.rows.length - 1) : null;
      },
    },
    totalCount,
  };
}

type Table = SQLiteTable & { id: SQLiteColumn };

/** Which rows a connection field reads: a list in one of its orders, and a filter. */
export interface ListSelection<T extends Table> {
  list: RowList<T>;
  filter?: Filter;
}

/** How a field turns its arguments (filter, orderBy) into a selection; IDs in filters are checked, hence async. */
// biome-ignore lint/suspicious/noExplicitAny: each list field has its own argument shape.
export type ListSelector<T extends Table> = (ctx: Context, args: any) => Promise<ListSelection<T>>;

/**
 * A root list (Query.statements). Its rows are read with the columns the
 * request's fields need; only whole rows are primed for loaders, which other
 * fields share.
 */
export function rootConnection<T extends Table>(
  ctx: Context,
  info: GraphQLResolveInfo,
  { list, filter }: ListSelection<T>,
  args: ConnectionArgs,
  options: { prime?: DataLoader<number, T['$inferSelect'] | null> } = {},
): ConnectionResult<T['$inferSelect']> {
  const window = pageWindow(args, list.order);
  const keys = columnsRead(info);
  const page = list.page(ctx.db, window, filter, keys);
  return toConnection(page, () => page.total ?? list.count(ctx.db, filter), keys ? undefined : options.prime);
}

/**
 * A list under a parent (Article.statements). Pages and counts for all the
 * parents that a request reaches at once are fetched in one statement each.
 */
export async function childConnection<T extends Table>(
  ctx: Context,
  info: GraphQLResolveInfo,
  { list, filter }: ListSelection<T>,
  spec: {
    parent: ParentRef;
    parentId: number;
    args: ConnectionArgs;
    prime?: DataLoader<number, T['$inferSelect'] | null>;
  },
): Promise<ConnectionResult<T['$inferSelect']>> {
  const { parent, parentId, args, prime } = spec;
  const window = pageWindow(args, list.order);
  const field = `${info.parentType.name}.${info.fieldName}`;
  const keys = columnsRead(info);
  // Parents share a batch when their arguments and the columns read match; the count ignores
  // paging but not the filter.
  const page = await ctx.loaders.children.load(`${field}(${columnsSignature(keys)})`, args, parentId, (ids) =>
    list.pagesUnder(ctx.db, parent, ids, window, filter, keys),
  );
  const { filter: filterArgs } = args as { filter?: unknown };
  const count = () =>
    page.total ??
    ctx.loaders.children.load(`${field}#count`, { filter: filterArgs }, parentId, (ids) =>
      list.countsUnder(ctx.db, parent, ids, filter),
    );
  return toConnection(page, count, keys ? undefined : prime);
}

export function totalCountOf(connection: unknown): Promise<number> | number {
  return (connection as ConnectionResult<unknown>).totalCount();
}

/** The connection and edge types of a node type, e.g. StatementConnection and StatementEdge. */
export function connectionOf<Shape>(type: ObjectRef<Types, Shape>, name: string, noun: string) {
  return builder.connectionObject(
    {
      type,
      name: `${name}Connection`,
      description: `A page of ${noun}.`,
      fields: (t) => ({
        totalCount: t.int({
          description: `How many ${noun} the whole list holds, over all pages.`,
          resolve: (c) => totalCountOf(c),
        }),
      }),
    },
    { name: `${name}Edge`, description: `One of a page of ${noun}, with its cursor.` },
  );
}

/**
 * The resolver of a connection under a parent row: `Article.statements` is
 * `childrenOf(selectStatements, statements.articleId, …)`; a list with one
 * order and no filter is passed as itself.
 */
export function childrenOf<T extends Table>(
  select: RowList<T> | ListSelector<T>,
  parent: ParentRef,
  prime?: (loaders: Context['loaders']) => DataLoader<number, T['$inferSelect'] | null>,
) {
  return async (row: { id: number }, args: ConnectionArgs, ctx: Context, info: GraphQLResolveInfo) => {
    const selection =
      typeof select === 'function'
        ? await ctx.loaders.children.once(`${info.parentType.name}.${info.fieldName}#selection`, args, () =>
            select(ctx, args),
          )
        : { list: select };
    return childConnection(ctx, info, selection, { parent, parentId: row.id, args, prime: prime?.(ctx.loaders) });
  };
}
