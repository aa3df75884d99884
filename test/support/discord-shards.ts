import type { FakeDiscord, FakeGuild, FakeInteraction } from './fake-discord/index.js';

/**
 * What the shard tests ask of the fake Discord, in process (test/adapters/discord/shards.test.ts) and
 * across compiled bots (shard-processes.test.ts).
 */

/** The POSTs answering one interaction (its callback): exactly one when it was answered once. */
export const callbacks = (fake: FakeDiscord, interaction: FakeInteraction) =>
  fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${interaction.id}/`));

/** A /kuril help in each server; resolves once each has its first response. */
export async function helpInEach(fake: FakeDiscord, guilds: readonly FakeGuild[]): Promise<FakeInteraction[]> {
  const sent = guilds.map((guild) => fake.chatInput('help', {}, { guild }));
  await fake.waitFor(() => sent.every((i) => i.callbackType !== undefined), 15_000, 'an answer in every server');
  return sent;
}

/** The [shard, count] of every IDENTIFY the fake received, by shard id. */
export const identifiedShards = (fake: FakeDiscord) => fake.gateway.identifies.map((d) => d.shard as [number, number]).sort((a, b) => a[0] - b[0]);
