import type Database from 'better-sqlite3';
import { unwrapKeyv } from '../../store/keyv-envelope.js';
import { promised } from '../../store/promised.js';
import { withId, type IntakeRecords, type StoredCandidate } from './intake-records.js';

/**
 * The intake's tables in the SQLite file the digests use (several processes may share it). Every
 * write is one transaction (BEGIN IMMEDIATE: it waits its turn under the busy timeout), so the
 * counter, the candidate, its URL entries and an approval's event land together or not at all.
 *
 *   intake_candidates  (ns, n, value)          c<n> as JSON
 *   intake_urls        (ns, hash, candidate)   which candidate holds a report URL (sha256, base64url)
 *   intake_events      (ns, id, position, value) approved event records, in approval order
 *   intake_counters    (ns, name, value)       seq (the last number given) and version (approvals)
 *   intake_meta        (ns, key, value)        the feeds' health at the last poll
 */

const SCHEMA = [
  'CREATE TABLE IF NOT EXISTS intake_candidates (ns TEXT NOT NULL, n INTEGER NOT NULL, value TEXT NOT NULL, PRIMARY KEY (ns, n)) WITHOUT ROWID',
  'CREATE TABLE IF NOT EXISTS intake_urls (ns TEXT NOT NULL, hash TEXT NOT NULL, candidate TEXT NOT NULL, PRIMARY KEY (ns, hash)) WITHOUT ROWID',
  'CREATE TABLE IF NOT EXISTS intake_events (ns TEXT NOT NULL, id TEXT NOT NULL, position INTEGER NOT NULL, value TEXT NOT NULL, PRIMARY KEY (ns, id)) WITHOUT ROWID',
  'CREATE TABLE IF NOT EXISTS intake_counters (ns TEXT NOT NULL, name TEXT NOT NULL, value INTEGER NOT NULL, PRIMARY KEY (ns, name)) WITHOUT ROWID',
  'CREATE TABLE IF NOT EXISTS intake_meta (ns TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (ns, key)) WITHOUT ROWID',
];

/** The prefix every earlier version (keyv) wrote the intake's records under, whatever the deployment. */
export const KEYV_INTAKE_PREFIX = 'kuril-intake:';

export function sqliteIntake(db: Database.Database, ns: string): IntakeRecords {
  db.transaction(() => SCHEMA.forEach((sql) => db.exec(sql))).immediate();
  migrateKeyv(db, ns);

  const one = db.prepare<[string, number], { value: string }>('SELECT value FROM intake_candidates WHERE ns = ? AND n = ?');
  const every = db.prepare<[string], { n: number; value: string }>('SELECT n, value FROM intake_candidates WHERE ns = ? ORDER BY n');
  const holder = db.prepare<[string, string], { candidate: string }>('SELECT candidate FROM intake_urls WHERE ns = ? AND hash = ?');
  const hold = db.prepare('INSERT INTO intake_urls (ns, hash, candidate) VALUES (?, ?, ?) ON CONFLICT (ns, hash) DO NOTHING');
  const putCandidate = db.prepare('INSERT INTO intake_candidates (ns, n, value) VALUES (?, ?, ?) ON CONFLICT (ns, n) DO UPDATE SET value = excluded.value');
  const count = db.prepare<[string, string], { value: number }>(
    'INSERT INTO intake_counters (ns, name, value) VALUES (?, ?, 1) ON CONFLICT (ns, name) DO UPDATE SET value = value + 1 RETURNING value',
  );
  const counter = db.prepare<[string, string], { value: number }>('SELECT value FROM intake_counters WHERE ns = ? AND name = ?');
  const eventExists = db.prepare<[string, string], { id: string }>('SELECT id FROM intake_events WHERE ns = ? AND id = ?');
  const putEvent = db.prepare(
    'INSERT INTO intake_events (ns, id, position, value) VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM intake_events WHERE ns = ?), ?)',
  );
  const events = db.prepare<[string], { value: string }>('SELECT value FROM intake_events WHERE ns = ? ORDER BY position');
  const getMeta = db.prepare<[string, string], { value: string }>('SELECT value FROM intake_meta WHERE ns = ? AND key = ?');
  const putMeta = db.prepare('INSERT INTO intake_meta (ns, key, value) VALUES (?, ?, ?) ON CONFLICT (ns, key) DO UPDATE SET value = excluded.value');

  const stored = (n: number, value: string): StoredCandidate => ({ n, value, raw: value });

  const insert = db.transaction((rest: string, hashes: readonly string[]) => {
    const taken = hashes.filter((hash) => holder.get(ns, hash) !== undefined);
    if (taken.length > 0) return { taken };
    const n = count.get(ns, 'seq')!.value;
    putCandidate.run(ns, n, withId(n, rest));
    for (const hash of hashes) hold.run(ns, hash, `c${n}`);
    return { n };
  });

  const swap = db.transaction((n: number, expectedRaw: string, next: string, hashes: readonly string[], publish?: { id: string; value: string }) => {
    if (one.get(ns, n)?.value !== expectedRaw) return 'changed' as const;
    if (publish && eventExists.get(ns, publish.id)) return 'event-taken' as const;
    putCandidate.run(ns, n, next);
    for (const hash of hashes) hold.run(ns, hash, `c${n}`);
    if (publish) {
      putEvent.run(ns, publish.id, ns, publish.value);
      count.get(ns, 'version');
    }
    return 'done' as const;
  });

  const run = promised;
  return {
    get: (numbers) =>
      run(() =>
        numbers.map((n) => {
          const row = one.get(ns, n);
          return row ? stored(n, row.value) : undefined;
        }),
      ),
    all: () => run(() => every.all(ns).map((row) => stored(row.n, row.value))),
    taken: (hashes) => run(() => hashes.map((hash) => holder.get(ns, hash) !== undefined)),
    insert: (rest, hashes) => run(() => insert.immediate(rest, hashes)),
    swap: (n, expectedRaw, next, hashes, publish) => run(() => swap.immediate(n, expectedRaw, next, hashes, publish)),
    approved: () => run(() => events.all(ns).map((row) => row.value)),
    version: () => run(() => counter.get(ns, 'version')?.value ?? 0),
    getMeta: (key) => run(() => getMeta.get(ns, key)?.value),
    putMeta: (key, value) => run(() => void putMeta.run(ns, key, value)),
    close: () => run(() => void db.close()),
  };
}

