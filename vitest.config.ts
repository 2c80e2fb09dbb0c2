import { defineConfig } from 'vitest/config';

/**
 * Unit and API tests. API tests run on SQLite and on PostgreSQL; the global setup starts a
 * throw-away PostgreSQL cluster unless DATABASE_URL is given.
 */
export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'apps/server/src/**/*.test.ts',
      'apps/web/src/**/*.test.{ts,tsx}',
    ],
    globalSetup: ['apps/server/test/postgres-cluster.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
