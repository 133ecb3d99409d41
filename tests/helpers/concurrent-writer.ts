/**
 * One of two writers in tests/concurrency.test.ts: a separate process with
 * its own connection to the same database file, raising a casualty count one
 * by one the way an editor would: read the record, then update it at the
 * revision read. A ConflictError means the other writer got there first:
 * read again and retry, as a client should.
 */
import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { casualtyReportSpec } from '../../src/casualties/casualty-report.mutations.js';
import { updateRecord } from '../../src/curation/edit.service.js';
import { openDatabase } from '../../src/db/client.js';
import { casualtyReports } from '../../src/db/schema/index.js';
import { ConflictError } from '../../src/errors.js';
import { encodeGlobalId } from '../../src/graphql/global-id.js';
// Building the schema registers the types global IDs may name.
import '../../src/schema.js';

const [file, name, times, go] = process.argv.slice(2) as [string, string, string, string];
const db = openDatabase(file);
// Start together: each writer waits for the test to create the `go` file once both are ready.
console.log('ready');
while (!fs.existsSync(go)) await new Promise((resolve) => setTimeout(resolve, 5));
const caller = { role: 'editor' as const, tokenId: null, name };
let conflicts = 0;
for (let done = 0; done < Number(times); ) {
  const row = db.select().from(casualtyReports).where(eq(casualtyReports.id, 1)).get();
  if (!row) throw new Error('no casualty report 1');
  // Let the other process in between the read and the write, as a network round trip would.
  await new Promise((resolve) => setTimeout(resolve, 1));
  try {
    const count = (row.count ?? 0) + 1;
    updateRecord({ db, caller }, casualtyReportSpec, {
      id: encodeGlobalId('CasualtyReport', row.id),
      revision: row.revision,
      count,
      countLow: count,
    });
    done++;
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    conflicts++;
  }
}
db.$client.close();
console.log(JSON.stringify({ name, conflicts }));
