import { allOf, equals, oneOf } from '../db/filters.js';
import { byName, mostFirst, orderedLists } from '../db/lists.js';
import type { organizationKinds } from '../db/schema/index.js';
import { organizations } from '../db/schema/index.js';

export const organizationLists = orderedLists(organizations, {
  NAME: byName(organizations),
  MOST_ARTICLES: mostFirst(organizations, organizations.articleCount),
});

export interface OrganizationFilter {
  kinds?: Array<(typeof organizationKinds)[number]>;
  countryId?: number;
}

export function organizationFilter(f: OrganizationFilter) {
  return allOf([
    oneOf(organizations.kind, f.kinds),
    f.countryId !== undefined && equals(organizations.countryId, f.countryId),
  ]);
}
