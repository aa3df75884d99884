import type { RedisClient } from './redis-connection.js';

/**
 * One queue of evenly spaced slots kept in Redis, for whatever several processes must space out
 * together (the shared Discord post budget, Discord identifies). KEYS[1] holds the next free time in
 * µs on Redis's own clock (TIME), so processes whose clocks disagree still get slots one interval
 * apart; ARGV[1] is the interval in µs. The script hands out the later of now and the next free time,
 * moves the next free time on by one interval, and returns the slot and Redis's now. The key expires a
 * second after the last slot, so an idle queue leaves nothing behind. '%.0f': a µs count has 16
 * digits, more than Lua's default number format keeps.
 */
const RESERVE = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local slot = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
local nextAt = slot + tonumber(ARGV[1])
redis.call('SET', KEYS[1], string.format('%.0f', nextAt), 'PX', math.ceil((nextAt - now) / 1000) + 1000)
return { string.format('%.0f', slot), string.format('%.0f', now) }`;

/** A reserved slot: when it starts, and Redis's clock when it was handed out (both µs). */
export interface SpacedSlot {
  readonly atUs: number;
  readonly nowUs: number;
}

/** Reserves the next slot of the queue at `key`, `intervalUs` after the one before it. */
export async function reserveSpacedSlot(client: RedisClient, key: string, intervalUs: number): Promise<SpacedSlot> {
  const reply = (await client.eval(RESERVE, { keys: [key], arguments: [String(Math.ceil(intervalUs))] })) as [string, string];
  const [atUs, nowUs] = reply.map(Number) as [number, number];
  return { atUs, nowUs };
}
