import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { isoDate, oneOf } from './columns.js';
import { articleDayColumn, factColumns, factConstraints, factDayIndex, factsByParentIndex } from './facts.js';
import { organizations } from './organizations.js';
import { people } from './people.js';

export const statementKinds = ['DIRECT_QUOTE', 'REPORTED_SPEECH'] as const;

export const statements = sqliteTable(
  'statements',
  {
    id: integer('id').primaryKey(),
    kind: text('kind', { enum: statementKinds }).notNull(),
    text: text('text').notNull(),
    speakerPersonId: integer('speaker_person_id').references(() => people.id),
    speakerOrganizationId: integer('speaker_organization_id').references(() => organizations.id),
    /** How the article names the speaker ("he", "An leading opposition figure"), and where. */
    speakerLabel: text('speaker_label').notNull(),
    speakerStart: integer('speaker_start'),
    speakerEnd: integer('speaker_end'),
    verb: text('verb'),
    addresseePersonId: integer('addressee_person_id').references(() => people.id),
    addresseeOrganizationId: integer('addressee_organization_id').references(() => organizations.id),
    addresseeLabel: text('addressee_label'),
    outletId: integer('outlet_id').references(() => organizations.id),
    outletLabel: text('outlet_label'),
    statedOn: text('stated_on'),
    ...factColumns(),
    ...articleDayColumn(),
  },
  (t) => [
    ...factConstraints('statements', t),
    factDayIndex('statements_day_idx', t.statedOn, t),
    factsByParentIndex('statements_speaker_person_id_idx', t.speakerPersonId, t),
    factsByParentIndex('statements_speaker_organization_id_idx', t.speakerOrganizationId, t),
    index('statements_addressee_person_id_idx').on(t.addresseePersonId),
    index('statements_addressee_organization_id_idx').on(t.addresseeOrganizationId),
    index('statements_outlet_id_idx').on(t.outletId),
    index('statements_kind_idx').on(t.kind, t.reviewStatus),
    // A speaker's statements latest first (a person page), without sorting them.
    index('statements_speaker_latest_idx').on(t.speakerPersonId, sql`coalesce(${t.statedOn}, '')`, t.id),
    // statementStats by speaker reads this index alone, in speaker order.
    index('statements_speaker_stats_idx').on(t.speakerPersonId, t.speakerOrganizationId, t.reviewStatus, t.articleId),
    index('statements_latest_idx').on(sql`coalesce(${t.statedOn}, '')`, t.id),
    check('statements_kind_check', oneOf(t.kind, statementKinds)),
    check('statements_text_check', sql`length(${t.text}) > 0`),
    check('statements_one_speaker_check', sql`${t.speakerPersonId} IS NULL OR ${t.speakerOrganizationId} IS NULL`),
    check(
      'statements_one_addressee_check',
      sql`${t.addresseePersonId} IS NULL OR ${t.addresseeOrganizationId} IS NULL`,
    ),
    check(
      'statements_speaker_span_check',
      sql`(${t.speakerStart} IS NULL AND ${t.speakerEnd} IS NULL) OR (${t.speakerStart} >= 0 AND ${t.speakerEnd} > ${t.speakerStart})`,
    ),
    check('statements_stated_on_check', isoDate(t.statedOn)),
  ],
);

export type StatementRow = typeof statements.$inferSelect;
