import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import { KeyvDigestStore, safeDeserialize, type DigestStore, type IndexName, type StoreBackend, type StoreLog } from './digest-store.js';
import { lockFile } from './lock-file.js';

// SQLite: one process owns the file. The index is a keyv record changed under an in-process mutex;
// claims live in memory, shared by every store this process opens on the same file.

/** `file` is a path (its folder is created) or `:memory:` / empty for an in-memory database. */
export async function openSqliteStore(file: string, namespace: string, log: StoreLog): Promise<DigestStore> {
  const memory = file === ':memory:' || file === '';
  const path = memory ? ':memory:' : resolve(file);
  if (!memory) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new KeyvSqlite({ uri: `sqlite://${path}`, busyTimeout: 5000 });
  // WAL: readers never wait for the writer, and a killed process loses no committed write.
  // synchronous=NORMAL syncs at checkpoints, not every commit: still safe against a crash or kill
  // of the bot; a power cut may lose the last moments of ledger (see docs/digests.md).
  await sqlite.query('PRAGMA journal_mode=WAL');
  await sqlite.query('PRAGMA synchronous=NORMAL');
  const keyv = new Keyv({ store: sqlite, namespace, throwOnErrors: true, deserialize: safeDeserialize });
  keyv.on('error', (error: unknown) => log.error({ err: error }, 'digest store (sqlite) error'));
  return new KeyvDigestStore('sqlite', keyv, sqliteBackend(keyv, path, namespace, sqlite, memory), log);
}

interface LocalClaim {
  owner: string;
  expires: number;
}
const localClaims = new Map<string, Map<string, LocalClaim>>();
const indexLocks = new Map<string, Promise<unknown>>();

function sqliteBackend(keyv: Keyv, path: string, namespace: string, sqlite: KeyvSqlite, memory: boolean): StoreBackend {
  let unlock: (() => void) | undefined;
  const scope = `${path}#${namespace}`;
  let claims = localClaims.get(scope);
  if (!claims) localClaims.set(scope, (claims = new Map<string, LocalClaim>()));
  const table = claims;

  const withIndex = async <T>(index: IndexName, change: (keys: Set<string>) => T): Promise<T> => {
    const record = index === 'sub' ? 'index' : 'alert-index';
    const previous = indexLocks.get(scope) ?? Promise.resolve();
    const next = previous.then(async () => {
      const raw = await keyv.get<unknown>(record);
      const keys = new Set(Array.isArray(raw) ? raw.filter((k): k is string => typeof k === 'string') : []);
      const before = keys.size;
      const result = change(keys);
      if (keys.size !== before) await keyv.set(record, [...keys].sort());
      return result;
    });
    indexLocks.set(scope, next.catch(() => undefined));
    return next;
  };

  const live = (name: string, now: number) => {
    const held = table.get(name);
    if (held && held.expires <= now) {
      table.delete(name);
      return undefined;
    }
    return held;
  };

  return {
    addToIndex: (index, ...added) => withIndex(index, (keys) => added.forEach((key) => keys.add(key))),
    removeFromIndex: (index, key) => withIndex(index, (keys) => void keys.delete(key)),
    listIndex: (index) => withIndex(index, (keys) => [...keys].sort()),
    claim(name, owner, leaseMs) {
      const now = Date.now();
      if (live(name, now)) return Promise.resolve(false);
      table.set(name, { owner, expires: now + leaseMs });
      return Promise.resolve(true);
    },
    renew(name, owner, leaseMs) {
      const now = Date.now();
      const held = live(name, now);
      if (!held || held.owner !== owner) return Promise.resolve(false);
      held.expires = now + leaseMs;
      return Promise.resolve(true);
    },
    release(name, owner) {
      if (table.get(name)?.owner === owner) table.delete(name);
      return Promise.resolve();
    },
    async prune() {
      const rows = (await sqlite.query(
        `DELETE FROM ${sqlite.opts.table ?? 'keyv'} WHERE key LIKE ? AND CAST(json_extract(value, '$.expires') AS INTEGER) < ? RETURNING key`,
        `${namespace}:ledger:%`,
        Date.now(),
      )) as unknown[];
      return rows.length;
    },
    takeOwnership() {
      try {
        if (!memory && !unlock) unlock = lockFile(path);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    close() {
      unlock?.();
      unlock = undefined;
      return Promise.resolve();
    },
  };
}
