import { describe, expect, test } from 'vitest';
import { cleanRedis, uniqueNamespace } from '../../support/digest-helpers.js';
import { callbacks, helpInEach, identifiedShards } from '../../support/discord-shards.js';
import { FakeDiscord, type FakeGuild } from '../../support/fake-discord/index.js';
import { redisUrl, skipWithoutRedis } from '../../support/redis.js';
import { spawnBot, type SpawnedBot } from '../../support/spawn-bot.js';

/**
 * Two compiled bots (node dist/main.js) splitting one bot's four shards, as two hosts would, against
 * the fake Discord; and a shard setting that cannot work, refused at start.
 */

/**
 * Every shard identified once, each server's /kuril help answered exactly once (one callback), then
 * both processes stop cleanly on SIGTERM.
 */
async function expectEachShardServedOnce(fake: FakeDiscord, guilds: readonly FakeGuild[], bots: readonly SpawnedBot[]): Promise<void> {
  expect(identifiedShards(fake)).toEqual([[0, 4], [1, 4], [2, 4], [3, 4]]);
  const answered = await helpInEach(fake, guilds);
  await fake.settle();
  for (const interaction of answered) expect(callbacks(fake, interaction).map((r) => r.status)).toEqual([204]);
  for (const bot of bots) bot.kill('SIGTERM');
  for (const bot of bots) expect(await bot.exit).toEqual({ code: 0, signal: null });
}

describe('two processes splitting the shards', () => {
  test('DISCORD_SHARD_COUNT=4 with ids 0,1 and 2,3: every server answered exactly once', { timeout: 120_000 }, async () => {
    const fake = await FakeDiscord.start({ shards: 4, maxConcurrency: 16 });
    try {
      const guilds = [0, 1, 2, 3].map((shard) => fake.addGuild(shard));
      const env = { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, DISCORD_SHARD_COUNT: '4' };
      const first = spawnBot('start', { ...env, DISCORD_SHARD_IDS: '0,1' });
      const second = spawnBot('start', { ...env, DISCORD_SHARD_IDS: '2,3' });
      await Promise.all([first.waitFor('discord bot connected', 60_000), second.waitFor('discord bot connected', 60_000)]);
      await expectEachShardServedOnce(fake, guilds, [first, second]);
    } finally {
      await fake.close();
    }
  });

  test.skipIf(skipWithoutRedis)('started at the same moment on one Redis: they take turns to identify, none is refused, every server answered once', { timeout: 120_000 }, async () => {
    // Discord's rule, enforced by the fake: one IDENTIFY per bucket (shard % 2) per window, across both
    // processes. The window is 4 s here, under Discord's 5 s, so that a frame the loaded test process
    // reads late cannot look early; processes identifying together are well under a second apart.
    const fake = await FakeDiscord.start({ shards: 4, maxConcurrency: 2, identifyWindowMs: 4_000 });
    const namespace = uniqueNamespace();
    try {
      const guilds = [0, 1, 2, 3].map((shard) => fake.addGuild(shard));
      // The same moment: GET /gateway/bot is held until both processes have asked, then both are answered.
      let release!: () => void;
      const together = new Promise<void>((resolve) => (release = resolve));
      fake.hook = async (request) => {
        if (request.path === '/gateway/bot') await together;
        return undefined;
      };
      const env = { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, DISCORD_SHARD_COUNT: '4', STORE_URL: redisUrl(), STORE_NAMESPACE: namespace, INTAKE_INTERVAL_MIN: '0' };
      const first = spawnBot('start', { ...env, DISCORD_SHARD_IDS: '0,1' });
      const second = spawnBot('start', { ...env, DISCORD_SHARD_IDS: '2,3' });
      await fake.waitFor(() => fake.requests.filter((r) => r.path === '/gateway/bot').length >= 2, 60_000, 'both processes asking for the gateway');
      release();
      await Promise.all([first.waitFor('discord bot connected', 60_000), second.waitFor('discord bot connected', 60_000)]);

      expect(fake.gateway.refusedIdentifies).toEqual([]);
      await expectEachShardServedOnce(fake, guilds, [first, second]);
    } finally {
      await fake.close();
      await cleanRedis(namespace);
    }
  });

  test('DISCORD_SHARD_IDS out of range: one clear line naming the setting, exit 1, nothing opened', async () => {
    const fake = await FakeDiscord.start({ shards: 4 });
    try {
      const bot = spawnBot('start', { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: '3,4' });
      expect(await bot.exit).toEqual({ code: 1, signal: null });
      expect(bot.stderr).toContain('DISCORD_SHARD_IDS lists 4, but with DISCORD_SHARD_COUNT=4 the shard ids run from 0 to 3');
      expect(bot.stderr).not.toMatch(/\n\s+at /);
      expect(fake.gateway.connections).toBe(0);
    } finally {
      await fake.close();
    }
  });
});
