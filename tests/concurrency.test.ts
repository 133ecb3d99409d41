import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casualtyReports, edits } from '../src/db/schema/index.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { runScriptConcurrently } from './helpers/process.js';

const TIMES = 40;

describe('two writers on one database', () => {
  let app: TestApp;
  beforeAll(() => {
    app = createTestApp();
  });
  afterAll(() => app.close());

  it('lose no update: each write lands or gets a conflict, and every retry lands', async () => {
    // The seed's one casualty report counts 75 dead, at revision 1.
    const start = app.db.select().from(casualtyReports).where(eq(casualtyReports.id, 1)).get();
    expect(start).toMatchObject({ count: 75, revision: 1 });
    const go = `${app.file}.go`;
    const running = ['first', 'second'].map((name) =>
      runScriptConcurrently('tests/helpers/concurrent-writer.ts', [app.file, name, String(TIMES), go]),
    );
    await Promise.all(running.map((r) => r.ready));
    fs.writeFileSync(go, '');
    const writers = await Promise.all(running.map((r) => r.done));
    for (const writer of writers) expect(writer).toMatchObject({ status: 0, stderr: '' });
    const end = app.db.select().from(casualtyReports).where(eq(casualtyReports.id, 1)).get();
    // 2 × 40 increments, none overwritten: had one writer written over the other's change, the
    // count would fall short of 155 while the revision still rose.
    expect(end).toMatchObject({ count: 75 + 2 * TIMES, countLow: 75 + 2 * TIMES, revision: 1 + 2 * TIMES });
    const history = app.db.select().from(edits).where(eq(edits.entityId, 1)).all();
    expect(history.filter((e) => e.entityType === 'CasualtyReport').length).toBe(2 * TIMES);
    const byWriter = (name: string) => history.filter((e) => e.callerName === name).length;
    expect([byWriter('first'), byWriter('second')]).toEqual([TIMES, TIMES]);
  });
});
