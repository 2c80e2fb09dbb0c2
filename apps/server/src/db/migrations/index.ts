import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './0001-foundation';
import * as responsibilities from './0002-responsibilities';
import * as choreSchedule from './0003-chore-schedule';
import * as money from './0004-money';
import * as connection from './0005-connection';
import * as decisionsConflicts from './0006-decisions-conflicts';
import * as calendar from './0007-calendar';
import * as growth from './0008-growth';
import * as dates from './0009-dates';
import * as people from './0010-people';

/** Migrations are listed here rather than read from disk, so the bundled server carries them. */
const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-responsibilities': responsibilities,
  '0003-chore-schedule': choreSchedule,
  '0004-money': money,
  '0005-connection': connection,
  '0006-decisions-conflicts': decisionsConflicts,
  '0007-calendar': calendar,
  '0008-growth': growth,
  '0009-dates': dates,
  '0010-people': people,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
