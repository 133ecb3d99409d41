/**
 * drizzle-kit 0.31 prints an index on an expression wrongly: it splits
 * `coalesce("a", '')` at its commas and quotes each piece as if it were a
 * column (`coalesce("a"`,` '')`). `npm run db:generate -- <drizzle-kit options>`
 * runs drizzle-kit generate with the options given, then joins such pieces
 * back in every migration, leaving correct files as they are.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('../drizzle', import.meta.url));
// A backquoted function call cut off before its parentheses close, and the backquoted pieces after it.
const SPLIT_EXPRESSION = /`(\w+\([^`]*)`((?:,`[^`]*`)+)/g;

const depth = (text: string) => [...text].reduce((d, c) => d + (c === '(' ? 1 : c === ')' ? -1 : 0), 0);

/** Joins pieces back onto the call until its parentheses balance; the columns after it stay quoted. */
function mend(_whole: string, call: string, rest: string): string {
  const pieces = rest.slice(2, -1).split('`,`');
  let expression = call;
  while (depth(expression) > 0 && pieces.length) expression += `,${pieces.shift()}`;
  return [expression, ...pieces.map((p) => `\`${p}\``)].join(',');
}

const generated = spawnSync('npx', ['drizzle-kit', 'generate', ...process.argv.slice(2)], { stdio: 'inherit' });
if (generated.status !== 0) process.exit(generated.status ?? 1);

for (const name of fs.readdirSync(folder).filter((f) => f.endsWith('.sql'))) {
  const file = path.join(folder, name);
  const sql = fs.readFileSync(file, 'utf8');
  const mended = sql.replace(SPLIT_EXPRESSION, mend);
  if (mended !== sql) {
    fs.writeFileSync(file, mended);
    console.log(`mended an expression index in drizzle/${name}`);
  }
}