/**
 * A file written by an earlier version keeps the intake's records in keyv's table (`keyv`, keys
 * `kuril-intake:<key>`, values in keyv's envelope): moved into the tables once, in one transaction,
 * so an upgrade keeps every candidate, decision and approved event. Rows of other namespaces (the
 * digests') and keys it does not know stay where they are.
 */
function migrateKeyv(db: Database.Database, ns: string): void {
  const hasKeyv = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'keyv'").get() !== undefined;
  if (!hasKeyv) return;
  const prefix = KEYV_INTAKE_PREFIX;
  const insert = {
    candidate: db.prepare('INSERT OR IGNORE INTO intake_candidates (ns, n, value) VALUES (?, ?, ?)'),
    url: db.prepare('INSERT OR IGNORE INTO intake_urls (ns, hash, candidate) VALUES (?, ?, ?)'),
    event: db.prepare('INSERT OR IGNORE INTO intake_events (ns, id, position, value) VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM intake_events WHERE ns = ?), ?)'),
    // a counter never goes below a number already given
    counter: db.prepare('INSERT INTO intake_counters (ns, name, value) VALUES (?, ?, ?) ON CONFLICT (ns, name) DO UPDATE SET value = MAX(value, excluded.value)'),
    meta: db.prepare('INSERT OR IGNORE INTO intake_meta (ns, key, value) VALUES (?, ?, ?)'),
  };
  db.transaction(() => {
    const rows = db.prepare<[string, string], { key: string; value: string }>('SELECT key, value FROM keyv WHERE substr(key, 1, length(?)) = ?').all(prefix, prefix);
    const moved: string[] = [];
    const events = new Map<string, string>();
    let order: unknown = [];
    let seq = 0;
    for (const row of rows) {
      const key = row.key.slice(prefix.length);
      // The intake set no expiry, so an expired record could only be a damaged one: dropped.
      const text = unwrapKeyv(row.value);
      const cand = /^cand:(\d+)$/.exec(key);
      if (text === undefined) {
        // nothing to move
      } else if (cand) {
        insert.candidate.run(ns, Number(cand[1]), text);
        seq = Math.max(seq, Number(cand[1]));
      } else if (key.startsWith('url:')) {
        const holder = parsed(text);
        if (typeof holder === 'string') insert.url.run(ns, key.slice('url:'.length), holder);
      } else if (key.startsWith('event:')) events.set(key.slice('event:'.length), text);
      else if (key === 'events') order = parsed(text);
      else if (key === 'counter:seq') seq = Math.max(seq, Number(parsed(text)) || 0);
      else if (key === 'counter:version') insert.counter.run(ns, 'version', Number(parsed(text)) || 0);
      else if (key === 'feed-health') insert.meta.run(ns, key, text);
      else continue; // not one of ours: left where it is
      moved.push(row.key);
    }
    // The listed order first; an event stored but not listed (a process that died between the two
    // writes of an earlier version) was approved all the same, so it follows.
    const listed = Array.isArray(order) ? order.filter((id): id is string => typeof id === 'string' && events.has(id)) : [];
    for (const id of [...listed, ...[...events.keys()].filter((id) => !listed.includes(id)).sort()]) insert.event.run(ns, id, ns, events.get(id)!);
    if (seq > 0) insert.counter.run(ns, 'seq', seq);
    const drop = db.prepare('DELETE FROM keyv WHERE key = ?');
    for (const key of moved) drop.run(key);
  }).immediate();
}

/** JSON text as a value; undefined when it is not JSON (a damaged record is skipped, never fatal). */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
