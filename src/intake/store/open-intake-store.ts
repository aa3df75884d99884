import { dirname, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import { INTAKE_NAMESPACE, keyvCandidateStore, type CandidateStore, type Counter, type StoreLog } from './candidate-store.js';

/**
 * Opens the candidate store on STORE_URL, beside the digests. On Redis the counters are INCR, so
 * several processes never give out the same candidate id; on SQLite one process owns the file (as
 * for the digests), so a counter is a read and a write in turn within the process.
 */
export async function openCandidateStore(url: string, log: StoreLog, namespace = INTAKE_NAMESPACE): Promise<CandidateStore> {
  if (/^rediss?:\/\//.test(url)) {
    const { default: KeyvRedis } = await import('@keyv/redis');
    const redis = new KeyvRedis<unknown>(url, { namespace, throwOnErrors: true, throwOnConnectError: true });
    const keyv = new Keyv({ store: redis, namespace, useKeyPrefix: false, throwOnErrors: true });
    keyv.on('error', (error: unknown) => log.error({ err: error }, 'intake store (redis) error'));
    const client = (await redis.getClient()) as unknown as { incr(key: string): Promise<number>; get(key: string): Promise<string | null> };
    const counter: Counter = {
      increment: (key) => client.incr(`${namespace}:counter:${key}`),
      current: async (key) => Number((await client.get(`${namespace}:counter:${key}`)) ?? 0),
    };
    return keyvCandidateStore(keyv, counter, log);
  }
  if (url.startsWith('sqlite://')) {
    const file = url.slice('sqlite://'.length);
    const memory = file === ':memory:' || file === '';
    const path = memory ? ':memory:' : resolve(file);
    if (!memory) mkdirSync(dirname(path), { recursive: true });
    const keyv = new Keyv({ store: new KeyvSqlite({ uri: `sqlite://${path}`, busyTimeout: 5000 }), namespace, throwOnErrors: true });
    keyv.on('error', (error: unknown) => log.error({ err: error }, 'intake store (sqlite) error'));
    return keyvCandidateStore(keyv, localCounter(keyv), log);
  }
  throw new Error(`STORE_URL must start with sqlite://, redis:// or rediss:// (got ${url.split(':')[0]}://…)`);
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
