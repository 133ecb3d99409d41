import { allOf, atLeast, condition, equals, factDayWithin, oneOf } from '../db/filters.js';
import { latestFirst, orderedLists, readingOrder } from '../db/lists.js';
import type { reviewStatuses, statementKinds } from '../db/schema/index.js';
import { statements } from '../db/schema/index.js';

export const statementLists = orderedLists(statements, {
  READING_ORDER: readingOrder(statements),
  LATEST: latestFirst(statements, statements.statedOn),
});

export interface StatementFilter {
  speakerPersonId?: number;
  speakerOrganizationId?: number;
  articleId?: number;
  kinds?: Array<(typeof statementKinds)[number]>;
  reviewStatuses?: Array<(typeof reviewStatuses)[number]>;
  minConfidence?: number;
  /** Days (YYYY-MM-DD) the words were said, or their article appeared when the article does not tell. */
  from?: string;
  to?: string;
  /** An FTS5 expression over the words (toMatchExpression). */
  textMatch?: string;
}

export function statementFilter(f: StatementFilter) {
  return allOf([
    f.speakerPersonId !== undefined && equals(statements.speakerPersonId, f.speakerPersonId),
    f.speakerOrganizationId !== undefined && equals(statements.speakerOrganizationId, f.speakerOrganizationId),
    f.articleId !== undefined && equals(statements.articleId, f.articleId),
    oneOf(statements.kind, f.kinds),
    oneOf(statements.reviewStatus, f.reviewStatuses),
    atLeast(statements.confidence, f.minConfidence),
    factDayWithin(statements.statedOn, f.from, f.to),
    f.textMatch !== undefined &&
      condition((a) => `${a}.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)`, f.textMatch),
  ]);
}
