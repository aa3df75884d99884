import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Asks once whether a Redis answers at REDIS_URL: without one, the Redis tests are skipped (or fail, with REDIS_REQUIRED=1).
    globalSetup: ['test/support/check-redis.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Adapter tests start real clients against fake servers on 127.0.0.1; two cores, so run files in a few forks.
    pool: 'forks',
    maxWorkers: 2,
  },
});
