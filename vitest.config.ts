import { defineConfig } from 'vitest/config';

/** Process-level smoke tests: the compiled bot started as a user starts it (node dist/…). */
const PROCESS_TESTS = [
  'test/adapters/console/process.test.ts',
  'test/adapters/discord/process.test.ts',
  'test/adapters/discord/shard-processes.test.ts',
  'test/adapters/slack/startup.test.ts',
  'test/digests/processes.test.ts',
  'test/intake/process.test.ts',
  'test/scripts/export-events.test.ts',
];

/**
 * The fault-injection suite (issue 11, docs/faults.md): real bot processes against the fake platforms
 * and real SQLite/Redis, faults injected. Its own project: `npm run faults` runs it alone.
 */
const FAULT_TESTS = ['test/faults/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Adapter tests start real clients against fake servers on 127.0.0.1; two cores, so run files in a few forks.
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      // isolate: false: the fast files share loaded modules (discord.js and Bolt are imported once, not
      // per file: 37 s of imports became 13 s); every test builds its own fakes, stores and namespaces.
      // check-redis asks once whether a Redis answers at REDIS_URL: without one, the Redis tests are
      // skipped (or fail, with REDIS_REQUIRED=1).
      { extends: true, test: { name: 'fast', isolate: false, include: ['test/**/*.test.ts'], exclude: [...PROCESS_TESTS, ...FAULT_TESTS, '**/node_modules/**'], globalSetup: ['test/support/check-redis.ts'] } },
      // build-once builds dist/ first when it is missing or older than src/ (CI has just built it in npm ci).
      { extends: true, test: { name: 'processes', include: PROCESS_TESTS, globalSetup: ['test/support/check-redis.ts', 'test/support/build-once.ts'] } },
      { extends: true, test: { name: 'faults', include: FAULT_TESTS, testTimeout: 120_000, globalSetup: ['test/support/check-redis.ts', 'test/support/build-once.ts'] } },
    ],
  },
});
