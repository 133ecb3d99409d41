import { parseArgs } from 'node:util';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import { createToken, listTokens, revokeToken } from './token.service.js';

export const TOKEN_USAGE = `usage: newsgraph token <command>

commands:
  create --role reader|editor|admin --name "<who holds it>"
            create a token and print it; it is shown this once, only its hash is kept
  list      list tokens (id, role, name, created, last used, revoked); never their secrets
  revoke <id>
            revoke a token for good`;

/**
 * `newsgraph token …`: the admin's path to tokens. Whoever can run it can
 * write the database file, so it needs no token of its own. Returns the exit
 * code; a usage or input error prints why and exits 2.
 */
export function runTokenCommand(db: Db, argv: string[]): number {
  const [command, ...rest] = argv;
  try {
    if (command === 'create') {
      const { values } = parseArgs({
        args: rest,
        options: { role: { type: 'string' }, name: { type: 'string' } },
        strict: true,
      });
      if (!values.role || values.name === undefined) return usage('token create needs --role and --name');
      const { row, token } = createToken(db, { role: values.role, name: values.name });
      console.error(`created token ${row.id} (${row.role}) for "${row.name}"; copy it now, it is not shown again:`);
      console.log(token);
      return 0;
    }
    if (command === 'list') {
      if (rest.length) return usage('token list takes no arguments');
      console.log(['id', 'role', 'name', 'created', 'last used', 'revoked'].join('\t'));
      for (const t of listTokens(db)) {
        console.log([t.id, t.role, t.name, t.createdAt, t.lastUsedAt ?? '-', t.revokedAt ?? '-'].join('\t'));
      }
      return 0;
    }
    if (command === 'revoke') {
      const id = Number(rest[0]);
      if (rest.length !== 1 || !Number.isInteger(id) || id < 1) return usage('token revoke takes one token id');
      const row = revokeToken(db, id);
      console.log(`token ${row.id} ("${row.name}") revoked at ${row.revokedAt}`);
      return 0;
    }
    return usage(command === undefined ? null : `unknown token command "${command}"`);
  } catch (error) {
    // parseArgs throws TypeErrors with a code for unknown or malformed options.
    if (error instanceof AppError || (error instanceof TypeError && 'code' in error)) {
      console.error(`newsgraph token: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

function usage(problem: string | null): number {
  if (problem) console.error(`newsgraph token: ${problem}`);
  console.error(TOKEN_USAGE);
  return 2;
}
