import type { Db } from '../db/client.js';
import { factDay } from '../db/filters.js';
import { groupedFacts, periodKeys } from '../db/grouped.js';
import type { Filter } from '../db/pagination.js';
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

/** Statements counted per bucket: "who is quoted most" is statementStats(groupBy: [SPEAKER]). */
export function statementStats(
  db: Db,
  filter: Filter | undefined,
  groupBy: StatementGroupKey[],
  limit?: number,
): StatementBucket[] {
  return groupedFacts<StatementGroupKey, StatementBucket>(db, {
    table: statements,
    keys: KEYS,
    groupBy,
    measures: { statementCount: 'count(*)', articleCount: 'count(DISTINCT t.article_id)' },
    filter,
    limit,
  });
}
