import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ExecutionResult } from 'graphql';
import { DEFAULT_CONFIG, type ServiceConfig } from '../../src/config.js';
import { type Db, openDatabase } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { ChangeFeed } from '../../src/live/change-feed.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { createYogaServer } from '../../src/yoga.js';

export interface TestApp {
  db: Db;
  file: string;
  /** SQL statements run since the last reset (migrations and seeding excluded). */
  statements: string[];
  /** Runs an operation; with `token`, as its holder (`Authorization: Bearer <token>`). */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResponse<T>>;
  /** A raw request to the app (`http://test/graphql`), for headers and streams. */
  fetch(url: string, init?: RequestInit): Promise<Response>;
  close(): void;
}

export interface GqlResponse<T> {
  status: number;
  body: ExecutionResult<T> & { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-test-'));
}

/** A fresh migrated database in a temporary folder, seeded unless told otherwise, behind a yoga instance. */
export function createTestApp(options: { seed?: boolean; config?: Partial<ServiceConfig> } = {}): TestApp {
  const dir = tempDir();
  const file = path.join(dir, 'test.db');
  const statements: string[] = [];
  let counting = false;
  const db = openDatabase(file, { onQuery: (q) => counting && statements.push(q) });
  migrateDatabase(db);
  if (options.seed !== false) loadSeed(db);
  counting = true;
  // One test client sends far more than a real one, and tests count the statements of each request:
  // the rate limit and the response cache have tests of their own.
  const config = { ...DEFAULT_CONFIG, rateLimitBurst: 1_000_000, responseCacheTtlMs: 0, ...options.config };
  // A short poll keeps the tests of subscriptions quick; the app closes it with the database.
  const changes = new ChangeFeed(db, { intervalMs: 50, maxSubscribers: config.maxSubscriptions });
  const yoga = createYogaServer({ db, config, changes });
  return {
    db,
    file,
    statements,
    async gql(query, variables, token) {
      const response = await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: await response.json() };
    },
    fetch: (url, init) => Promise.resolve(yoga.fetch(new Request(url, init))),
    close() {
      changes.close();
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The data of a response that must have no errors. */
export function dataOf<T>(response: GqlResponse<T>): T {
  if (response.body.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(response.body.errors)}`);
  return response.body.data as T;
}

export const SEED_URL = 'urn:newsgraph:seed:b16dee5915fb6544';
