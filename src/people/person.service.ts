import { namedList } from '../db/lists.js';
import { people } from '../db/schema/index.js';

export const personList = namedList(people);
