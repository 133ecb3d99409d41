import { loaderById } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { militaryDeployments } from '../db/schema/index.js';

export function createMilitaryDeploymentLoaders(db: Db) {
  return { militaryDeploymentById: loaderById(db, militaryDeployments) };
}
