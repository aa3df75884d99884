import type { ConnectionLog } from '../../store/redis-connection.js';
import { openSqliteFile } from '../../store/sqlite-file.js';
import { parseStoreUrl } from '../../store/store-url.js';
import { DEFAULT_STORE_TIMEOUT_MS } from '../../store/unavailable.js';
import { INTAKE_NAMESPACE, recordCandidateStore, type CandidateStore, type StoreLog } from './candidate-store.js';
import { sqliteIntake } from './sqlite-intake.js';

export interface IntakeStoreOptions {
  /** STORE_TIMEOUT_MS: how long any store call may take before it fails with NewsQueueUnavailableError. */
  readonly timeoutMs?: number;
}

/**
 * Opens the candidate store on STORE_URL, beside the digests and on the same footing: the same SQLite
 * file (WAL, busy timeout; any number of processes), or Redis through the same connection handling (it
 * never waits for Redis at start-up, and fails fast while Redis is down). `namespace`: the
 * deployment's (intakeNamespace of STORE_NAMESPACE); tests use a unique one each.
 */
export async function openCandidateStore(
  url: string,
  log: StoreLog & Partial<ConnectionLog>,
  namespace = INTAKE_NAMESPACE,
  options: IntakeStoreOptions = {},
): Promise<CandidateStore> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_STORE_TIMEOUT_MS;
  const location = parseStoreUrl(url);
  if (location.kind === 'sqlite') return recordCandidateStore(sqliteIntake(openSqliteFile(location.path, timeoutMs), namespace), log, timeoutMs);
  // The Redis client is loaded only for Redis, as for the digests.
  const [{ redisIntake }, { openRedisConnection }] = await Promise.all([import('./redis-intake.js'), import('../../store/redis-connection.js')]);
  const connectionLog = { info: (d: object, m: string) => log.info?.(d, m), warn: (d: object, m: string) => (log.warn ? log.warn(d, m) : log.error(d, m)) };
  const connection = openRedisConnection(location.url, connectionLog, 'intake store', timeoutMs);
  return recordCandidateStore(redisIntake(connection, namespace), log, timeoutMs);
}
