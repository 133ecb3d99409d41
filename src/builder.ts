import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { DateResolver, DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import type { Context } from './context.js';
import { ForbiddenError, UnauthenticatedError } from './errors.js';
import { decodeGlobalId, encodeGlobalId } from './graphql/global-id.js';
import { fieldCost } from './graphql/limits.js';

export interface BuilderTypes {
  Context: Context;
  Scalars: {
    Date: { Input: Date; Output: string };
    DateTime: { Input: Date; Output: string };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
  };
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  // Fields are non-null unless declared nullable: generated clients then need no null checks for
  // what is always there (a title, a connection, a deployment's countries).
  DefaultFieldNullability: false;
  /**
   * Who may do what, declared on fields (`authScopes: { editor: true }`), never checked in resolvers.
   * Each role includes the ones before it: reader < editor < admin.
   */
  AuthScopes: {
    /** Anyone may read: anonymous callers when NEWSGRAPH_PUBLIC_READ allows, any token holder always. */
    public: boolean;
    reader: boolean;
    editor: boolean;
    admin: boolean;
  };
}

const RANK = { anonymous: 0, reader: 1, editor: 2, admin: 3 } as const;

export type Types = PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>;

export const builder = new SchemaBuilder<BuilderTypes>({
  defaultFieldNullability: false,
  // Relay first, so scope checks see decoded IDs; errors before scope-auth, so that a mutation refused
  // for its role answers with its typed ForbiddenError.
  plugins: [ComplexityPlugin, RelayPlugin, ErrorsPlugin, ScopeAuthPlugin],
  scopeAuth: {
    // A subscription is refused when it starts, not on each event it would have delivered.
    authorizeOnSubscribe: true,
    authScopes: (ctx) => {
      const rank = RANK[ctx.caller.role];
      return { public: rank > 0 || ctx.publicRead, reader: rank >= 1, editor: rank >= 2, admin: rank >= 3 };
    },
    // No token where one is needed is a matter of authentication; a token of too low a role is not.
    unauthorizedError: (_parent, ctx, info) =>
      ctx.caller.role === 'anonymous'
        ? new UnauthenticatedError(
            `${info.parentType.name}.${info.fieldName} needs an API token: send "Authorization: Bearer <token>".`,
          )
        : new ForbiddenError(
            `The token "${ctx.caller.name}" has the ${ctx.caller.role} role, which may not use ${info.parentType.name}.${info.fieldName}.`,
          ),
  },
  errors: {
    defaultTypes: [],
    defaultUnionOptions: { name: ({ fieldName }) => `${fieldName[0]?.toUpperCase()}${fieldName.slice(1)}Result` },
  },
  // Costs only: graphql/limits.ts checks them before execution, so no limit is set here.
  complexity: { fieldComplexity: (args, ctx, field) => fieldCost(args, ctx, field) },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    brandLoadedObjects: true,
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
    edgesFieldOptions: { nullable: false, description: 'The items of this page, each with its cursor.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: { description: 'An opaque cursor: pass it as `after` or `before` to page from this item.' },
    pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
    nodeTypeOptions: { description: 'An object with a globally unique, opaque ID, fetchable with `node`.' },
    idFieldOptions: { description: 'Globally unique, opaque ID; pass it to `node` to fetch this object again.' },
    pageInfoTypeOptions: { description: 'Cursors and flags for paging through a connection.' },
    hasNextPageFieldOptions: { description: 'Whether more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page; null when the page is empty.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page; null when the page is empty.' },
    firstArgOptions: {
      description: 'Return at most this many items from the start (0 to 100; 20 when neither first nor last is given).',
    },
    lastArgOptions: { description: 'Return at most this many items from the end (0 to 100).' },
    afterArgOptions: { description: 'Return items after this cursor.' },
    beforeArgOptions: { description: 'Return items before this cursor.' },
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID; null when no such object exists.',
      args: { id: { description: 'The global ID of the object.' } },
    },
    nodesQueryOptions: {
      description: 'Fetches objects by global ID, in the order given; null for each ID with no object.',
      args: { ids: { description: 'The global IDs of the objects.' } },
    },
  },
});

builder.addScalarType('Date', DateResolver, {
  description: 'A calendar day, `YYYY-MM-DD` (RFC 3339 full-date), with no time zone.',
  serialize: (value) => String(value),
});
builder.addScalarType('DateTime', DateTimeResolver, {
  description: 'An instant, RFC 3339 date-time in UTC, e.g. `2010-04-08T09:30:00.000Z`.',
  serialize: (value) => new Date(value as string).toISOString(),
});

builder.addScalarType('JSONObject', JSONObjectResolver, {
  description: 'A JSON object, e.g. a record as history keeps it.',
});

// Reading needs the `public` scope: everyone, unless NEWSGRAPH_PUBLIC_READ=false asks for a token.
builder.queryType({ description: 'The entry points for reading the news graph.', authScopes: { public: true } });
builder.mutationType({ description: 'The entry points for changing the news graph: editors curate, admins manage.' });

/** The columns every fact row shares (see db/schema/facts.ts). */
export interface FactShape {
  articleId: number;
  evidenceStart: number;
  evidenceEnd: number;
  method: 'CURATED' | 'EXTRACTED';
  reviewStatus: 'PROPOSED' | 'CONFIRMED' | 'REJECTED';
  confidence: number;
}

export interface ActorShape {
  id: number;
  name: string;
}

// Refs only: their fields live in graphql/fact.ts and graphql/actor.ts, so that
// domain types can implement them without import cycles.
export const Fact = builder.interfaceRef<FactShape>('Fact');
export const Actor = builder.interfaceRef<ActorShape>('Actor');

/** A GraphQL enum whose values are exactly a store tuple, each with its description. */
export function enumOf<const V extends string>(name: string, description: string, values: Record<V, string>) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(Object.entries(values).map(([k, d]) => [k, { value: k, description: d as string }])) as {
      [K in V]: { value: K; description: string };
    },
  });
}
