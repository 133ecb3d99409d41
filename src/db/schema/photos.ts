import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { articles } from './articles.js';
import { editableColumns, isoDate } from './columns.js';
import { people } from './people.js';
import { places } from './places.js';

export const photos = sqliteTable(
  'photos',
  {
    id: integer('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    caption: text('caption').notNull(),
    /** The credit line exactly as printed. */
    credit: text('credit'),
    photographerId: integer('photographer_id').references(() => people.id),
    takenOn: text('taken_on'),
    placeId: integer('place_id').references(() => places.id),
    ...editableColumns(),
  },
  (t) => [
    index('photos_article_id_idx').on(t.articleId),
    index('photos_photographer_id_idx').on(t.photographerId),
    index('photos_place_id_idx').on(t.placeId),
    check('photos_taken_on_check', isoDate(t.takenOn)),
    check('photos_caption_check', sql`length(${t.caption}) > 0`),
  ],
);

export type PhotoRow = typeof photos.$inferSelect;
