import { createArticleLoaders } from './articles/article.loaders.js';
import { createCasualtyReportLoaders } from './casualties/casualty-report.loaders.js';
import { ParentBatches } from './db/batch.js';
import type { Db } from './db/client.js';
import { createMilitaryDeploymentLoaders } from './deployments/military-deployment.loaders.js';
import { createEventLoaders } from './events/event.loaders.js';
import { createMentionLoaders } from './mentions/mention.loaders.js';
import { createOrganizationLoaders } from './organizations/organization.loaders.js';
import { createPersonLoaders } from './people/person.loaders.js';
import { createPlaceLoaders } from './places/place.loaders.js';
import { createStatementLoaders } from './statements/statement.loaders.js';

/** Who is asking. Until API tokens exist every caller is anonymous and may read. */
export interface Caller {
  role: 'anonymous';
}

export function createLoaders(db: Db) {
  return {
    ...createArticleLoaders(db),
    ...createCasualtyReportLoaders(db),
    ...createMilitaryDeploymentLoaders(db),
    ...createEventLoaders(db),
    ...createMentionLoaders(db),
    ...createOrganizationLoaders(db),
    ...createPersonLoaders(db),
    ...createPlaceLoaders(db),
    ...createStatementLoaders(db),
    /** Connections under a parent, batched across parents. */
    children: new ParentBatches(),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  db: Db;
  caller: Caller;
  loaders: Loaders;
}

/** Built once per request: fresh loaders, so no request sees another's cache. */
export function createContext(db: Db): Context {
  return { db, caller: { role: 'anonymous' }, loaders: createLoaders(db) };
}
