import { createClient } from '@keyv/redis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { StoreLog } from './store/digest-store.js';

/**
 * A platform's request budget shared by every process posting as the same bot. Discord allows a bot
 * 50 requests per second in all, whatever the number of processes: each process's own limiter
 * (limiter.ts) cannot see the others, so before each post a process also takes one point from a
 * rate-limiter-flexible counter in Redis, keyed by the bot. The scheduler uses it only when the store
 * is Redis; on SQLite each process's own limiter paces it (docs/digests.md).
 *
 * If Redis stops answering, the in-memory insurance limiter takes over with this process's share
 * (`points / assumedProcesses`), so a store outage neither stops the posts nor lets them flood.
 */
export interface SharedBudget {
  /** Waits for one point. Rejects with the signal's reason if it fires. */
  acquire(signal?: AbortSignal): Promise<void>;
  close(): Promise<void>;
}

export interface SharedBudgetOptions {
  /** `redis://…` for a budget shared across processes; anything else keeps it in memory. */
  readonly url?: string;
  /** Whose budget: e.g. `discord:<application id>`. */
  readonly key: string;
  /** Points per fixed 1-second window (Discord: 25, see DISCORD_SHARED_PER_SECOND). */
  readonly perSecond: number;
  /** Processes assumed when Redis is down (default 3). */
  readonly assumedProcesses?: number;
  readonly log: StoreLog;
}

/**
 * Discord allows a bot 50 requests/s. The counter counts fixed 1-second windows, so two windows side by
 * side can each be full: 25 per window keeps any 1-second span at 50 or fewer, for every process together.
 */
export const DISCORD_SHARED_PER_SECOND = 25;

export function createSharedBudget(options: SharedBudgetOptions): SharedBudget {
  const share = Math.max(1, Math.floor(options.perSecond / (options.assumedProcesses ?? 3)));
  const local = new RateLimiterMemory({ points: share, duration: 1, keyPrefix: 'kuril-budget' });
  let limiter: RateLimiterAbstract = local;
  let close = () => Promise.resolve();
  if (options.url?.startsWith('redis')) {
    // Its own connection, failing fast instead of queueing while Redis is away (the insurance limiter answers then).
    const client = createClient({ url: options.url, disableOfflineQueue: true, socket: { connectTimeout: 2_000, reconnectStrategy: (retries: number) => Math.min(2_000, 100 * 2 ** retries) } });
    client.on('error', (error: unknown) => options.log.warn({ err: error }, 'shared rate budget: redis error (using this process\'s share meanwhile)'));
    // Connects in the background: until it does, commands fail at once and the insurance limiter answers.
    void client.connect().catch((error: unknown) => options.log.warn({ err: error }, 'shared rate budget: redis unreachable (using this process\'s share meanwhile)'));
    limiter = new RateLimiterRedis({ storeClient: client, useRedisPackage: true, points: options.perSecond, duration: 1, keyPrefix: 'kuril-budget', insuranceLimiter: local });
    close = async () => {
      await client.close().catch(() => undefined);
    };
  }
  return {
    async acquire(signal) {
      for (;;) {
        signal?.throwIfAborted();
        try {
          await limiter.consume(options.key, 1);
          return;
        } catch (rejection) {
          if (!(rejection instanceof RateLimiterRes)) throw rejection;
          await pause(Math.max(1, rejection.msBeforeNext), signal);
        }
      }
    },
    close,
  };
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
