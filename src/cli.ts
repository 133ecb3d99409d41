import { parseArgs } from 'node:util';
import { runTokenCommand } from './auth/token-cli.js';
import { configFromEnv } from './config.js';
import { type Db, openDatabase } from './db/client.js';
import { migrateDatabase } from './db/migrate.js';
import { StartupError } from './errors.js';
import { runIngest } from './ingest/ingest-command.js';
import { loadSeed } from './seed/load-seed.js';

const USAGE = `usage: newsgraph <command>

commands:
  migrate                 apply pending database migrations
  seed                    apply migrations, then (re)load the curated seed articles from data/seed
  ingest <path…>          apply migrations, then ingest articles: .txt page text, .html pages,
                          .json records (one or an array), .ndjson records (one a line),
                          folders (recursively) and - for standard input
    --published-on DAY    the day (YYYY-MM-DD) of an article whose record and text give none
  token <create|list|revoke>  manage API tokens (newsgraph token --help)

DATABASE_PATH names the SQLite file (default data/newsgraph.db).
ingest exits with status 1 when any input failed.`;

const COMMANDS = new Set(['migrate', 'seed', 'ingest']);

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'token') return withMigratedDatabase((db) => runTokenCommand(db, rest));
  if (command === undefined || !COMMANDS.has(command)) {
    console.error(USAGE);
    return command === undefined || command === '--help' || command === 'help' ? 0 : 2;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: command === 'ingest',
    options: { 'published-on': { type: 'string' } },
  });
  const publishedOn = values['published-on'] ?? null;
  if (command === 'ingest' && (positionals.length === 0 || (publishedOn && !/^\d{4}-\d{2}-\d{2}$/.test(publishedOn)))) {
    console.error(
      positionals.length === 0
        ? 'newsgraph ingest: name at least one file, folder or -'
        : 'newsgraph ingest: --published-on takes a day, YYYY-MM-DD',
    );
    console.error(USAGE);
    return 2;
  }
  const config = configFromEnv();
  const db = openDatabase(config.databasePath);
  try {
    migrateDatabase(db);
    if (command === 'migrate') {
      console.log(`${config.databasePath}: migrations applied`);
    } else if (command === 'seed') {
      const ids = loadSeed(db);
      console.log(`${config.databasePath}: loaded ${ids.length} seed article(s)`);
    } else {
      const run = await runIngest(db, positionals, {
        out: process.stdout,
        progress: process.stderr,
        defaultPublishedOn: publishedOn,
      });
      return run.articles.FAILED > 0 ? 1 : 0;
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
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (
    error instanceof StartupError ||
    (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
  ) {
    console.error(`newsgraph: ${error.message}`);
    process.exitCode = error instanceof StartupError ? 1 : 2;
  } else {
    throw error;
  }
}
