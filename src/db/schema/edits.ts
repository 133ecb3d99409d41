import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { apiTokens } from './api-tokens.js';
import { createdAt } from './columns.js';

/**
 * The history of every change made through the API: who, when, what, and the
 * record before and after (JSON of its row), written in the transaction of
 * the change. The id only grows (AUTOINCREMENT never reuses one), so the table
 * doubles as a change log a subscriber can follow from the last id it saw.
 */
export const edits = sqliteTable(
  'edits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: createdAt(),
    /** All the entries one mutation wrote share it (the id of its first entry): a merge is undone as one. */
    changeSet: integer('change_set').notNull(),
    tokenId: integer('token_id').references(() => apiTokens.id),
    callerName: text('caller_name').notNull(),
    callerRole: text('caller_role').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: integer('entity_id').notNull(),
    /** The row before the change as JSON; null when the change created it. */
    before: text('before'),
    after: text('after').notNull(),
    /** Why, in the editor's words (a review note). */
    note: text('note'),
  },
  (t) => [
    // A record's history, oldest first; the primary key alone orders the change log.
    index('edits_entity_idx').on(t.entityType, t.entityId, t.id),
    index('edits_change_set_idx').on(t.changeSet),
    // What one token did.
    index('edits_token_id_idx').on(t.tokenId, t.id),
  ],
);

export type EditRow = typeof edits.$inferSelect;
