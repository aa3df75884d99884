import { openSqliteFile } from '../../store/sqlite-file.js';
import { parseStoreUrl } from '../../store/store-url.js';
import { DEFAULT_STORE_TIMEOUT_MS } from '../../store/unavailable.js';
import { DEFAULT_NAMESPACE, type DigestStore, type StoreLog } from './digest-store.js';
import { recordDigestStore } from './record-store.js';
import { sqliteRecords } from './sqlite-records.js';

export interface StoreOptions {
  /** STORE_URL: `sqlite://path` (the default), `redis://…` or `rediss://…`. */
  readonly url: string;
  readonly log: StoreLog;
  /** STORE_NAMESPACE: the deployment's key prefix; tests use a unique one each. */
  readonly namespace?: string;
  /** STORE_TIMEOUT_MS: how long any store call may take before it fails with StoreUnavailableError. */
  readonly timeoutMs?: number;
}

/**
 * Opens the digest store on the backend the URL names. Never waits for Redis: the client connects
 * (and reconnects) in the background, and calls fail fast with StoreUnavailableError until it is up.
 */
export async function createDigestStore(options: StoreOptions): Promise<DigestStore> {
  const namespace = options.namespace ?? DEFAULT_NAMESPACE;
  const timeoutMs = options.timeoutMs ?? DEFAULT_STORE_TIMEOUT_MS;
  const location = parseStoreUrl(options.url);
  if (location.kind === 'sqlite') {
    return recordDigestStore('sqlite', sqliteRecords(openSqliteFile(location.path, timeoutMs), namespace), options.log, timeoutMs);
  }
  // The Redis client is loaded only for Redis: it is a few hundred modules, a quarter of a second at start-up.
  const [{ redisRecords }, { checkEvictionPolicy, openRedisConnection }] = await Promise.all([import('./redis-records.js'), import('../../store/redis-connection.js')]);
  const connection = openRedisConnection(location.url, options.log, 'digest store', timeoutMs);
  connection.client.once('ready', () => void checkEvictionPolicy(connection.client, options.log));
  return recordDigestStore('redis', redisRecords(connection, namespace), options.log, timeoutMs);
}
