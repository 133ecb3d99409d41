import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, oneOf } from './columns.js';

/** What a token may do: read; also edit; also manage tokens. Anonymous callers hold no token. */
export const tokenRoles = ['reader', 'editor', 'admin'] as const;
export type TokenRole = (typeof tokenRoles)[number];

/**
 * API tokens. Only the SHA-256 of a token is kept: the token itself is shown
 * once, when it is created, so a copy of the database grants nothing.
 */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    role: text('role', { enum: tokenRoles }).notNull(),
    tokenHash: text('token_hash').notNull().unique('api_tokens_token_hash_unique'),
    createdAt: createdAt(),
    lastUsedAt: text('last_used_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [
    check('api_tokens_role_check', oneOf(t.role, tokenRoles)),
    check('api_tokens_name_check', sql`length(${t.name}) > 0`),
    check('api_tokens_token_hash_check', sql`length(${t.tokenHash}) = 64`),
  ],
);

export type ApiTokenRow = typeof apiTokens.$inferSelect;
