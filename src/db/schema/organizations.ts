import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { oneOf } from './columns.js';
import { places } from './places.js';

export const organizationKinds = [
  'GOVERNMENT',
  'MILITARY',
  'NEWS_AGENCY',
  'POLITICAL_GROUP',
  'SECURITY_FORCES',
  'DIPLOMATIC_MISSION',
  'OTHER',
] as const;

export const organizations = sqliteTable(
  'organizations',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: organizationKinds }).notNull(),
    countryId: integer('country_id').references(() => places.id),
  },
  (t) => [
    index('organizations_country_id_idx').on(t.countryId),
    index('organizations_name_idx').on(t.name),
    check('organizations_kind_check', oneOf(t.kind, organizationKinds)),
  ],
);

export type OrganizationRow = typeof organizations.$inferSelect;
