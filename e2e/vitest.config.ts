import { defineConfig } from 'vitest/config';

/** Browser tests: the built app, a real server process, Debian's Chromium. Run after `npm run build`. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // expect.poll waits for what a person would see; the bound only stops a broken run, it is
    // not a performance assertion (a slow CI machine must not fail a correct app).
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
