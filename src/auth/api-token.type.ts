import { builder, enumOf } from '../builder.js';
import type { ApiTokenRow, TokenRole } from '../db/schema/index.js';
import { mutationErrors } from '../graphql/errors.js';
import { createToken, listTokens, revokeToken } from './token.service.js';

export const ApiTokenRole = enumOf<TokenRole>('ApiTokenRole', 'What the holder of an API token may do.', {
  reader: 'Read, even when anonymous reads are off.',
  editor: 'Read, and change the graph: review, correct, create, merge and retract.',
  admin: 'Everything an editor may, and manage API tokens.',
});

export const ApiToken = builder.objectRef<ApiTokenRow>('ApiToken').implement({
  description: 'An API token, without its secret: only its SHA-256 is kept, so it cannot be shown again.',
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'Its number, as `newsgraph token revoke <id>` takes it.' }),
    name: t.exposeString('name', { description: 'Who or what holds it.' }),
    role: t.field({ type: ApiTokenRole, description: 'What its holder may do.', resolve: (r) => r.role }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (r) => r.createdAt }),
    lastUsedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it last authenticated a request (to within a minute); null if never.',
      resolve: (r) => r.lastUsedAt,
    }),
    revokedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was revoked; null while it is live.',
      resolve: (r) => r.revokedAt,
    }),
  }),
});

builder.queryFields((t) => ({
  apiTokens: t.field({
    type: [ApiToken],
    authScopes: { admin: true },
    description: 'Every API token ever created, oldest first, revoked ones included (admin only).',
    resolve: (_root, _args, ctx) => listTokens(ctx.db),
  }),
}));

const CreateApiTokenInput = builder.inputType('CreateApiTokenInput', {
  description: 'A new API token.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Who or what will hold it ("Newsdesk CMS", "Jane Doe").' }),
    role: t.field({ type: ApiTokenRole, required: true, description: 'What its holder may do.' }),
  }),
});

const CreateApiTokenPayload = builder
  .objectRef<{ row: ApiTokenRow; token: string }>('CreateApiTokenPayload')
  .implement({
    description: 'A token just created, with its secret.',
    fields: (t) => ({
      apiToken: t.field({ type: ApiToken, description: 'The token.', resolve: (p) => p.row }),
      token: t.exposeString('token', {
        description: 'The secret to send as `Authorization: Bearer <token>`. Shown this once: it is not kept.',
      }),
    }),
  });

const RevokeApiTokenInput = builder.inputType('RevokeApiTokenInput', {
  description: 'The token to revoke.',
  fields: (t) => ({ id: t.int({ required: true, description: 'The `id` of the token.' }) }),
});

const RevokeApiTokenPayload = builder.objectRef<ApiTokenRow>('RevokeApiTokenPayload').implement({
  description: 'A token revoked: it authenticates nothing from now on.',
  fields: (t) => ({ apiToken: t.field({ type: ApiToken, description: 'The token.', resolve: (r) => r }) }),
});

builder.mutationFields((t) => ({
  createApiToken: t.field({
    type: CreateApiTokenPayload,
    authScopes: { admin: true },
    errors: mutationErrors('createApiToken'),
    description: 'Creates an API token and shows its secret once (admin only).',
    args: { input: t.arg({ type: CreateApiTokenInput, required: true, description: 'The token to create.' }) },
    resolve: (_root, { input }, ctx) => createToken(ctx.db, input),
  }),
  revokeApiToken: t.field({
    type: RevokeApiTokenPayload,
    authScopes: { admin: true },
    errors: mutationErrors('revokeApiToken'),
    description: 'Revokes an API token for good (admin only).',
    args: { input: t.arg({ type: RevokeApiTokenInput, required: true, description: 'The token to revoke.' }) },
    resolve: (_root, { input }, ctx) => revokeToken(ctx.db, input.id),
  }),
}));
