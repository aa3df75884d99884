import { closeRedisConnection, openRedisConnection, type RedisClient } from '../store/redis-connection.js';
import { reserveSpacedSlot } from '../store/spaced-slots.js';
import { Bucket } from './limiter.js';
import type { StoreLog } from './store/digest-store.js';

/**
 * A platform's request budget shared by every process posting as the same bot. Discord allows a bot
 * 50 requests per second in all, whatever the number of processes: each process's own limiter
 * (limiter.ts) cannot see the others, so before each post a process also reserves a slot here. The
 * scheduler uses it only when the store is Redis; on SQLite each process's own limiter paces it
 * (docs/digests.md).
 *
 * The budget spaces requests rather than counting windows: Redis keeps the bot's "theoretical arrival
 * time" (GCRA), the earliest moment the next request may go, and one Lua script moves it on by one
 * interval and returns the slot it passed over. The script reads Redis's own clock (TIME), so
 * processes on different hosts, with clocks that disagree, still get slots one interval apart. Each
 * caller gets its own slot and sleeps until it: slots are reserved, so no one retries in a herd.
 *
 * Why a script and not rate-limiter-flexible (which the bot uses elsewhere): its Redis limiters count
 * points in fixed windows, which two full windows side by side let through at twice the rate over a
 * sliding second (the cause of the old 25-per-second budget, half Discord's limit); `execEvenly` only
 * delays each caller by its own guess from the window's remaining points, so processes that consume at
 * the same moment get the same delay and still bunch; RateLimiterQueue is a queue in one process.
 * None reserves a slot in the shared store.
 *
 * If Redis does not answer (down, or no reply within `redisTimeoutMs`), the insurance spaces this
 * process's requests at its share (`perSecond / assumedProcesses`) until Redis answers again, so a
 * store outage neither stops the posts nor lets them flood.
 */
export interface SharedBudget {
  /** Reserves the next slot and waits for it. Rejects with the signal's reason if it fires (the slot is then left unused). */
  acquire(signal?: AbortSignal): Promise<Slot>;
  close(): Promise<void>;
}

/** A reserved slot. */
export interface Slot {
  /** When the request may go: µs on Redis's clock (`shared`), or on this process's monotonic clock (the insurance). */
  readonly at: number;
  /** How long the caller had to wait for it, ms. */
  readonly waitMs: number;
  /** From the budget in Redis (true) or this process's insurance share (false). */
  readonly shared: boolean;
}

export interface SharedBudgetOptions {
  /** `redis://…` for a budget shared across processes; anything else keeps it in memory (the insurance alone). */
  readonly url?: string;
  /** Whose budget: e.g. `discord:<application id>`. */
  readonly key: string;
  /** Requests per second for every process together, evenly spaced (Discord: DISCORD_SHARED_PER_SECOND). */
  readonly perSecond: number;
  /** Processes assumed when Redis is down (default 3). */
  readonly assumedProcesses?: number;
  /** A reservation not answered within this is given up and the insurance answers (default 500 ms). */
  readonly redisTimeoutMs?: number;
  /** After Redis failed to answer, the insurance answers alone for this long before Redis is asked again (default 2 s). */
  readonly retryRedisAfterMs?: number;
  readonly log: StoreLog;
}

/**
 * Discord allows a bot 50 requests in any sliding second. Spaced exactly at 50/s, 51 requests span
 * exactly one second, so the smallest delay on the way (a timer firing late, a busy event loop, the
 * network) could put 51 in one second of the platform's count. At 49/s, 51 slots span 1,020 ms: a
 * request may arrive up to 20 ms later than the one 50 slots after it before the platform would
 * refuse, for 2% of the rate (the process's own limiter keeps the same 20 ms: limiter.ts).
 */
export const DISCORD_SHARED_PER_SECOND = 49;

export function createSharedBudget(options: SharedBudgetOptions): SharedBudget {
  const { log } = options;
  const intervalUs = Math.ceil(1e6 / options.perSecond);
  const insurance = new Bucket(options.perSecond / Math.max(1, options.assumedProcesses ?? 3));
  const timeoutMs = options.redisTimeoutMs ?? 500;
  const retryAfterMs = options.retryRedisAfterMs ?? 2_000;
  const redisKey = `kuril-budget:${options.key}`;
  const url = options.url?.startsWith('redis') ? options.url : undefined;
  // Its own connection, failing fast while Redis is away (openRedisConnection: no offline queue).
  const connect = (): RedisClient | undefined => (url ? openRedisConnection(url, log, 'shared rate budget').client : undefined);
  let client = connect();
  /** Until when (monotonic ms) the insurance answers alone, after Redis failed to. */
  let skipRedisUntil = 0;

  const local = (): { slot: Slot; deadline: number } => {
    const now = performance.now();
    const waitMs = insurance.reserve(now);
    return { slot: { at: Math.round((now + waitMs) * 1000), waitMs, shared: false }, deadline: now + waitMs };
  };

  /** Redis did not answer: the insurance alone for a while, on a new connection if this one hangs. */
  const giveUp = (error: unknown, hung?: RedisClient) => {
    // Logged once an outage: the other callers waiting on the same Redis fail with it.
    if (performance.now() >= skipRedisUntil) log.warn({ err: error }, "shared rate budget: Redis did not answer; spacing this process's posts at its share meanwhile");
    skipRedisUntil = performance.now() + retryAfterMs;
    if (hung && hung === client) {
      // Replies on a connection come in order: one that never came would hand every later reply to the
      // wrong caller. A new connection starts clean (and connects in the background; the insurance answers until then).
      client.destroy();
      client = undefined;
    }
  };

  /** A slot from Redis, or undefined if Redis does not answer in time. */
  const fromRedis = async (): Promise<{ slot: Slot; deadline: number } | undefined> => {
    if (performance.now() < skipRedisUntil) return undefined;
    client ??= connect();
    if (!client?.isReady) return undefined;
    const asking = client;
    const sent = performance.now();
    const asked = reserveSpacedSlot(asking, redisKey, intervalUs);
    // A reply after the timeout reserved a slot nobody uses: one interval lost, nothing sent twice.
    asked.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(resolve, timeoutMs, 'late')));
    try {
      const reply = await Promise.race([asked, late]);
      if (reply === 'late') {
        giveUp(new Error(`no answer within ${timeoutMs} ms`), asking);
        return undefined;
      }
      const { atUs: slotUs, nowUs } = reply;
      const received = performance.now();
      const waitMs = (slotUs - nowUs) / 1000;
      // Redis read its clock somewhere between sending and receiving: the middle is off by at most half the round trip.
      return { slot: { at: slotUs, waitMs, shared: true }, deadline: (sent + received) / 2 + waitMs };
    } catch (error) {
      giveUp(error);
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    async acquire(signal) {
      signal?.throwIfAborted();
      const { slot, deadline } = (await fromRedis()) ?? local();
      await sleepUntil(deadline, signal);
      return slot;
    },
    close: async () => {
      skipRedisUntil = Infinity;
      if (client) await closeRedisConnection(client);
    },
  };
}

function sleepUntil(deadline: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const ms = deadline - performance.now();
    if (ms <= 0) return resolve();
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.ceil(ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

const abortReason = (signal: AbortSignal): Error => (signal.reason instanceof Error ? signal.reason : new Error('aborted'));
