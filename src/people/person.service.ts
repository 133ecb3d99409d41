import { allOf, condition, equals } from '../db/filters.js';
import { byName, mostFirst, orderedLists } from '../db/lists.js';
import { people } from '../db/schema/index.js';

export const personLists = orderedLists(people, {
  NAME: byName(people),
  MOST_STATEMENTS: mostFirst(people, people.statementCount),
  MOST_ARTICLES: mostFirst(people, people.articleCount),
});

export interface PersonFilter {
  /** The start of the person's name or of one of their aliases, in any case. */
  namePrefix?: string;
  nationalityId?: number;
  hasStatements?: boolean;
}

export function personFilter(f: PersonFilter) {
  const pattern = f.namePrefix !== undefined ? `${f.namePrefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  return allOf([
    pattern !== undefined &&
      condition(
        (a) =>
          `${a}.name LIKE ? ESCAPE '\\' OR ${a}.id IN (SELECT x.person_id FROM person_aliases x WHERE x.alias LIKE ? ESCAPE '\\')`,
        pattern,
        pattern,
      ),
    f.nationalityId !== undefined && equals(people.nationalityId, f.nationalityId),
    f.hasStatements != null && condition((a) => `${a}.statement_count ${f.hasStatements ? '>' : '='} 0`),
  ]);
}
