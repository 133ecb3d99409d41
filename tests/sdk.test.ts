import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { sdkConfig } from '../examples/client/codegen.js';
import { createToken } from '../src/auth/token.service.js';
import { openDatabase } from '../src/db/client.js';
import { tempDir } from './helpers/app.js';
import { ROOT, runScript, startServer } from './helpers/process.js';

const EXAMPLE = path.join(ROOT, 'examples', 'client');

describe('the generated client SDK (examples/client)', () => {
  it('generates from schema.graphql, type-checks, and runs against a server limited to its operations', async () => {
    // A copy inside the repository, so that its imports resolve to this project's node_modules.
    const work = fs.mkdtempSync(path.join(ROOT, 'node_modules', '.sdk-test-'));
    const dir = tempDir();
    try {
      fs.cpSync(path.join(EXAMPLE, 'src'), path.join(work, 'src'), {
        recursive: true,
        filter: (source) => !source.includes(`${path.sep}gql`),
      });
      fs.writeFileSync(path.join(work, 'package.json'), '{ "type": "module" }\n');
      await generate(sdkConfig(path.join(ROOT, 'schema.graphql'), work), true);
      const allowList = path.join(work, 'src', 'gql', 'persisted-documents.json');
      // The committed example is what the generator makes today.
      expect(fs.readFileSync(allowList, 'utf8')).toBe(
        fs.readFileSync(path.join(EXAMPLE, 'src', 'gql', 'persisted-documents.json'), 'utf8'),
      );

      const tsc = spawnSync(
        process.execPath,
        [
          path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
          '--noEmit',
          '--strict',
          '--noUncheckedIndexedAccess',
          '--skipLibCheck',
          '--target',
          'es2022',
          '--module',
          'nodenext',
          '--moduleResolution',
          'nodenext',
          path.join(work, 'src', 'main.ts'),
        ],
        { encoding: 'utf8' },
      );
      expect(tsc.stdout + tsc.stderr).toBe('');
      expect(tsc.status).toBe(0);

      const server = await startServer({
        DATABASE_PATH: path.join(dir, 'sdk.db'),
        PERSISTED_OPERATIONS_FILE: allowList,
        PERSISTED_OPERATIONS_ONLY: 'true',
      });
      try {
        const db = openDatabase(path.join(dir, 'sdk.db'));
        const token = createToken(db, { role: 'editor', name: 'SDK desk' }).token;
        db.$client.close();
        const run = runScript(path.join(work, 'src', 'main.ts'), [], {
          NEWSGRAPH_URL: server.url,
          NEWSGRAPH_TOKEN: token,
        });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('Russia sends troops to Kyrgyzstan after Bakiyev is ousted (2010-04-08)');
        expect(run.stdout).toContain('  Nikolai Makarov: General, armed forces chief of staff');
        expect(run.stdout).toContain('Kyrgyzstan hosts Russia paratroopers (ARRIVED)');
        expect(run.stdout).toContain('Kyrgyzstan hosts United States air base (LEASED)');
        // The seed's one casualty report: "at least 75 people dead" in April 2010.
        expect(run.stdout).toContain('casualties 2010-04 KILLED: 75, 1 report(s)');
        // An editor's mutation runs from the allow-list too.
        expect(run.stdout).toContain('reviewed CasualtyReport: CONFIRMED');

        // Anything not on the allow-list is refused.
        const arbitrary = await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ articles { totalCount } }' }),
        });
        const body = (await arbitrary.json()) as { data?: unknown; errors: Array<{ message: string }> };
        expect(body.data ?? null).toBeNull();
        expect(body.errors[0]?.message).toMatch(/persisted/i);
      } finally {
        await server.stop();
      }
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
