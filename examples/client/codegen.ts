import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The SDK: typed documents for the operations in src/operations.ts, from the
 * server's printed schema, and persisted-documents.json, the allow-list a
 * production server can be limited to (PERSISTED_OPERATIONS_FILE).
 */
export function sdkConfig(schema = here('../../schema.graphql'), root = here('.')): CodegenConfig {
  return {
    schema,
    documents: [`${root}/src/operations.ts`],
    generates: {
      [`${root}/src/gql/`]: {
        preset: 'client',
        presetConfig: { persistedDocuments: true, fragmentMasking: false },
        config: { useTypeImports: true },
      },
    },
    emitLegacyCommonJSImports: false,
    silent: true,
  };
}

export default sdkConfig();
