import { describe, it } from 'vitest';
import type { FakeInteraction } from '../support/fake-discord/index.js';
import { hasRedisServer, startRedis } from '../support/faults/redis-server.js';
import { tally } from '../support/faults/tally.js';
import { faultsOf } from '../support/faults/verdict.js';
import { at, FIRST_DAY, subscribeCommand, World } from '../support/faults/world.js';

/**
 * Several bot processes on one store: each takes `/kuril subscribe` in its own channels at the same
 * moment (at 06:00), then all restart together at 09:05 and deliver. Every subscription must survive
 * the concurrent writes, and every channel must get its digest once, whichever process sends it.
 */

const CHANNELS_PER_PROCESS = 12;

async function severalProcesses(world: World, processes: number): Promise<void> {
  // Morning: every process takes its share of subscribe commands at once.
  const morning = world.fakes.map((_, i) => world.startBot(`morning ${i + 1}`, { clock: at(FIRST_DAY, '06:00'), connection: i }));
  await Promise.all(morning.map((bot) => bot.waitForLog('discord bot connected', 120_000)));
  const commands: { fake: World['fakes'][number]; interaction: FakeInteraction }[] = [];
  world.channels.forEach((channelId, i) => {
    const fake = world.fakes[i % processes]!;
    commands.push({ fake, interaction: subscribeCommand(fake, channelId) });
  });
  await Promise.all(commands.map(({ fake, interaction }) => fake.waitFor(() => fake.messagesOf(interaction).length > 0, 60_000, 'a subscribe reply')));
  await Promise.all(morning.map((bot) => bot.stop()));

  // 09:05: all start together; their catch-up ticks race for the same channels.
  const bots = world.fakes.map((_, i) => world.startBot(`bot ${i + 1}`, { clock: at(FIRST_DAY, '09:05'), connection: i }));
  await world.waitForLedgers(FIRST_DAY);
  await Promise.all(bots.map((bot) => bot.stop()));
}

describe('several processes on one store, with concurrent subscribes', () => {
  const cases: [string, number, 'sqlite' | 'redis'][] = [
    ['two processes on one Redis', 2, 'redis'],
    ['three processes on one Redis', 3, 'redis'],
    ['two processes on one SQLite file', 2, 'sqlite'],
  ];
  it.concurrent.for(cases)('%s: every subscription kept, every channel its digest once', { timeout: 240_000 }, async ([name, processes, backend], { expect, onTestFinished, skip }) => {
    if (backend === 'redis' && !hasRedisServer) return skip('no redis-server on the PATH');
    const redis = backend === 'redis' ? await startRedis() : undefined;
    const world = await World.create({ channels: CHANNELS_PER_PROCESS * processes, connections: processes, subscribed: false, ...(redis ? { store: redis.url } : {}) });
    onTestFinished(async () => {
      await world.close();
      await redis?.stop();
    });
    await severalProcesses(world, processes);

    const subscribed = await world.withStore((store) => store.listSubscriptions());
    expect(subscribed.map((s) => s.channelId).sort()).toEqual([...world.channels].sort());
    const verdict = await world.verdict(FIRST_DAY);
    tally(name, world.channels.length, verdict);
    expect(faultsOf(verdict)).toEqual({ duplicates: 0, missed: 0, unrecorded: 0, problems: [] });
  });
});
