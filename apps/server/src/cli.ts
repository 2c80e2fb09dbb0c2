import { readConfig } from './config';
import { openDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';

const usage = `Usage: tandem <command>

  migrate          Bring the database schema up to date.
  backup <file>    Write a consistent copy of the SQLite database to <file> while Tandem runs.
                   On PostgreSQL use: pg_dump --format=custom --file=<file> "$DATABASE_URL"
`;

async function run(argv: string[]): Promise<number> {
  const [command, argument] = argv;
  const config = readConfig();
  const database = openDatabase(config);
  try {
    switch (command) {
      case 'migrate': {
        const applied = await migrateToLatest(database.db);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Already up to date.');
        return 0;
      }
      case undefined:
        break;
      case 'backup': {
        if (!argument) break;
        if (!database.sqlite) {
          console.error(
            'backup copies SQLite files. On PostgreSQL use: pg_dump --format=custom --file=<file> "$DATABASE_URL"',
          );
          return 2;
        }
        await database.sqlite.backup(argument);
        console.log(`Backed up to ${argument}`);
        return 0;
      }
    }
    console.error(usage);
    return 2;
  } finally {
    await database.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
