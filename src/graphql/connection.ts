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
import { columnsRead } from './columns-read.js';

type Row = { id: number };

/** What every connection field resolves to; `totalCount` runs only when asked for. */
export interface ConnectionResult<R> {
  edges: Array<{ cursor: string; node: R }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number> | number;
}

/** An edge whose cursor is made only if a client asks for it: most traversals never do. */
class Edge<R> {
  constructor(
    private readonly page: Page<R>,
    private readonly index: number,
    readonly node: R,
  ) {}

  get cursor(): string {
    return this.page.cursorAt(this.index);
  }
}

class PageInfo<R> {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;

  constructor(private readonly page: Page<R>) {
    this.hasNextPage = page.hasNextPage;
    this.hasPreviousPage = page.hasPreviousPage;
  }

  get startCursor(): string | null {
    return this.page.rows.length ? this.page.cursorAt(0) : null;
  }

  get endCursor(): string | null {
    return this.page.rows.length ? this.page.cursorAt(this.page.rows.length - 1) : null;
  }
}

export function toConnection<R>(
  page: Page<R>,
  totalCount: () => Promise<number> | number,
  prime?: DataLoader<number, R | null>,
): ConnectionResult<R> {
  const { rows } = page;
  const edges = new Array<Edge<R>>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const node = rows[i] as R;
    prime?.prime((node as unknown as Row).id, node);
    edges[i] = new Edge(page, i, node);
  }
  return { edges, pageInfo: new PageInfo(page), totalCount };
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

/** The pages and counts of one list field under every parent a request reaches. */
interface FieldBatch<R> {
  pages: DataLoader<number, Page<R>>;
  counts: DataLoader<number, number>;
  prime?: DataLoader<number, R | null>;
}

/**
 * A list under a parent (Article.statements). Pages and counts for all the
 * parents that a request reaches at once are fetched in one statement each;
 * what is the same for every parent (the selection, the page window, the
 * columns read) is worked out once per field.
 */
export async function childConnection<T extends Table>(
  ctx: Context,
  info: GraphQLResolveInfo,
  selection: ListSelection<T> | (() => Promise<ListSelection<T>>),
  spec: {
    parent: ParentRef;
    parentId: number;
    args: ConnectionArgs;
    prime?: DataLoader<number, T['$inferSelect'] | null>;
  },
): Promise<ConnectionResult<T['$inferSelect']>> {
  type R = T['$inferSelect'];
  const { parent, parentId, args, prime } = spec;
  const batch = await ctx.loaders.children.perField(
    info.fieldNodes,
    info.parentType.name,
    async (): Promise<FieldBatch<R>> => {
      const { list, filter } = typeof selection === 'function' ? await selection() : selection;
      const window = pageWindow(args, list.order);
      const keys = columnsRead(info);
      return {
        pages: ctx.loaders.children.batch((ids) => list.pagesUnder(ctx.db, parent, ids, window, filter, keys)),
        counts: ctx.loaders.children.batch((ids) => list.countsUnder(ctx.db, parent, ids, filter)),
        // Rows read without some columns are not shared with other fields.
        prime: keys ? undefined : prime,
      };
    },
  );
  const page = await batch.pages.load(parentId);
  return toConnection(page, () => page.total ?? batch.counts.load(parentId), batch.prime);
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
  return (row: { id: number }, args: ConnectionArgs, ctx: Context, info: GraphQLResolveInfo) =>
    childConnection(ctx, info, typeof select === 'function' ? () => select(ctx, args) : { list: select }, {
      parent,
      parentId: row.id,
      args,
      prime: prime?.(ctx.loaders),
    });
}
