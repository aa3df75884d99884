import type Database from 'better-sqlite3';
import { kindOfKeyvKey, keyvExpiry, unwrapKeyv } from './keyv-format.js';
import { promised } from '../../store/promised.js';
import { KINDS, type Kind, type Records, type Write } from './records.js';

/**
 * The digest store's tables in a SQLite file that several processes may share. Every write is one
 * transaction (BEGIN IMMEDIATE, so it waits its turn under the busy timeout rather than failing on
 * upgrade); claims are rows with an owner and an expiry, taken and renewed by single statements.
 * Lists are table scans: there is no index record to lose an update to.
 */

const TABLES: Record<Kind, string> = {
  sub: 'subscriptions',
  cursor: 'cursors',
  ledger: 'ledgers',
  progress: 'progress',
  alert: 'alert_settings',
  'alert-ledger': 'alert_ledgers',
  install: 'slack_installations',
};

const SCHEMA = [
  ...KINDS.map((kind) => `CREATE TABLE IF NOT EXISTS ${TABLES[kind]} (ns TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, expires INTEGER, PRIMARY KEY (ns, key)) WITHOUT ROWID`),
  'CREATE TABLE IF NOT EXISTS claims (ns TEXT NOT NULL, name TEXT NOT NULL, owner TEXT NOT NULL, expires INTEGER NOT NULL, PRIMARY KEY (ns, name)) WITHOUT ROWID',
];

export function sqliteRecords(db: Database.Database, ns: string): Records {
  db.transaction(() => SCHEMA.forEach((sql) => db.exec(sql))).immediate();
  migrateKeyv(db, ns);

  const statements = (table: string) => ({
    get: db.prepare<[string, string, number], { value: string }>(`SELECT value FROM ${table} WHERE ns = ? AND key = ? AND (expires IS NULL OR expires > ?)`),
    list: db.prepare<[string, number], { key: string; value: string }>(`SELECT key, value FROM ${table} WHERE ns = ? AND (expires IS NULL OR expires > ?) ORDER BY key`),
    keys: db.prepare<[string, string, string], { key: string }>(`SELECT key FROM ${table} WHERE ns = ? AND substr(key, 1, length(?)) = ? ORDER BY key`),
    put: db.prepare(`INSERT INTO ${table} (ns, key, value, expires) VALUES (?, ?, ?, ?) ON CONFLICT (ns, key) DO UPDATE SET value = excluded.value, expires = excluded.expires`),
    delete: db.prepare(`DELETE FROM ${table} WHERE ns = ? AND key = ?`),
    prune: db.prepare(`DELETE FROM ${table} WHERE expires IS NOT NULL AND expires <= ?`),
  });
  const table = Object.fromEntries(KINDS.map((kind) => [kind, statements(TABLES[kind])])) as Record<Kind, ReturnType<typeof statements>>;
  const holder = db.prepare<[string, string, number], { owner: string }>('SELECT owner FROM claims WHERE ns = ? AND name = ? AND expires > ?');
  const claim = db.prepare(
    'INSERT INTO claims (ns, name, owner, expires) VALUES (?, ?, ?, ?) ON CONFLICT (ns, name) DO UPDATE SET owner = excluded.owner, expires = excluded.expires WHERE claims.expires <= ?',
  );
  const renew = db.prepare('UPDATE claims SET expires = ? WHERE ns = ? AND name = ? AND owner = ? AND expires > ?');
  const release = db.prepare('DELETE FROM claims WHERE ns = ? AND name = ? AND owner = ?');
  const pruneClaims = db.prepare('DELETE FROM claims WHERE expires <= ?');

  const read = (kind: Kind, key: string) => table[kind].get.get(ns, key, Date.now())?.value;
  const apply = (write: Write) => {
    if ('delete' in write) table[write.kind].delete.run(ns, write.key);
    else table[write.kind].put.run(ns, write.key, write.value, write.ttlMs === undefined ? null : Date.now() + write.ttlMs);
  };
  const fencedWrite = db.transaction((writes: readonly Write[], fence?: { name: string; owner: string }) => {
    if (fence && holder.get(ns, fence.name, Date.now())?.owner !== fence.owner) return false;
    writes.forEach(apply);
    return true;
  });
  const update = db.transaction((kind: Kind, key: string, change: (current: string | undefined) => string | undefined) => {
    const current = read(kind, key);
    const next = change(current);
    if (next === undefined) return current;
    apply({ kind, key, value: next });
    return next;
  });

  const run = promised;
  return {
    get: (kind, keys) => run(() => keys.map((key) => read(kind, key))),
    list: (kind) => run(() => table[kind].list.all(ns, Date.now())),
    keys: (kind, prefix) => run(() => table[kind].keys.all(ns, prefix, prefix).map((row) => row.key)),
    write: (writes, fence) => run(() => fencedWrite.immediate(writes, fence)),
    update: (kind, key, change) => run(() => update.immediate(kind, key, change)),
    claim: (name, owner, leaseMs) =>
      run(() => {
        const now = Date.now();
        return claim.run(ns, name, owner, now + Math.ceil(leaseMs), now).changes === 1;
      }),
    renew: (name, owner, leaseMs) =>
      run(() => {
        const now = Date.now();
        return renew.run(now + Math.ceil(leaseMs), ns, name, owner, now).changes === 1;
      }),
    release: (name, owner) => run(() => void release.run(ns, name, owner)),
    prune: () =>
      run(() => {
        const now = Date.now();
        pruneClaims.run(now);
        return KINDS.reduce((sum, kind) => sum + table[kind].prune.run(now).changes, 0);
      }),
    close: () => run(() => void db.close()),
  };
}

/**
 * A file written by an earlier version keeps the digest records in keyv's table (`keyv`, keys
 * `<namespace>:<kind>:<key>`): moved into the tables once, in one transaction, so users who upgrade
 * keep their subscriptions. Other namespaces in that table (the intake's) stay where they are.
 */
function migrateKeyv(db: Database.Database, ns: string): void {
  const hasKeyv = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'keyv'").get() !== undefined;
  if (!hasKeyv) return;
  const prefix = `${ns}:`;
  db.transaction(() => {
    const rows = db.prepare<[string, string], { key: string; value: string }>('SELECT key, value FROM keyv WHERE substr(key, 1, length(?)) = ?').all(prefix, prefix);
    const now = Date.now();
    for (const row of rows) {
      const target = kindOfKeyvKey(row.key.slice(prefix.length));
      const value = unwrapKeyv(row.value, now);
      if (target && value !== undefined) {
        db.prepare(`INSERT OR IGNORE INTO ${TABLES[target.kind]} (ns, key, value, expires) VALUES (?, ?, ?, ?)`).run(ns, target.key, value, keyvExpiry(row.value) ?? null);
      }
    }
    db.prepare('DELETE FROM keyv WHERE substr(key, 1, length(?)) = ?').run(prefix, prefix);
  }).immediate();
}
