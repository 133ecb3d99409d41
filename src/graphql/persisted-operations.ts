import fs from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import { StartupError } from '../errors.js';

/**
 * Operations clients may send by hash alone, from the map the SDK's codegen
 * writes. With `only`, nothing else runs: a production client's operations
 * are known in advance, and an attacker cannot send a new one.
 */
export function persistedOperations(file: string | null, only: boolean): Plugin[] {
  if (!file) {
    if (only) throw new StartupError('PERSISTED_OPERATIONS_ONLY needs PERSISTED_OPERATIONS_FILE');
    return [];
  }
  let operations: Record<string, string>;
  try {
    operations = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  } catch (error) {
    throw new StartupError(`cannot read PERSISTED_OPERATIONS_FILE ${file}: ${(error as Error).message}`);
  }
  return [
    usePersistedOperations({
      getPersistedOperation: (hash) => operations[hash] ?? null,
      allowArbitraryOperations: !only,
    }) as Plugin,
  ];
}
