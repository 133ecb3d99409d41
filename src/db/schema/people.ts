import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { editableColumns } from './columns.js';
import { factColumns, factConstraints } from './facts.js';
import { organizations } from './organizations.js';
import { places } from './places.js';

export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    description: text('description'),
    nationalityId: integer('nationality_id').references(() => places.id),
    /** How many statements the person is the speaker of. Kept by triggers (drizzle/0006_list_orderings_triggers.sql and, for retractions, 0010); orders lists by it. */
    statementCount: integer('statement_count').notNull().default(0),
    /** How many articles are about the person (article_subjects). Kept by triggers (drizzle/0006_list_orderings_triggers.sql and, for retractions, 0010); orders lists by it. */
    articleCount: integer('article_count').notNull().default(0),
    ...editableColumns(),
  },
  (t) => [
    index('people_nationality_id_idx').on(t.nationalityId),
    index('people_name_idx').on(t.name),
    index('people_most_statements_idx').on(t.statementCount, t.id),
    index('people_most_articles_idx').on(t.articleCount, t.id),
  ],
);

/** Other names a person goes by ("Mr. Bakiyev"); one row each so they can be searched by prefix. */
export const personAliases = sqliteTable(
  'person_aliases',
  {
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.alias] }), index('person_aliases_alias_idx').on(t.alias)],
);

/** A title an article gives a person ("ousted ... President"): a fact, with its evidence. */
export const roles = sqliteTable(
  'roles',
  {
    id: integer('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    title: text('title').notNull(),
    organizationId: integer('organization_id').references(() => organizations.id),
    countryId: integer('country_id').references(() => places.id),
    qualifier: text('qualifier'),
    ...factColumns(),
  },
  (t) => [
    ...factConstraints('roles', t),
    // Leads with person_id (the foreign key) and covers the grouping of Person.roles.
    index('roles_person_id_idx').on(t.personId, t.title, t.qualifier, t.organizationId, t.countryId),
    index('roles_organization_id_idx').on(t.organizationId),
    index('roles_country_id_idx').on(t.countryId),
  ],
);

export type PersonRow = typeof people.$inferSelect;
export type RoleRow = typeof roles.$inferSelect;
