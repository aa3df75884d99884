import { describe, expect, it } from 'vitest';
import { checkEvictionPolicy, type RedisClient } from '../../src/store/redis-connection.js';
import { testLog } from '../support/digest-helpers.js';
import { redisUrl, skipWithoutRedis } from '../support/redis.js';
import { createClient } from '@redis/client';

/** A client whose CONFIG GET answers `reply` (or is refused, as a managed Redis may). */
const answering = (reply: Record<string, string> | Error) =>
  ({ configGet: () => (reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply)) }) as unknown as RedisClient;

describe('the Redis eviction check at start-up', () => {
  it('warns unless maxmemory-policy is noeviction, and when CONFIG is refused', async () => {
    const log = testLog();
    expect(await checkEvictionPolicy(answering({ 'maxmemory-policy': 'allkeys-lru' }), log)).toBe('allkeys-lru');
    expect(log.messages('warn')).toEqual([expect.stringMatching(/maxmemory-policy is allkeys-lru.*noeviction/)]);
    const refused = testLog();
    expect(await checkEvictionPolicy(answering(new Error("ERR unknown command 'CONFIG'")), refused)).toBeUndefined();
    expect(refused.messages('warn')).toEqual([expect.stringMatching(/could not read Redis maxmemory-policy/)]);
    const fine = testLog();
    await checkEvictionPolicy(answering({ 'maxmemory-policy': 'noeviction' }), fine);
    expect(fine.lines).toEqual([]);
  });

  it.skipIf(skipWithoutRedis)('reads the policy of a real Redis', async () => {
    const client = createClient({ url: redisUrl() });
    await client.connect();
    try {
      expect(await checkEvictionPolicy(client as RedisClient, testLog())).toMatch(/^[a-z-]+$/);
    } finally {
      client.destroy();
    }
  });
});
