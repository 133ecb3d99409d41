import { allOf, condition, oneOf, PLACE_AND_INSIDE } from '../db/filters.js';
import { byName, mostFirst, orderedLists } from '../db/lists.js';
import type { placeKinds } from '../db/schema/index.js';
import { places } from '../db/schema/index.js';

export const placeLists = orderedLists(places, {
  NAME: byName(places),
  MOST_ARTICLES: mostFirst(places, places.articleCount),
});

export interface PlaceFilter {
  kinds?: Array<(typeof placeKinds)[number]>;
  /** Places inside this one, at any depth (not the place itself). */
  insideId?: number;
}

export function placeFilter(f: PlaceFilter) {
  return allOf([
    oneOf(places.kind, f.kinds),
    f.insideId !== undefined &&
      condition((a) => `${a}.id IN (${PLACE_AND_INSIDE}) AND ${a}.id <> ?`, f.insideId, f.insideId),
  ]);
}
