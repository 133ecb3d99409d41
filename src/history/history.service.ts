import type { Db } from '../db/client.js';
import { keyset, type Ordering, orderSql, type Page, type PageWindow, toPage } from '../db/pagination.js';
import { queryAll, reader } from '../db/reader.js';
import { type EditRow, edits } from '../db/schema/index.js';
import type { EditableType } from './editable.js';

/** A record's history, oldest first; `last: n` gives the newest n. */
export const historyOrder: Ordering<EditRow> = {
  name: 'RECORDED',
  columns: [edits.id],
  descending: false,
  key: (r) => [r.id],
};

/**
 * The history page of each record (of one type) in `ids`, in one statement:
 * per record, a range scan of edits_entity_idx that stops at the page size.
 */
export function historyPagesUnder(
  db: Db,
  type: EditableType,
  ids: readonly number[],
  window: PageWindow,
): Map<number, Page<EditRow>> {
  const bounds = keyset(historyOrder, window, ['c.id']);
  const sql = `SELECT ${reader(edits).selectList('e')}, p.value AS "__parent"
    FROM json_each(@parents) p JOIN edits e ON e.id IN (
      SELECT c.id FROM edits c WHERE c.entity_type = @type AND c.entity_id = p.value AND ${bounds.sql}
      ORDER BY ${orderSql(historyOrder, window, ['c.id'])} LIMIT ?)
    ORDER BY p.value, ${orderSql(historyOrder, window, ['e.id'])}`;
  const rows = queryAll<EditRow & { __parent: number }>(db, sql, [
    ...bounds.params,
    window.size + 1,
    { parents: JSON.stringify(ids), type },
  ]);
  const byParent = new Map<number, EditRow[]>();
  for (const row of rows) byParent.set(row.__parent, [...(byParent.get(row.__parent) ?? []), row]);
  return new Map(ids.map((id) => [id, toPage(byParent.get(id) ?? [], historyOrder, window)]));
}

export function historyCountsUnder(db: Db, type: EditableType, ids: readonly number[]): Map<number, number> {
  const rows = queryAll<{ parent: number; total: number }>(
    db,
    `SELECT entity_id AS parent, count(*) AS total FROM edits
     WHERE entity_type = @type AND entity_id IN (SELECT value FROM json_each(@parents)) GROUP BY entity_id`,
    [{ parents: JSON.stringify(ids), type }],
  );
  const counts = new Map<number, number>(ids.map((id) => [id, 0]));
  for (const { parent, total } of rows) counts.set(parent, total);
  return counts;
}
