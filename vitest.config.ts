import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 has no "exports" map: Node loads its CommonJS build for Pothos and yoga, while Vite would
  // pick the ES build for our code. Two copies of graphql break instanceof checks, so pin the one Node uses.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['tests/**/*.test.ts'],
    // Request logs are tested where they matter; elsewhere they would bury the test output.
    env: { LOG_LEVEL: 'silent' },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
