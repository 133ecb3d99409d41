import { createServer } from 'node:http';
import { configFromEnv } from './config.js';
import { openDatabase } from './db/client.js';
import { migrateDatabase } from './db/migrate.js';
import { StartupError } from './errors.js';
import { createLogger } from './ops/logger.js';
import { isEmpty, loadSeed } from './seed/load-seed.js';
import { createYogaServer } from './yoga.js';

/** How long shutdown waits for requests in flight before it closes their connections. */
const DRAIN_MS = 10_000;

function main(): void {
  const config = configFromEnv();
  const db = openDatabase(config.databasePath);
  const logger = createLogger();
  migrateDatabase(db);
  if (isEmpty(db)) {
    const loaded = loadSeed(db);
    logger.info({ articles: loaded.length, databasePath: config.databasePath }, 'loaded the seed');
  }
  const yoga = createYogaServer({ db, config, logger });
  const server = createServer(yoga);
  server.on('error', (error) => {
    console.error(`newsgraph: cannot listen on port ${config.port}: ${error.message}`);
    db.$client.close();
    process.exit(1);
  });
  server.listen(config.port, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info(
      { port, databasePath: config.databasePath },
      `newsgraph serves GraphiQL at http://localhost:${port}/graphql`,
    );
  });
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, `${signal}: draining requests in flight, then closing`);
    // Stop accepting, let requests in flight finish, then close the database.
    server.close(() => {
      db.$client.close();
      logger.info('closed');
      process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), DRAIN_MS).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

try {
  main();
} catch (error) {
  if (error instanceof StartupError) {
    console.error(`newsgraph: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
