import os from 'node:os';
import path from 'node:path';
import { StartupError } from './errors.js';

export interface Config {
  port: number;
  databasePath: string;
  /** Origins allowed to call the API from a browser; ['*'] for any. */
  corsOrigins: string[];
  /** Whether the schema answers introspection (GraphiQL and codegen need it). */
  introspection: boolean;
  /** Requests one client (an API token, else an IP address) may make per minute, on average. */
  rateLimitPerMinute: number;
  /** Requests one client may make at once before the per-minute rate applies. */
  rateLimitBurst: number;
  /** Whether to take the client's address from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy: boolean;
  /** After this long a request runs no more SQL; what is left answers REQUEST_TIMEOUT. */
  requestTimeoutMs: number;
  /** A JSON map of persisted operations (hash to query), e.g. the SDK's persisted-documents.json. */
  persistedOperationsFile: string | null;
  /** Whether to run only the operations in that file: the allow-list mode for production clients. */
  persistedOperationsOnly: boolean;
  /** Whether a caller without a token may read; false requires a token for everything. */
  publicRead: boolean;
  /** How long an anonymous read's response is reused while no write happened; 0 turns the cache off. */
  responseCacheTtlMs: number;
  /** How often each process reads the change log for its subscribers. */
  livePollMs: number;
  /** Subscriptions one process serves at once; more are refused with UNAVAILABLE. */
  maxSubscriptions: number;
  /** Processes serving the port; each has its own rate-limit buckets and metrics. */
  workers: number;
}

export type ServiceConfig = Omit<Config, 'port' | 'databasePath' | 'workers'>;

export const DEFAULT_CONFIG: ServiceConfig = {
  corsOrigins: ['*'],
  introspection: true,
  rateLimitPerMinute: 600,
  rateLimitBurst: 60,
  trustProxy: false,
  requestTimeoutMs: 10_000,
  persistedOperationsFile: null,
  persistedOperationsOnly: false,
  publicRead: true,
  responseCacheTtlMs: 60_000,
  livePollMs: 250,
  maxSubscriptions: 1_000,
};

export const DEFAULT_DATABASE_PATH = path.join('data', 'newsgraph.db');

function booleanFrom(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new StartupError(`${name} must be true or false, got "${value}"`);
}

function wholeFrom(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new StartupError(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return n;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: wholeFrom('PORT', env.PORT, 4000, 0, 65535),
    databasePath: env.DATABASE_PATH || DEFAULT_DATABASE_PATH,
    corsOrigins: env.CORS_ORIGINS ? env.CORS_ORIGINS.split(',').map((o) => o.trim()) : DEFAULT_CONFIG.corsOrigins,
    introspection: booleanFrom('INTROSPECTION', env.INTROSPECTION, DEFAULT_CONFIG.introspection),
    rateLimitPerMinute: wholeFrom(
      'RATE_LIMIT_PER_MINUTE',
      env.RATE_LIMIT_PER_MINUTE,
      DEFAULT_CONFIG.rateLimitPerMinute,
      1,
      1_000_000,
    ),
    rateLimitBurst: wholeFrom('RATE_LIMIT_BURST', env.RATE_LIMIT_BURST, DEFAULT_CONFIG.rateLimitBurst, 1, 1_000_000),
    trustProxy: booleanFrom('TRUST_PROXY', env.TRUST_PROXY, DEFAULT_CONFIG.trustProxy),
    persistedOperationsFile: env.PERSISTED_OPERATIONS_FILE || null,
    persistedOperationsOnly: booleanFrom('PERSISTED_OPERATIONS_ONLY', env.PERSISTED_OPERATIONS_ONLY, false),
    publicRead: booleanFrom('NEWSGRAPH_PUBLIC_READ', env.NEWSGRAPH_PUBLIC_READ, DEFAULT_CONFIG.publicRead),
    responseCacheTtlMs: wholeFrom(
      'RESPONSE_CACHE_TTL_MS',
      env.RESPONSE_CACHE_TTL_MS,
      DEFAULT_CONFIG.responseCacheTtlMs,
      0,
      86_400_000,
    ),
    livePollMs: wholeFrom('LIVE_POLL_MS', env.LIVE_POLL_MS, DEFAULT_CONFIG.livePollMs, 10, 60_000),
    maxSubscriptions: wholeFrom(
      'MAX_SUBSCRIPTIONS',
      env.MAX_SUBSCRIPTIONS,
      DEFAULT_CONFIG.maxSubscriptions,
      0,
      1_000_000,
    ),
    workers: wholeFrom('WORKERS', env.WORKERS, os.availableParallelism(), 1, 64),
    requestTimeoutMs: wholeFrom(
      'REQUEST_TIMEOUT_MS',
      env.REQUEST_TIMEOUT_MS,
      DEFAULT_CONFIG.requestTimeoutMs,
      0,
      600_000,
    ),
  };
}
