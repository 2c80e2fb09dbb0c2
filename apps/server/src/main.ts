import { buildApp } from './app';
import { readConfig } from './config';
import { openDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';

/** Starts Tandem: open the database, bring its schema up to date, listen. */
async function main(): Promise<void> {
  const config = readConfig();
  const database = openDatabase(config);
  await migrateToLatest(database.db);
  const { app, services } = await buildApp({ config, database });
  const pruneSessions = () =>
    services.auth
      .pruneExpiredSessions()
      .catch((error: unknown) => app.log.error({ err: error }, 'pruning sessions failed'));
  setInterval(() => void pruneSessions(), 3_600_000).unref();
  void pruneSessions();
  // Scheduled appreciations, meeting reminders, the end of a break in a live conversation and
  // a decision's deadline and review day, a topic's break ending and its check day arrive within a quarter of a minute of their time.
  // So does the nudge when it has been longer than wished with someone who matters.
  const deliverAppreciations = () =>
    services.appreciations
      .deliverDue()
      .catch((error: unknown) => app.log.error({ err: error }, 'delivering appreciations failed'));
  const remindMeetings = () =>
    services.meetings
      .remindDue()
      .catch((error: unknown) => app.log.error({ err: error }, 'meeting reminders failed'));
  const endBreaks = () =>
    services.sessions
      .remindEndedBreaks()
      .catch((error: unknown) => app.log.error({ err: error }, 'calling back from breaks failed'));
  const remindDecisions = () =>
    services.decisions
      .remindDue()
      .catch((error: unknown) => app.log.error({ err: error }, 'decision reminders failed'));
  const remindConflicts = () =>
    services.conflicts
      .remindDue()
      .catch((error: unknown) => app.log.error({ err: error }, 'conflict reminders failed'));
  const askForMemories = () =>
    services.dates
      .askForMemories()
      .catch((error: unknown) => app.log.error({ err: error }, 'asking for memories failed'));
  const remindPeople = () =>
    services.people
      .remindDue()
      .catch((error: unknown) => app.log.error({ err: error }, 'people reminders failed'));
  setInterval(() => {
    void deliverAppreciations();
    void remindPeople();
    void askForMemories();
    void remindDecisions();
    void remindConflicts();
    void remindMeetings();
    void endBreaks();
  }, 15_000).unref();
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ host: config.host, port: config.port });
  app.log.info({ database: database.dialect, dataDir: config.dataDir }, 'Tandem is running');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
