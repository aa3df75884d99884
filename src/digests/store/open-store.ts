import { DEFAULT_NAMESPACE, type DigestStore, type StoreLog } from './digest-store.js';
import { openSqliteStore } from './sqlite-backend.js';

export interface StoreOptions {
  /** STORE_URL: `sqlite://path` (the default), `redis://…` or `rediss://…`. */
  readonly url: string;
  readonly log: StoreLog;
  /** Key namespace; tests use a unique one each. */
  readonly namespace?: string;
}

/** Opens the digest store on the backend the URL names. */
export async function createDigestStore(options: StoreOptions): Promise<DigestStore> {
  const namespace = options.namespace ?? DEFAULT_NAMESPACE;
  // The Redis client is loaded only for Redis: it is a few hundred modules, a quarter of a second at start-up.
  if (/^rediss?:\/\//.test(options.url)) return (await import('./redis-backend.js')).openRedisStore(options.url, namespace, options.log);
  if (options.url.startsWith('sqlite://')) return openSqliteStore(options.url.slice('sqlite://'.length), namespace, options.log);
  throw new Error(`STORE_URL must start with sqlite://, redis:// or rediss:// (got ${options.url.split(':')[0]}://…)`);
}
