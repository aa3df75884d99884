import { createClient, type RedisClientType } from '@redis/client';
import { StoreUnavailableError } from './unavailable.js';

/**
 * A Redis client that never blocks the bot: it connects in the background and reconnects with
 * backoff for as long as the bot runs. With the offline queue off, a command while Redis is
 * unreachable fails at once (the caller gets StoreUnavailableError) instead of waiting in a queue,
 * so a cut-off worker cannot act late on stale state. Losing and regaining Redis is logged once
 * each, not at every retry.
 */

export interface ConnectionLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export type RedisClient = RedisClientType;

export interface RedisConnection {
  readonly client: RedisClient;
  /**
   * Resolves when a command may be sent: at once while connected, when the first connection is made
   * while it is still being made; rejects at once (StoreUnavailableError) while Redis is known down.
   */
  usable(): Promise<void>;
}

/** Reconnect delays: 100 ms doubling to at most 5 s. */
export const reconnectDelay = (retries: number): number => Math.min(100 * 2 ** Math.min(retries, 6), 5_000);

export function openRedisConnection(url: string, log: ConnectionLog, what: string, connectTimeoutMs = 2_000): RedisConnection {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: connectTimeoutMs, reconnectStrategy: reconnectDelay },
  }) as RedisClient;
  let down = false;
  client.on('error', (error: unknown) => {
    if (down) return;
    down = true;
    log.warn({ err: error }, `${what}: Redis unreachable; retrying in the background`);
  });
  client.on('ready', () => {
    if (down) log.info({}, `${what}: Redis reachable again`);
    down = false;
  });
  // Not awaited: the bot starts whether or not Redis answers.
  client.connect().catch(() => undefined);
  const firstReady = new Promise<void>((resolve) => client.once('ready', () => resolve()));
  return {
    client,
    usable() {
      if (client.isReady) return Promise.resolve();
      if (down) return Promise.reject(new StoreUnavailableError(`${what}: Redis unreachable`));
      return firstReady;
    },
  };
}

/**
 * Lets replies in flight arrive (for at most `graceMs`: a Redis that stopped answering never
 * replies), then drops the socket and stops reconnecting; safe whatever state the client is in.
 */
export async function closeRedisConnection(client: RedisClient, graceMs = 1_000): Promise<void> {
  if (!client.isOpen) return;
  if (client.isReady) {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([client.close().catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
  }
  if (client.isOpen) client.destroy();
}

/**
 * Claims and ledgers have TTLs; a Redis that evicts keys under memory pressure can drop them and a
 * digest would be sent twice. Warns unless maxmemory-policy is noeviction (a managed Redis may refuse
 * CONFIG: then it says it could not check).
 */
export async function checkEvictionPolicy(client: RedisClient, log: ConnectionLog): Promise<string | undefined> {
  let policy: string | undefined;
  try {
    const reply = (await client.configGet('maxmemory-policy')) as Record<string, string>;
    policy = reply['maxmemory-policy'];
  } catch (error) {
    log.warn({ err: error }, 'could not read Redis maxmemory-policy (CONFIG refused); make sure it is noeviction, or claims and ledgers may be evicted');
    return undefined;
  }
  if (policy !== undefined && policy !== 'noeviction') {
    log.warn({ policy }, `Redis maxmemory-policy is ${policy}: keys may be evicted under memory pressure (claims, ledgers); set it to noeviction`);
  }
  return policy;
}
