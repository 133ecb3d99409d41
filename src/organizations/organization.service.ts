import { namedList } from '../db/lists.js';
import { organizations } from '../db/schema/index.js';

export const organizationList = namedList(organizations);
