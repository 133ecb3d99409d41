import type { Db } from '../db/client.js';
import { factDay } from '../db/filters.js';
import { groupedFacts, periodKeys } from '../db/grouped.js';
import type { Filter } from '../db/pagination.js';
import { queryAll } from '../db/reader.js';
import { type statementKinds, statements } from '../db/schema/index.js';

export const statementGroupKeys = ['SPEAKER', 'KIND', 'DAY', 'WEEK', 'MONTH'] as const;
export type StatementGroupKey = (typeof statementGroupKeys)[number];

export interface StatementBucket {
  speakerPersonId: number | null;
  speakerOrganizationId: number | null;
  kind: (typeof statementKinds)[number] | null;
  period: string | null;
  statementCount: number;
  articleCount: number;
}

const KEYS = {
  SPEAKER: { speakerPersonId: 't.speaker_person_id', speakerOrganizationId: 't.speaker_organization_id' },
  KIND: { kind: 't.kind' },
  ...periodKeys(['DAY', 'WEEK', 'MONTH'], factDay(statements.statedOn)('t')),
};

// "Who is quoted most" over every statement, read from the speaker_totals rollup in the order groupedFacts gives.
const MOST_QUOTED = `SELECT nullif(speaker_person_id, 0) AS speakerPersonId,
    nullif(speaker_organization_id, 0) AS speakerOrganizationId,
    statement_count AS statementCount, article_count AS articleCount
  FROM speaker_totals ORDER BY statement_count DESC, speaker_person_id, speaker_organization_id LIMIT ?`;

/** Statements counted per bucket: "who is quoted most" is statementStats(groupBy: [SPEAKER]). */
export function statementStats(
  db: Db,
  filter: Filter | undefined,
  groupBy: StatementGroupKey[],
  limit?: number,
): StatementBucket[] {
  if (!filter && groupBy.every((key) => key === 'SPEAKER')) {
    return queryAll<Omit<StatementBucket, 'kind' | 'period'>>(db, MOST_QUOTED, [limit ?? -1]).map((bucket) => ({
      ...bucket,
      kind: null,
      period: null,
    }));
  }
  return groupedFacts<StatementGroupKey, StatementBucket>(db, {
    table: statements,
    keys: KEYS,
    groupBy,
    measures: { statementCount: 'count(*)', articleCount: 'count(DISTINCT t.article_id)' },
    filter,
    limit,
  });
}
