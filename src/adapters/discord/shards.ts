import { Status, type Client, type ClientOptions } from 'discord.js';
import type { ShardPlan } from '../../config.js';

/**
 * Sharding is discord.js's own (internal shards: one Client, one connection per shard). Discord sends
 * each guild's events on shard `(guild_id >> 22) % shard count` and direct messages on shard 0, so
 * several processes can split one bot's shards (DISCORD_SHARD_COUNT with DISCORD_SHARD_IDS), each
 * answering only its guilds. Replies and digests go over REST, which any process may use.
 */

/** The Client options for a plan: `auto` asks Discord (GET /gateway/bot) how many shards to open. */
export function clientShardOptions(plan: ShardPlan): Pick<ClientOptions, 'shards' | 'shardCount'> {
  return plan.kind === 'auto' ? { shards: 'auto' } : { shards: [...plan.ids], shardCount: plan.count };
}

/** This process's shards as the client sees them now: how many, how many are connected, and the rest's state. */
export function shardStates(client: Client): { total: number; up: number; down: string[] } {
  const shards = [...client.ws.shards.values()];
  const down = shards.filter((shard) => shard.status !== Status.Ready).map((shard) => `shard ${shard.id} ${statusName(shard.status)}`);
  return { total: shards.length, up: shards.length - down.length, down };
}

function statusName(status: Status): string {
  const name = Status[status] as string | undefined;
  return name ? name.replace(/[A-Z]/g, (letter, at: number) => (at ? ' ' : '') + letter.toLowerCase()) : 'not connected';
}
