// Prints the schema to schema.graphql; with --check, exits 1 when the file is stale.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchemaFile } from '../src/graphql/print-schema.js';

const file = fileURLToPath(new URL('../schema.graphql', import.meta.url));
const printed = printSchemaFile();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current !== printed) {
    console.error('schema.graphql is stale: run `npm run schema:print` and commit the result');
    process.exit(1);
  }
  console.log('schema.graphql is current');
} else {
  fs.writeFileSync(file, printed);
  console.log('wrote schema.graphql');
}
