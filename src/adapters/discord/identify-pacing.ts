import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { SimpleIdentifyThrottler, type IIdentifyThrottler } from 'discord.js';
import { closeRedisConnection, openRedisConnection, type RedisConnection } from '../../store/redis-connection.js';
import { reserveSpacedSlot } from '../../store/spaced-slots.js';
import { withTimeout } from '../../store/unavailable.js';

/**
 * Identify pacing shared by every process of one bot (issue 14). Discord lets a bot start
 * `max_concurrency` sessions per 5 seconds, one per bucket (`shard_id % max_concurrency`), counted
 * across all its connections, and answers a faster IDENTIFY with Invalid Session (op 9). discord.js
 * paces only the shards of its own process, so processes that split the shards and start together
 * identify at once. With a Redis store, each IDENTIFY first reserves a slot in its bucket's key: the
 * slot is the later of Redis's clock and the key's next free time, and the next free time moves
 * SLOT_SPACING_MS on, in one script, so every process sees one queue and one clock.
 *
 * An IDENTIFY goes out at or after its slot, never before. One that would go out more than
 * LATE_LIMIT_MS after it (a slow Redis answer, a busy event loop) takes the next slot instead, since
 * the IDENTIFY of the slot after it may already be on its way: so any two are at least
 * SLOT_SPACING_MS - LATE_LIMIT_MS (5.25 s) apart, beyond Discord's 5 s.
 *
 * Without Redis (SQLite or no store: one process) discord.js's own throttler does the job. If Redis
 * does not answer, this process falls back to it (logged once per outage), which is safe when the
 * processes did not start together.
 */

/** How far apart the slots of one bucket are: Discord's 5 s window, plus room for a late IDENTIFY. */
export const SLOT_SPACING_MS = 6_000;
/** The latest an IDENTIFY may go out after its slot; later, it takes another slot. */
export const LATE_LIMIT_MS = 750;

/** What the throttler needs of discord.js's WebSocketManager (the bot's token and /gateway/bot). */
export interface IdentifyManager {
  readonly options: { readonly token: string };
  fetchGatewayInformation(): Promise<{ readonly session_start_limit: { readonly max_concurrency: number } }>;
}

export interface IdentifyPacingLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export interface IdentifyPacingOptions {
  /** STORE_URL: pacing is shared only when it is redis:// or rediss://. */
  readonly url: string;
  /** STORE_NAMESPACE: the keys are `<namespace>:discord-identify:<bot id>:<bucket>`. */
  readonly namespace: string;
  /** How long a reservation may take before this process paces itself (STORE_TIMEOUT_MS). */
  readonly timeoutMs: number;
  readonly log: IdentifyPacingLog;
  /** Tests shorten these; production keeps the defaults. */
  readonly spacingMs?: number;
  readonly lateLimitMs?: number;
}

export interface IdentifyPacing {
  /** discord.js's `ws.buildIdentifyThrottler`: one throttler per bot, however often it is asked. */
  build(manager: IdentifyManager): Promise<IIdentifyThrottler>;
  close(): Promise<void>;
}

/** Shared pacing for a Redis store; undefined for SQLite or no store, where discord.js's own throttler is right. */
export function sharedIdentifyPacing(options: IdentifyPacingOptions): IdentifyPacing | undefined {
  if (!/^rediss?:\/\//.test(options.url)) return undefined;
  const { namespace, timeoutMs, log } = options;
  const spacingMs = options.spacingMs ?? SLOT_SPACING_MS;
  const lateLimitMs = options.lateLimitMs ?? LATE_LIMIT_MS;
  let connection: RedisConnection | undefined;
  let built: Promise<IIdentifyThrottler> | undefined;

  const throttler = (botId: string, maxConcurrency: number): IIdentifyThrottler => {
    // Its own connection, opened only when shards identify. It logs nothing itself: the one line per
    // outage is ours, and says what it means for the shards.
    const redis = (connection ??= openRedisConnection(options.url, { info: () => undefined, warn: () => undefined }, 'discord identify pacing'));
    const local = new SimpleIdentifyThrottler(maxConcurrency);
    // When this process last identified in each bucket, so that falling back mid-way does not go early.
    const lastSent = new Map<number, number>();
    let alone = false;
    const reserve = (bucket: number) =>
      withTimeout(
        async () => {
          await usable(redis);
          const slot = await reserveSpacedSlot(redis.client, `${namespace}:discord-identify:${botId}:${bucket}`, spacingMs * 1000);
          return (slot.atUs - slot.nowUs) / 1000;
        },
        timeoutMs,
        'discord identify slot',
      );

    return {
      async waitForIdentify(shardId, signal) {
        const bucket = shardId % maxConcurrency;
        for (;;) {
          signal.throwIfAborted();
          const asked = performance.now();
          let wait: number;
          try {
            wait = await reserve(bucket);
          } catch (error) {
            if (!alone) log.warn({ err: error }, 'discord identify pacing: Redis does not answer; pacing only this process\'s shards until it does');
            alone = true;
            const since = performance.now() - (lastSent.get(bucket) ?? -Infinity);
            if (since < spacingMs) await sleep(spacingMs - since, undefined, { signal });
            await local.waitForIdentify(shardId, signal);
            lastSent.set(bucket, performance.now());
            return;
          }
          if (alone) log.info({}, 'discord identify pacing: Redis answers again; shared with the other processes');
          alone = false;
          signal.throwIfAborted();
          if (wait > 0) await sleep(wait, undefined, { signal });
          // The slot began no earlier than `asked + wait` on our clock: if that is too long ago, the
          // IDENTIFY would crowd the next slot's, so take another.
          if (performance.now() - (asked + wait) <= lateLimitMs) {
            lastSent.set(bucket, performance.now());
            return;
          }
        }
      },
    };
  };

  return {
    build(manager) {
      built ??= manager.fetchGatewayInformation().then(
        (info) => throttler(botId(manager.options.token), Math.max(1, info.session_start_limit.max_concurrency)),
        (error: unknown) => {
          built = undefined; // asked again at the next IDENTIFY
          throw error;
        },
      );
      return built;
    },
    async close() {
      if (connection) await closeRedisConnection(connection.client);
    },
  };
}

/**
 * Resolves once a command may be sent; rejects at once while Redis is known down and, on a first
 * connection, at its first error: a bot starting while Redis is down does not wait for the timeout.
 */
async function usable(redis: RedisConnection): Promise<void> {
  if (redis.client.isReady) return;
  const stop = new AbortController();
  try {
    await Promise.race([
      redis.usable(),
      once(redis.client, 'error', { signal: stop.signal }).then(([error]: unknown[]) => {
        throw error instanceof Error ? error : new Error('Redis connection failed');
      }),
    ]);
  } finally {
    stop.abort();
  }
}

/**
 * Whose limit: the bot's user id, which a bot token starts with (base64). A token of another shape
 * is hashed, never stored or logged.
 */
function botId(token: string): string {
  const id = Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8');
  return /^\d{17,20}$/.test(id) ? id : createHash('sha256').update(token).digest('hex').slice(0, 16);
}
