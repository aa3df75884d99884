import { describe, it } from 'vitest';
import { MODERATOR_PERMISSIONS, type FakeDiscord } from '../support/fake-discord/index.js';
import type { BotProcess } from '../support/faults/bot.js';
import { faultPosts, postedTo } from '../support/faults/discord-faults.js';
import { hasRedisServer, startRedis, type PrivateRedis } from '../support/faults/redis-server.js';
import { tally } from '../support/faults/tally.js';
import { tcpProxy, type TcpProxy } from '../support/faults/tcp-proxy.js';
import { faultsOf } from '../support/faults/verdict.js';
import { at, FIRST_DAY, World } from '../support/faults/world.js';

/**
 * Redis failing under the bot: cut off (a TCP proxy that drops every connection) during a send longer
 * than the claim's lease, restarted empty (no persistence), down when the bot starts, down in the
 * middle of a tick. Each scenario has its own redis-server, so the bots use their default keys.
 */

const NONE = { duplicates: 0, missed: 0, unrecorded: 0, problems: [] };

/** A private Redis, a proxy in front of it, and a world whose store is the Redis itself (the test's view). */
async function redisWorld(channels: number, multiPart: boolean, onTestFinished: (fn: () => Promise<void>) => void, connections = 1): Promise<{ redis: PrivateRedis; proxy: TcpProxy; world: World }> {
  const redis = await startRedis();
  const proxy = await tcpProxy(redis.port);
  const world = await World.create({ channels, multiPart, store: redis.url, connections });
  onTestFinished(async () => {
    await world.close();
    await proxy.close();
    await redis.stop();
  });
  return { redis, proxy, world };
}

describe.skipIf(!hasRedisServer)('Redis faults', () => {
  // Recovery waits for the next minute's tick after Redis is back (up to 150 s for the ledgers under a
  // loaded CI), so those tests get more than the project's two minutes.
  // The takeover waits out the cut-off worker's lease (90 s, the bot's default) and then the next
  // minute's tick: well past the suite's usual two minutes.
  it.concurrent('cut off during a send longer than the lease: the worker that lost its claim posts nothing more', { timeout: 300_000 }, async ({ expect, onTestFinished }) => {
    const { proxy, world } = await redisWorld(1, true, onTestFinished, 2);
    const [cutOffDiscord, takeoverDiscord] = world.fakes as [FakeDiscord, FakeDiscord];
    const cutOff = world.startBot('cut off', { env: { STORE_URL: proxy.url } });
    let takeover: BotProcess | undefined;
    let delivered: Promise<void> | undefined;
    // The cut-off worker's posts reach the platform and wait there (its client's retries too); Redis is
    // cut off from it; a second process takes the channel once the lease has run out and delivers it;
    // only then are the first worker's posts answered.
    cutOffDiscord.hook = (request) => {
      if (!postedTo(request)) return undefined;
      if (!delivered) {
        proxy.cut();
        takeover = world.startBot('takeover', { clock: at(FIRST_DAY, '09:06'), connection: 1 });
        delivered = world.waitForLedgers(FIRST_DAY);
      }
      return delivered.then(() => ({ accept: true, answer: { delayMs: 0 } }));
    };
    await takeoverDiscord.waitFor(() => delivered, 30_000, 'the first post');
    await delivered;
    // the cut-off worker has its answers now: whatever it posts next reaches the platform at once
    await cutOffDiscord.settle(2_000, 60_000);
    await Promise.all([cutOff.stop(2_000), takeover!.stop()]);

    const verdict = await world.verdict(FIRST_DAY);
    tally('Redis cut off during a send longer than the lease', 1, verdict);
    expect(faultsOf(verdict)).toEqual(NONE);
  });

  it.concurrent('restarted empty (no persistence) while a send is in flight: after the subscriptions are restored, nothing is posted twice', async ({ expect, onTestFinished }) => {
    const { redis, world } = await redisWorld(3, true, onTestFinished);
    const [held] = world.channels as [string];
    faultPosts(world.fakes[0]!, [
      {
        channelId: held,
        nth: 1,
        fault: async () => {
          await redis.restart();
          return undefined;
        },
      },
    ]);
    const bot = world.startBot('bot');
    await bot.waitForLog((e) => e.msg.startsWith('digest scheduler started'), 60_000);
    await world.fakes[0]!.settle(1_000, 30_000);
    await bot.stop();
    // The operator restores the subscriptions; the ledger is gone, so the next start sends again.
    await world.subscribe(world.channels);
    const next = world.startBot('next', { clock: at(FIRST_DAY, '09:10') });
    await world.waitForLedgers(FIRST_DAY);
    await next.stop();

    const verdict = await world.verdict(FIRST_DAY);
    tally('Redis restarted empty during a send', 1, verdict);
    expect(faultsOf(verdict)).toEqual(NONE);
  });

  it.concurrent('down at start: the bot answers at once, digest commands say they are unavailable, digests resume when Redis is back', { timeout: 200_000 }, async ({ expect, onTestFinished }) => {
    const { proxy, world } = await redisWorld(3, false, onTestFinished);
    const fake = world.fakes[0]!;
    proxy.cut();
    const bot = world.startBot('bot', { env: { STORE_URL: proxy.url } });
    await bot.waitForLog('discord bot connected', 30_000);

    const brief = fake.chatInput('brief');
    await fake.waitFor(() => fake.messagesOf(brief).length > 0, 10_000, 'the brief');
    const status = fake.chatInput('subscribe', {}, { channelId: world.channels[0]!, permissions: MODERATOR_PERMISSIONS });
    await fake.waitFor(() => fake.messagesOf(status).length > 0, 10_000, 'the subscribe reply');
    expect(JSON.stringify(fake.messagesOf(status)[0]!.object)).toMatch(/unavailable|not available/i);

    proxy.restore();
    await world.waitForLedgers(FIRST_DAY, world.channels, 150_000);
    await bot.stop();
    const verdict = await world.verdict(FIRST_DAY);
    tally('Redis down at start', 1, verdict);
    expect(faultsOf(verdict)).toEqual(NONE);
  });

  it.concurrent('down in the middle of a tick (for 3 s): every channel gets its digest once when it is back', { timeout: 200_000 }, async ({ expect, onTestFinished }) => {
    const { proxy, world } = await redisWorld(4, false, onTestFinished);
    faultPosts(world.fakes[0]!, [
      {
        channelId: world.channels[0]!,
        nth: 1,
        fault: () => {
          proxy.cut();
          setTimeout(() => proxy.restore(), 3_000);
          return Promise.resolve(undefined);
        },
      },
    ]);
    const bot = world.startBot('bot', { env: { STORE_URL: proxy.url } });
    await world.waitForLedgers(FIRST_DAY, world.channels, 150_000);
    await bot.stop();
    const verdict = await world.verdict(FIRST_DAY);
    tally('Redis down mid-tick', 1, verdict);
    expect(faultsOf(verdict)).toEqual(NONE);
  });
});
