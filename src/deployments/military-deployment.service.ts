import { factList } from '../db/lists.js';
import { militaryDeployments } from '../db/schema/index.js';

export const militaryDeploymentList = factList(militaryDeployments);
