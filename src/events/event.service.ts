import { allOf, condition, oneOf, withinPlace } from '../db/filters.js';
import { byColumns, latestFirst, mostFirst, orderedLists } from '../db/lists.js';
import type { eventKinds } from '../db/schema/index.js';
import { events } from '../db/schema/index.js';

export const eventLists = orderedLists(events, {
  RECORDED: byColumns(events, [events.id], false),
  LATEST: latestFirst(events, events.startsOn),
  MOST_ARTICLES: mostFirst(events, events.articleCount),
});

export interface EventFilter {
  kinds?: Array<(typeof eventKinds)[number]>;
  /** A place: events there or at any place inside it. */
  placeId?: number;
  /** Events that overlap these days; events without dates are left out once either is given. */
  from?: string;
  to?: string;
}

export function eventFilter(f: EventFilter) {
  return allOf([
    oneOf(events.kind, f.kinds),
    f.placeId !== undefined && withinPlace(events.placeId, f.placeId),
    f.from !== undefined && condition((a) => `coalesce(${a}.ends_on, ${a}.starts_on) >= ?`, f.from),
    f.to !== undefined && condition((a) => `${a}.starts_on <= ?`, f.to),
  ]);
}
