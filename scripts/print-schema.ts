// Prints the schema to schema.graphql. With --check: exits 1 when schema.graphql is stale, or when it
// breaks schema.released.graphql in a way CHANGELOG.md has not announced after a deprecation.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchemaFile } from '../src/graphql/print-schema.js';
import { disallowedBreakingChanges } from './schema-evolution.js';

const at = (name: string) => fileURLToPath(new URL(`../${name}`, import.meta.url));
const file = at('schema.graphql');
const printed = printSchemaFile();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current !== printed) {
    console.error('schema.graphql is stale: run `npm run schema:print` and commit the result');
    process.exit(1);
  }
  const problems = await disallowedBreakingChanges(
    fs.readFileSync(at('schema.released.graphql'), 'utf8'),
    printed,
    fs.readFileSync(at('CHANGELOG.md'), 'utf8'),
  );
  if (problems.length) {
    console.error(
      'schema.graphql breaks the released schema. Deprecate first, release, then remove and name it in CHANGELOG.md:',
    );
    for (const problem of problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  console.log('schema.graphql is current and breaks nothing released');
} else {
  fs.writeFileSync(file, printed);
  console.log('wrote schema.graphql');
}
