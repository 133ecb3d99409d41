import { allOf, atLeast, condition, equals, factDayWithin, oneOf, withinPlace } from '../db/filters.js';
import { largestFirst, latestFirst, orderedLists, readingOrder } from '../db/lists.js';
import type { casualtyCategories, countQualifiers, reviewStatuses } from '../db/schema/index.js';
import { casualtyReports } from '../db/schema/index.js';

export const casualtyReportLists = orderedLists(casualtyReports, {
  READING_ORDER: readingOrder(casualtyReports),
  LATEST: latestFirst(casualtyReports, casualtyReports.occurredOn),
  LARGEST: largestFirst(casualtyReports, [casualtyReports.count, casualtyReports.countLow]),
});

export interface CasualtyReportCriteria {
  /** A place: reports there or in any place inside it. */
  placeId?: number;
  eventId?: number;
  categories?: Array<(typeof casualtyCategories)[number]>;
  qualifiers?: Array<(typeof countQualifiers)[number]>;
  reviewStatuses?: Array<(typeof reviewStatuses)[number]>;
  minConfidence?: number;
  /** Days of the incidents (their article's day when the report gives none). */
  from?: string;
  to?: string;
  /** Reports whose figure (or, without one, its lower bound) is at least this. */
  minCount?: number;
}

export function casualtyReportFilter(f: CasualtyReportCriteria) {
  return allOf([
    f.placeId !== undefined && withinPlace(casualtyReports.placeId, f.placeId),
    f.eventId !== undefined && equals(casualtyReports.eventId, f.eventId),
    oneOf(casualtyReports.category, f.categories),
    oneOf(casualtyReports.qualifier, f.qualifiers),
    oneOf(casualtyReports.reviewStatus, f.reviewStatuses),
    atLeast(casualtyReports.confidence, f.minConfidence),
    factDayWithin(casualtyReports.occurredOn, f.from, f.to),
    f.minCount !== undefined && condition((a) => `coalesce(${a}.count, ${a}.count_low) >= ?`, f.minCount),
  ]);
}
