import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { type Config, configFromEnv } from './config.js';
import { type Db, openDatabase } from './db/client.js';
import { migrateDatabase } from './db/migrate.js';
import { StartupError } from './errors.js';
import { ChangeFeed } from './live/change-feed.js';
import { createLogger, type Logger } from './ops/logger.js';
import { isEmpty, loadSeed } from './seed/load-seed.js';
import { createYogaServer } from './yoga.js';

/** How long shutdown waits for requests in flight before it closes their connections. */
const DRAIN_MS = 10_000;

/**
 * The primary prepares the database once (migrations, seed), then serves
 * itself (WORKERS=1) or forks WORKERS processes that share the port; every
 * process opens the one WAL database, which lets readers run side by side.
 */
function main(): void {
  const config = configFromEnv();
  const logger = createLogger();
  if (cluster.isWorker) {
    serve(config, openDatabase(config.databasePath), logger);
    return;
  }
  const db = openDatabase(config.databasePath);
  migrateDatabase(db);
  if (isEmpty(db)) {
    const loaded = loadSeed(db);
    logger.info({ articles: loaded.length, databasePath: config.databasePath }, 'loaded the seed');
  }
  if (config.workers <= 1) {
    serve(config, db, logger);
    return;
  }
  db.$client.close();
  superviseWorkers(config.workers, logger);
}

function superviseWorkers(count: number, logger: Logger): void {
  let closing = false;
  for (let i = 0; i < count; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (closing) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        logger.info('all workers closed');
        process.exit(0);
      }
      return;
    }
    // A worker that dies is replaced; one that cannot start at all stops the service.
    if (code === 1 && !signal) {
      logger.error({ pid: worker.process.pid }, 'a worker could not start; stopping');
      process.exit(1);
    }
    logger.error({ pid: worker.process.pid, code, signal }, 'a worker died; starting another');
    cluster.fork();
  });
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, `${signal}: asking ${count} workers to drain and close`);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

function serve(config: Config, db: Db, logger: Logger): void {
  const changes = new ChangeFeed(db, {
    intervalMs: config.livePollMs,
    maxSubscribers: config.maxSubscriptions,
    onError: (error) => logger.error({ err: error }, 'cannot read the change log for subscribers'),
  });
  const yoga = createYogaServer({ db, config, logger, changes });
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
      { port, databasePath: config.databasePath, pid: process.pid },
      `newsgraph serves GraphiQL at http://localhost:${port}/graphql`,
    );
  });
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, `${signal}: draining requests in flight, then closing`);
    // Stop accepting, end the subscriptions' streams (clients resume elsewhere with `after`), let
    // requests in flight finish, then close the database.
    changes.close();
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
