import { afterEach, describe, expect, test } from 'vitest';
import { callbacks, helpInEach, identifiedShards } from '../../support/discord-shards.js';
import { shardOf } from '../../support/fake-discord/index.js';
import { startHarness, type Harness } from './helpers.js';

/**
 * Sharding with discord.js's own internal shards, against the fake Discord, which sends each guild's
 * events only on the shard Discord would use ((guild_id >> 22) % count) and direct messages on shard 0.
 */

describe('one process, every shard', () => {
  let h: Harness | undefined;
  afterEach(async () => h?.stop());

  test('opens the shards /gateway/bot recommends and answers a command in a server on each shard once', async () => {
    h = await startHarness({}, { fake: { shards: 3, maxConcurrency: 16 } });
    const { fake } = h;
    expect(identifiedShards(fake)).toEqual([[0, 3], [1, 3], [2, 3]]);
    const guilds = [fake.guilds[0]!, fake.addGuild(1), fake.addGuild(2)];
    expect(guilds.map((g) => shardOf(g.id, 3))).toEqual([shardOf(fake.guildId, 3), 1, 2]);

    const answered = await helpInEach(fake, guilds);
    await fake.settle();
    for (const interaction of answered) expect(callbacks(fake, interaction).map((r) => r.status)).toEqual([204]);
    // Each command travelled on its server's shard alone.
    const carried = fake.gateway.dispatched.filter((d) => d.t === 'INTERACTION_CREATE').map((d) => d.shard);
    expect(carried).toEqual(guilds.map((g) => shardOf(g.id, 3)));
  });

  test('a direct message arrives on shard 0 and is answered', async () => {
    h = await startHarness({}, { fake: { shards: 2, maxConcurrency: 16 } });
    const dm = h.fake.chatInput('help', {}, { dm: true });
    await h.fake.waitFor(() => dm.callbackType, 5_000, 'the answer');
    expect(h.fake.gateway.dispatched.filter((d) => d.t === 'INTERACTION_CREATE')).toEqual([{ t: 'INTERACTION_CREATE', shard: 0 }]);
  });

  test('DISCORD_SHARDS=2 opens two shards where Discord recommends one, and says so on connecting', async () => {
    h = await startHarness({}, { fake: { maxConcurrency: 16 }, env: { DISCORD_SHARDS: '2' } });
    expect(identifiedShards(h.fake)).toEqual([[0, 2], [1, 2]]);
    const connected = h.logs.find((l) => l.msg === 'discord bot connected');
    expect(connected).toMatchObject({ shards: [0, 1], shardCount: 2 });
    expect(h.bot.health?.()).toBeUndefined();
  });

  test('health names the shard that lost its connection while Discord refuses it, and clears once it is back', async () => {
    h = await startHarness({}, { fake: { shards: 2, maxConcurrency: 16 } });
    const { fake, bot } = h;
    fake.acceptConnections = false;
    fake.dropConnection(4000, 1);
    await fake.waitFor(() => bot.health?.()?.includes('shard 1'), 5_000, 'shard 1 reported down');
    expect(bot.health?.()).not.toContain('shard 0');
    fake.acceptConnections = true;
    await fake.waitFor(() => bot.health?.() === undefined || undefined, 20_000, 'shard 1 back');
  });
});
