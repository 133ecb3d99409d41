import { createArticleLoaders } from './articles/article.loaders.js';
import { authenticate, type Caller } from './auth/token.service.js';
import { createCasualtyReportLoaders } from './casualties/casualty-report.loaders.js';
import { ParentBatches } from './db/batch.js';
import type { Db } from './db/client.js';
import { createMilitaryDeploymentLoaders } from './deployments/military-deployment.loaders.js';
import { createEventLoaders } from './events/event.loaders.js';
import { createHistoryLoaders } from './history/history.loaders.js';
import type { ChangeFeed } from './live/change-feed.js';
import { createMentionLoaders } from './mentions/mention.loaders.js';
import { createOrganizationLoaders } from './organizations/organization.loaders.js';
import { createPersonLoaders } from './people/person.loaders.js';
import { createPlaceLoaders } from './places/place.loaders.js';
import { createStatementLoaders } from './statements/statement.loaders.js';

export function createLoaders(db: Db) {
  return {
    ...createArticleLoaders(db),
    ...createCasualtyReportLoaders(db),
    ...createMilitaryDeploymentLoaders(db),
    ...createEventLoaders(db),
    ...createHistoryLoaders(db),
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

export type { Caller };

export interface Context {
  db: Db;
  caller: Caller;
  /** Whether anonymous callers may read (NEWSGRAPH_PUBLIC_READ); the `public` scope asks it. */
  publicRead: boolean;
  loaders: Loaders;
  /** This process's follower of the change log, for subscriptions; absent where none is served. */
  changes?: ChangeFeed;
}

/**
 * Built once per request: the caller from its Authorization header (a bad
 * token fails the request with UNAUTHENTICATED) and fresh loaders, so no
 * request sees another's cache.
 */
export function createContext(
  db: Db,
  request: { authorization: string | null; publicRead: boolean; changes?: ChangeFeed } = {
    authorization: null,
    publicRead: true,
  },
): Context {
  return {
    db,
    caller: authenticate(db, request.authorization),
    publicRead: request.publicRead,
    loaders: createLoaders(db),
    changes: request.changes,
  };
}
