import path from 'node:path';
import { StartupError } from './errors.js';

export interface Config {
  port: number;
  databasePath: string;
}

export const DEFAULT_DATABASE_PATH = path.join('data', 'newsgraph.db');

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 4000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new StartupError(`PORT must be a whole number from 0 to 65535, got "${env.PORT}"`);
  }
  return { port, databasePath: env.DATABASE_PATH || DEFAULT_DATABASE_PATH };
}
