import { namedList } from '../db/lists.js';
import { places } from '../db/schema/index.js';

export const placeList = namedList(places);
