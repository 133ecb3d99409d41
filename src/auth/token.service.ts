import { createHash, randomBytes } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { type ApiTokenRow, apiTokens, type TokenRole, tokenRoles } from '../db/schema/index.js';
import { NotFoundError, UnauthenticatedError, ValidationError } from '../errors.js';

/** Marks a string as a newsgraph token, so that a leaked one is recognisable (and scannable) as such. */
export const TOKEN_PREFIX = 'ngt_';

export type CallerRole = 'anonymous' | TokenRole;

/** Who is asking: a token's holder, or anyone (no token). */
export interface Caller {
  role: CallerRole;
  tokenId: number | null;
  name: string;
}

export const ANONYMOUS: Caller = { role: 'anonymous', tokenId: null, name: 'anonymous' };

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isTokenRole(role: string): role is TokenRole {
  return (tokenRoles as readonly string[]).includes(role);
}

/** Creates a token; the returned secret is the only copy there will ever be. */
export function createToken(db: Db, input: { name: string; role: string }): { row: ApiTokenRow; token: string } {
  const name = input.name.trim();
  if (!name) throw new ValidationError([{ path: ['name'], message: 'say who or what holds the token' }]);
  if (!isTokenRole(input.role)) {
    throw new ValidationError([
      { path: ['role'], message: `must be one of ${tokenRoles.join(', ')}, got "${input.role}"` },
    ]);
  }
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const row = db
    .insert(apiTokens)
    .values({ name, role: input.role, tokenHash: hashToken(token) })
    .returning()
    .get();
  return { row, token };
}

export function listTokens(db: Db): ApiTokenRow[] {
  return db.select().from(apiTokens).orderBy(asc(apiTokens.id)).all();
}

/** Revokes a token for good; revoking one already revoked changes nothing. */
export function revokeToken(db: Db, id: number): ApiTokenRow {
  const row = db.select().from(apiTokens).where(eq(apiTokens.id, id)).get();
  if (!row) throw new NotFoundError(`there is no token with id ${id}; \`newsgraph token list\` shows them`);
  if (row.revokedAt) return row;
  return (
    db.update(apiTokens).set({ revokedAt: new Date().toISOString() }).where(eq(apiTokens.id, id)).returning().get() ??
    row
  );
}

// How stale last_used_at may get: writing it on every request would take the write lock every time.
const LAST_USED_RESOLUTION_MS = 60_000;

/** A credential the whole request fails on: HTTP 401, as RFC 6750 has it for a bad bearer token. */
function refused(message: string): UnauthenticatedError {
  return new UnauthenticatedError(message, {
    http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } },
  });
}

/**
 * The caller an Authorization header names. No header: anonymous. A header
 * that is not a live token is refused, not downgraded to anonymous, so that a
 * revoked or mistyped token never silently reads as someone else.
 */
export function authenticate(db: Db, authorization: string | null): Caller {
  if (authorization == null || authorization === '') return ANONYMOUS;
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
  if (!token) {
    throw refused('The Authorization header must be "Bearer <token>".');
  }
  const row = db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, hashToken(token)))
    .get();
  if (!row) throw refused('The API token is not known; check that it was copied whole.');
  if (row.revokedAt) {
    throw refused(`The API token "${row.name}" was revoked on ${row.revokedAt}; ask for a new one.`);
  }
  const now = Date.now();
  if (!row.lastUsedAt || now - Date.parse(row.lastUsedAt) > LAST_USED_RESOLUTION_MS) {
    db.update(apiTokens)
      .set({ lastUsedAt: new Date(now).toISOString() })
      .where(eq(apiTokens.id, row.id))
      .run();
  }
  return { role: row.role, tokenId: row.id, name: row.name };
}
