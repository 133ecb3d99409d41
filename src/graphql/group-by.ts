import { BadUserInputError } from '../errors.js';

const MAX_GROUP_KEYS = 5;

/** One to five distinct group keys, at most one of them a period: refused otherwise, naming `groupBy`. */
export function checkGroupBy<K extends string>(groupBy: readonly K[], periods: readonly K[]): K[] {
  const keys = [...new Set(groupBy)];
  if (keys.length === 0 || keys.length > MAX_GROUP_KEYS) {
    throw new BadUserInputError(`"groupBy" takes one to ${MAX_GROUP_KEYS} keys`, { argument: 'groupBy' });
  }
  if (keys.filter((k) => periods.includes(k)).length > 1) {
    throw new BadUserInputError(`"groupBy" takes at most one of ${periods.join(', ')}`, { argument: 'groupBy' });
  }
  return keys;
}

export function groupByDescription(periods: readonly string[]): string {
  return `One to ${MAX_GROUP_KEYS} keys (at most one of ${periods.join(', ')}).`;
}
