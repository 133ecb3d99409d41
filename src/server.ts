import { createServer } from 'node:http';
import { configFromEnv } from './config.js';
import { openDatabase } from './db/client.js';
import { migrateDatabase } from './db/migrate.js';
import { StartupError } from './errors.js';
import { isEmpty, loadSeed } from './seed/load-seed.js';
import { createYogaServer } from './yoga.js';

function main(): void {
  const config = configFromEnv();
  const db = openDatabase(config.databasePath);
  migrateDatabase(db);
  if (isEmpty(db)) {
    const loaded = loadSeed(db);
    console.log(`Loaded ${loaded.length} seed article(s) into ${config.databasePath}`);
  }
  const yoga = createYogaServer({ db });
  const server = createServer(yoga);
  server.on('error', (error) => {
    console.error(`newsgraph: cannot listen on port ${config.port}: ${error.message}`);
    db.$client.close();
    process.exit(1);
  });
  server.listen(config.port, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(`newsgraph serves GraphiQL at http://localhost:${port}/graphql (database ${config.databasePath})`);
  });
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: closing`);
    server.close(() => {
      db.$client.close();
      process.exit(0);
    });
    server.closeIdleConnections();
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
