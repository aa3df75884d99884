import type { RedisClient } from './redis-connection.js';

/**
 * One queue of evenly spaced slots kept in Redis, for whatever several processes must space out
 * together (the shared Discord post budget, Discord identifies). KEYS[1] holds the next free time in
 * µs on Redis's own clock (TIME), so processes whose clocks disagree still get slots one interval
 * apart; ARGV[1] is the interval in µs. The script hands out the later of now and the next free time,
 * moves the next free time on by one interval, and returns the slot and Redis's now. The key expires a
 * second after the last slot, so an idle queue leaves nothing behind. '%.0f': a µs count has 16
 * digits, more than Lua's default number format keeps.
 *
 * ARGV[2], when given, is a horizon in µs: a slot further from now than that is not handed out. The
 * script then moves nothing and returns the next free time as "not before" (third value 0), so a
 * caller who asks again near it can have it, and no caller holds slots far ahead that it may not use.
 */
const RESERVE = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local slot = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
if ARGV[2] and slot - now > tonumber(ARGV[2]) then
  return { string.format('%.0f', slot), string.format('%.0f', now), 0 }
end
local nextAt = slot + tonumber(ARGV[1])
redis.call('SET', KEYS[1], string.format('%.0f', nextAt), 'PX', math.ceil((nextAt - now) / 1000) + 1000)
return { string.format('%.0f', slot), string.format('%.0f', now), 1 }`;

/** A slot of the queue: when it starts, and Redis's clock when the script ran (both µs). */
export interface SpacedSlot {
  readonly atUs: number;
  readonly nowUs: number;
  /** False when the slot lay beyond the horizon: nothing was reserved, and `atUs` is the earliest a slot could be. */
  readonly reserved: boolean;
}

/**
 * Reserves the next slot of the queue at `key`, `intervalUs` after the one before it; with
 * `horizonUs`, only if it starts within that of now (otherwise `reserved` is false and nothing moved).
 */
export async function reserveSpacedSlot(client: RedisClient, key: string, intervalUs: number, horizonUs?: number): Promise<SpacedSlot> {
  const args = [String(Math.ceil(intervalUs)), ...(horizonUs === undefined ? [] : [String(Math.max(0, Math.floor(horizonUs)))])];
  const reply = (await client.eval(RESERVE, { keys: [key], arguments: args })) as [string, string, number];
  return { atUs: Number(reply[0]), nowUs: Number(reply[1]), reserved: reply[2] === 1 };
}
