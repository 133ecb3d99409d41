import { runTokenCommand } from './auth/token-cli.js';
import { configFromEnv } from './config.js';
import { type Db, openDatabase } from './db/client.js';
import { migrateDatabase } from './db/migrate.js';
import { StartupError } from './errors.js';
import { loadSeed } from './seed/load-seed.js';

const USAGE = `usage: newsgraph <command>

commands:
  migrate   apply pending database migrations
  seed      apply migrations, then (re)load the curated seed articles from data/seed
  token     create, list or revoke API tokens (newsgraph token --help)

DATABASE_PATH names the SQLite file (default data/newsgraph.db).`;

function main(argv: string[]): number {
  const [command] = argv;
  if (command === 'token') return withMigratedDatabase((db) => runTokenCommand(db, argv.slice(1)));
  if (command !== 'migrate' && command !== 'seed') {
    console.error(USAGE);
    return command === undefined || command === '--help' || command === 'help' ? 0 : 2;
  }
  const config = configFromEnv();
  const db = openDatabase(config.databasePath);
  try {
    migrateDatabase(db);
    if (command === 'migrate') {
      console.log(`${config.databasePath}: migrations applied`);
    } else {
      const ids = loadSeed(db);
      console.log(`${config.databasePath}: loaded ${ids.length} seed article(s)`);
    }
    return 0;
  } finally {
    db.$client.close();
  }
}

function withMigratedDatabase(run: (db: Db) => number): number {
  const db = openDatabase(configFromEnv().databasePath);
  try {
    migrateDatabase(db);
    return run(db);
  } finally {
    db.$client.close();
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof StartupError) {
    console.error(`newsgraph: ${error.message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
