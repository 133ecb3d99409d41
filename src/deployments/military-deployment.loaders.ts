import { type LoaderOptions, loaderById } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { militaryDeployments } from '../db/schema/index.js';

export function createMilitaryDeploymentLoaders(db: Db, options: LoaderOptions = {}) {
  return { militaryDeploymentById: loaderById(db, militaryDeployments, options) };
}
