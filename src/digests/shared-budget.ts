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
 * caller gets its own slot and sleeps until it.
 *
 * A slot is reserved only when it starts within a short horizon (100 ms, five slots at 49/s); further
 * ahead, the script reserves nothing and answers when the next slot starts, and the process asks again
 * a horizon before that. Why: a reserved slot is used by its process or by no one, and a process cannot
 * always use its own. After a global 429 (Retry-After: 1) discord.js refuses every post of that
 * process for about a second without sending it (`rejectOnRateLimit`), so the slots it holds then pass unused:
 * reserving for every waiting worker at once held slots 600 ms ahead (16 workers in each of two
 * processes) and lost about 0.3 s of the whole bot's budget per 429; within the horizon it is two or
 * three slots. For the same reason a process told of a global 429 (`pauseFor`) reserves nothing until
 * it ends, and the other processes take the slots meanwhile. In each process one loop reserves for its
 * waiting callers in turn, so Redis sees one request at a time per process rather than a herd of
 * workers waking together, and a caller that stops while queued costs no slot.
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
  /** Reserves the next slot and waits for it. Rejects with the signal's reason if it fires (a slot already reserved is then left unused). */
  acquire(signal?: AbortSignal): Promise<Slot>;
  /**
   * The platform refused this process for `ms` (a global 429: discord.js refuses every post of the
   * process meanwhile). Reserves nothing until then, so the other processes use the slots.
   */
  pauseFor(ms: number): void;
  close(): Promise<void>;
}

/** A reserved slot. */
export interface Slot {
  /** When the request may go: µs on Redis's clock (`shared`), or on this process's monotonic clock (the insurance). */
  readonly at: number;
  /** How far ahead of its reservation the slot lay, ms (a shared slot: at most the horizon). */
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
  /** A slot is reserved only when it starts within this of now (default 100 ms): see the design notes above. */
  readonly horizonMs?: number;
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

/** Default horizon: five slots at 49/s, ample for a Redis round trip and a late timer. */
export const DEFAULT_HORIZON_MS = 100;

interface Waiter {
  readonly resolve: (reserved: Reserved) => void;
  readonly signal?: AbortSignal;
  readonly onAbort?: () => void;
}

/** A slot, and when it comes on this process's monotonic clock (ms). */
interface Reserved {
  readonly slot: Slot;
  readonly deadline: number;
}

export function createSharedBudget(options: SharedBudgetOptions): SharedBudget {
  const { log } = options;
  const intervalUs = Math.ceil(1e6 / options.perSecond);
  const horizonMs = Math.max(0, options.horizonMs ?? DEFAULT_HORIZON_MS);
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
  /** Until when (monotonic ms) the platform refuses this process: nothing is reserved before. */
  let pausedUntil = 0;
  /** Callers waiting for a slot, in order; one loop (`pump`) reserves for them one at a time. */
  const waiters: Waiter[] = [];
  let pumping = false;
  /** Cuts the loop's sleeps short on close. */
  const closing = new AbortController();

  const local = (): Reserved => {
    const now = performance.now();
    const waitMs = insurance.reserve(now);
    return { slot: { at: Math.round((now + waitMs) * 1000), waitMs, shared: false }, deadline: now + waitMs };
  };

  /** Redis did not answer: the insurance alone for a while, on a new connection if this one hangs. */
  const giveUp = (error: unknown, hung?: RedisClient) => {
    // Logged once an outage.
    if (performance.now() >= skipRedisUntil) log.warn({ err: error }, "shared rate budget: Redis did not answer; spacing this process's posts at its share meanwhile");
    skipRedisUntil = performance.now() + retryAfterMs;
    if (hung && hung === client) {
      // Replies on a connection come in order: one that never came would hand every later reply to the
      // wrong caller. A new connection starts clean (and connects in the background; the insurance answers until then).
      client.destroy();
      client = undefined;
    }
  };

  /**
   * A slot from Redis; or, when the next free one lies beyond the horizon, when to ask again (monotonic
   * ms); or undefined if Redis does not answer in time.
   */
  const fromRedis = async (): Promise<Reserved | { readonly askAt: number } | undefined> => {
    if (performance.now() < skipRedisUntil) return undefined;
    client ??= connect();
    if (!client?.isReady) return undefined;
    const asking = client;
    const sent = performance.now();
    const asked = reserveSpacedSlot(asking, redisKey, intervalUs, horizonMs * 1000);
    // A reply after the timeout may have reserved a slot nobody uses: one interval lost, nothing sent twice.
    asked.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(resolve, timeoutMs, 'late')));
    try {
      const reply = await Promise.race([asked, late]);
      if (reply === 'late') {
        giveUp(new Error(`no answer within ${timeoutMs} ms`), asking);
        return undefined;
      }
      const received = performance.now();
      const waitMs = (reply.atUs - reply.nowUs) / 1000;
      // Redis read its clock somewhere between sending and receiving: the middle is off by at most half the round trip.
      const deadline = (sent + received) / 2 + waitMs;
      if (!reply.reserved) return { askAt: deadline - horizonMs };
      return { slot: { at: reply.atUs, waitMs, shared: true }, deadline };
    } catch (error) {
      giveUp(error);
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  };

  /** Serves the waiters in order, one reservation at a time: no herd on Redis, and a stopped caller in the queue costs nothing. */
  const pump = async () => {
    if (pumping) return;
    pumping = true;
    try {
      while (waiters.length > 0) {
        if (!closing.signal.aborted && performance.now() < pausedUntil) {
          await sleepUntil(pausedUntil, closing.signal).catch(() => undefined);
          continue;
        }
        const answer = (await fromRedis()) ?? local();
        if ('askAt' in answer) {
          await sleepUntil(answer.askAt, closing.signal).catch(() => undefined);
          continue;
        }
        // The caller this was reserved for may have stopped meanwhile: the next one takes it (none: one interval lost).
        const waiter = waiters.shift();
        if (!waiter) break;
        if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
        waiter.resolve(answer);
      }
    } finally {
      pumping = false;
    }
  };

  return {
    async acquire(signal) {
      signal?.throwIfAborted();
      const { slot, deadline } = await new Promise<Reserved>((resolve, reject) => {
        const waiter: Waiter = signal
          ? {
              resolve,
              signal,
              onAbort: () => {
                const index = waiters.indexOf(waiter);
                if (index >= 0) waiters.splice(index, 1);
                reject(abortReason(signal));
              },
            }
          : { resolve };
        if (waiter.onAbort) signal?.addEventListener('abort', waiter.onAbort, { once: true });
        waiters.push(waiter);
        void pump();
      });
      await sleepUntil(deadline, signal);
      return slot;
    },
    pauseFor(ms) {
      pausedUntil = Math.max(pausedUntil, performance.now() + Math.max(0, ms));
    },
    close: async () => {
      skipRedisUntil = Infinity;
      closing.abort();
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
