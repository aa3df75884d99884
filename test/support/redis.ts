import { inject } from 'vitest';
import type { RedisAvailability } from './check-redis.js';

/**
 * What the tests that need Redis use: whether to skip them, and the URL (check-redis.ts, the global
 * setup, found out once per run whether a Redis answers there).
 */

const redis: RedisAvailability = inject('redis');

/** For `describe.skipIf` / `it.skipIf`: no Redis answered and none is required, so the Redis tests are skipped. */
export const skipWithoutRedis = !redis.reachable && !redis.required;

/**
 * The Redis URL, for a test that needs Redis. If none answered (so REDIS_REQUIRED=1 kept the test
 * from being skipped), fails the test at once with one clear line instead of a connection timeout.
 */
export function redisUrl(): string {
  if (!redis.reachable) {
    throw new Error(
      redis.required
        ? `Redis is required (REDIS_REQUIRED=1) but not reachable at ${redis.shown}`
        : `Redis is not reachable at ${redis.shown}; skip this test with skipWithoutRedis`,
    );
  }
  return redis.url;
}
