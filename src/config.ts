import path from 'node:path';
import { StartupError } from './errors.js';

export interface Config {
  port: number;
  databasePath: string;
  /** Origins allowed to call the API from a browser; ['*'] for any. */
  corsOrigins: string[];
  /** Whether the schema answers introspection (GraphiQL and codegen need it). */
  introspection: boolean;
}

export const DEFAULT_CONFIG: Omit<Config, 'port' | 'databasePath'> = { corsOrigins: ['*'], introspection: true };

function booleanFrom(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new StartupError(`${name} must be true or false, got "${value}"`);
}

export const DEFAULT_DATABASE_PATH = path.join('data', 'newsgraph.db');

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 4000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new StartupError(`PORT must be a whole number from 0 to 65535, got "${env.PORT}"`);
  }
  return {
    port,
    databasePath: env.DATABASE_PATH || DEFAULT_DATABASE_PATH,
    corsOrigins: env.CORS_ORIGINS ? env.CORS_ORIGINS.split(',').map((o) => o.trim()) : DEFAULT_CONFIG.corsOrigins,
    introspection: booleanFrom('INTROSPECTION', env.INTROSPECTION, DEFAULT_CONFIG.introspection),
  };
}
