import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.js';

describe('the connection keeps prepared statements', () => {
  it('hands the same statement out again, with the result mode a fresh one has', () => {
    const db = openDatabase(':memory:');
    try {
      const sql = 'SELECT 7 AS seven';
      const first = db.$client.prepare(sql);
      expect(first.pluck().get()).toBe(7);
      const again = db.$client.prepare(sql);
      expect(again).toBe(first);
      expect(again.get()).toEqual({ seven: 7 });
      expect(db.$client.prepare(sql).raw().get()).toEqual([7]);
      expect(db.$client.prepare(sql).all()).toEqual([{ seven: 7 }]);
      // A statement that returns no data has no result mode to reset.
      db.$client.prepare('CREATE TABLE t (x)').run();
      const insert = db.$client.prepare('INSERT INTO t VALUES (?)');
      insert.run(1);
      db.$client.prepare('INSERT INTO t VALUES (?)').run(2);
      expect(db.$client.prepare('SELECT count(*) FROM t').pluck().get()).toBe(2);
    } finally {
      db.$client.close();
    }
  });
});
