import { dirname, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import type { ConnectionLog } from '../../store/redis-connection.js';
import { MEMORY, parseStoreUrl } from '../../store/store-url.js';
import { INTAKE_NAMESPACE, keyvCandidateStore, type CandidateStore, type Counter, type StoreLog } from './candidate-store.js';

/**
 * Opens the candidate store on STORE_URL, beside the digests (the same URL parsing, the same Redis
 * connection behaviour: it never waits for Redis at start-up, and fails fast while Redis is down). On
 * Redis the counters are INCR, so several processes never give out the same candidate id; on SQLite
 * a counter is a read and a write in turn within the process.
 */
export async function openCandidateStore(url: string, log: StoreLog & Partial<ConnectionLog>, namespace = INTAKE_NAMESPACE): Promise<CandidateStore> {
  const location = parseStoreUrl(url);
  if (location.kind === 'redis') {
    const [{ default: KeyvRedis }, { openRedisConnection }] = await Promise.all([import('@keyv/redis'), import('../../store/redis-connection.js')]);
    const connectionLog = { info: (d: object, m: string) => log.info?.(d, m), warn: (d: object, m: string) => (log.warn ?? log.error)(d, m) };
    const { client } = openRedisConnection(location.url, connectionLog, 'intake store');
    const redis = new KeyvRedis<unknown>(client, { namespace, throwOnErrors: true });
    const keyv = new Keyv({ store: redis, namespace, useKeyPrefix: false, throwOnErrors: true });
    // Redis being down is logged once by the connection; each failed call reaches its caller.
    keyv.on('error', () => undefined);
    const counter: Counter = {
      increment: (key) => client.incr(`${namespace}:counter:${key}`),
      current: async (key) => Number((await client.get(`${namespace}:counter:${key}`)) ?? 0),
    };
    return keyvCandidateStore(keyv, counter, log);
  }
  const memory = location.path === MEMORY;
  const path = memory ? MEMORY : resolve(location.path);
  if (!memory) mkdirSync(dirname(path), { recursive: true });
  const keyv = new Keyv({ store: new KeyvSqlite({ uri: `sqlite://${path}`, busyTimeout: 5000 }), namespace, throwOnErrors: true });
  keyv.on('error', (error: unknown) => log.error({ err: error }, 'intake store (sqlite) error'));
  return keyvCandidateStore(keyv, localCounter(keyv), log);
}

/** A counter kept in keyv, its updates queued one after another within the process. */
function localCounter(keyv: Keyv): Counter {
  let queue: Promise<unknown> = Promise.resolve();
  const current = async (key: string) => Number((await keyv.get<number>(`counter:${key}`)) ?? 0);
  return {
    current,
    increment(key) {
      const next = queue.then(async () => {
        const value = (await current(key)) + 1;
        await keyv.set(`counter:${key}`, value);
        return value;
      });
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
