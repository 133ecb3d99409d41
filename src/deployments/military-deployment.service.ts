import { allOf, atLeast, equals, factDayWithin, oneOf, withinPlace } from '../db/filters.js';
import { largestFirst, latestFirst, orderedLists, readingOrder } from '../db/lists.js';
import type { deploymentStatuses, reviewStatuses } from '../db/schema/index.js';
import { militaryDeployments } from '../db/schema/index.js';

export const militaryDeploymentLists = orderedLists(militaryDeployments, {
  READING_ORDER: readingOrder(militaryDeployments),
  LATEST: latestFirst(militaryDeployments, militaryDeployments.occurredOn),
  LARGEST: largestFirst(militaryDeployments, [militaryDeployments.personnel]),
});

export interface MilitaryDeploymentFilter {
  deployingCountryId?: number;
  hostCountryId?: number;
  /** A place: deployments there or at any place inside it. */
  locationId?: number;
  statuses?: Array<(typeof deploymentStatuses)[number]>;
  reviewStatuses?: Array<(typeof reviewStatuses)[number]>;
  minConfidence?: number;
  from?: string;
  to?: string;
}

export function militaryDeploymentFilter(f: MilitaryDeploymentFilter) {
  return allOf([
    f.deployingCountryId !== undefined && equals(militaryDeployments.deployingCountryId, f.deployingCountryId),
    f.hostCountryId !== undefined && equals(militaryDeployments.hostCountryId, f.hostCountryId),
    f.locationId !== undefined && withinPlace(militaryDeployments.locationId, f.locationId),
    oneOf(militaryDeployments.status, f.statuses),
    oneOf(militaryDeployments.reviewStatus, f.reviewStatuses),
    atLeast(militaryDeployments.confidence, f.minConfidence),
    factDayWithin(militaryDeployments.occurredOn, f.from, f.to),
  ]);
}
