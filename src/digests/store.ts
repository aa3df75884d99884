import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import KeyvRedis from '@keyv/redis';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import type { z } from 'zod';
import {
  channelKey,
  cursorSchema,
  ledgerSchema,
  subscriptionSchema,
  type ChannelRef,
  type DigestCursor,
  type LedgerEntry,
  type Subscription,
} from './types.js';

/**
 * Digest storage on keyv. `sqlite://path` (the embedded default; one bot process owns the file, which
 * a lock file next to it enforces) or `redis://…` (several bot processes share the state).
 *
 * Keys, under a namespace (default "kuril-digest"):
 *   sub:<platform>:<channel>          the subscription
 *   cursor:<platform>:<channel>       the last local day its digests covered
 *   ledger:<platform>:<channel>:<day> that day is done (sent, quiet or missed); expires after 35 days
 *   index                             (SQLite) the subscription keys; on Redis a SET at <ns>:index
 * keyv has no portable scan, hence the index. Records are validated with zod on every read: one that
 * fails is logged and treated as absent, so a corrupt record can never stop the scheduler.
 *
 * Claims (who is delivering a channel-day right now) are atomic: Redis SET NX PX with a lease, or an
 * in-process table for SQLite (one process owns the file).
 */

export interface StoreLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface DigestStore {
  readonly kind: 'sqlite' | 'redis';
  getSubscription(channel: ChannelRef): Promise<Subscription | undefined>;
  /** Every valid subscription in the index (corrupt records are logged and skipped). */
  listSubscriptions(): Promise<Subscription[]>;
  putSubscription(subscription: Subscription): Promise<void>;
  /** Many at once (an import, the benchmark): one index update. */
  putSubscriptions(subscriptions: readonly Subscription[]): Promise<void>;
  deleteSubscription(channel: ChannelRef): Promise<boolean>;
  getCursor(channel: ChannelRef): Promise<DigestCursor | undefined>;
  /** The ledger entry for a day, the subscription and the cursor, in one read. */
  getDeliveryState(channel: ChannelRef, day: string): Promise<{ ledger?: LedgerEntry; subscription?: Subscription; cursor?: DigestCursor }>;
  getLedger(channel: ChannelRef, day: string): Promise<LedgerEntry | undefined>;
  getLedgers(items: readonly { channel: ChannelRef; day: string }[]): Promise<(LedgerEntry | undefined)[]>;
  /** Records a done day, then (if given) moves the cursor: ledger first, so a crash between the two never causes a resend. */
  record(channel: ChannelRef, entry: LedgerEntry, cursor?: CursorInput): Promise<void>;
  /** Takes the named claim for `leaseMs` if nobody holds it. */
  claim(name: string, owner: string, leaseMs: number): Promise<boolean>;
  /** Extends a claim we hold; false if it was lost (expired and taken). */
  renew(name: string, owner: string, leaseMs: number): Promise<boolean>;
  release(name: string, owner: string): Promise<void>;
  /** Drops expired ledger entries (Redis expires them itself). */
  prune(): Promise<number>;
  /**
   * Before delivering: SQLite serves one delivering process, so this takes the file's lock (throws
   * StoreLockedError while another live process holds it; a stale lock is taken over). A process that
   * only reads (the console's preview) never takes it. No-op on Redis.
   */
  takeOwnership(): Promise<void>;
  close(): Promise<void>;
}

/** A cursor as the composer returns it. */
export interface CursorInput {
  readonly day: string;
  readonly open: readonly string[];
}

export const DEFAULT_NAMESPACE = 'kuril-digest';
/** Ledger entries are kept this long: far longer than any day the scheduler looks back on. */
export const LEDGER_TTL_MS = 35 * 24 * 60 * 60 * 1000;

export class StoreLockedError extends Error {
  constructor(file: string, pid: number) {
    super(
      `The digest store ${file} is in use by another bot process (pid ${pid}). SQLite serves one process; ` +
        'run one bot, or set STORE_URL=redis://… so several processes share the digest state.',
    );
    this.name = 'StoreLockedError';
  }
}

export interface StoreOptions {
  readonly url: string;
  readonly log: StoreLog;
  /** Key namespace; tests use a unique one each. */
  readonly namespace?: string;
}

/** keyv's JSON format, but a record that is not JSON becomes a value zod will reject instead of an exception. */
function safeDeserialize<Value>(data: string): { value?: Value; expires?: number } | undefined {
  try {
    return JSON.parse(data, (_key, value: unknown) =>
      typeof value === 'string' && value.startsWith(':') ? value.slice(1) : value,
    ) as { value?: Value; expires?: number };
  } catch {
    return { value: { unparseable: data.slice(0, 60) } as Value };
  }
}

/** What differs between SQLite and Redis: the key index, claims, pruning, ownership, closing. */
interface Primitives extends Pick<DigestStore, 'claim' | 'renew' | 'release' | 'prune' | 'takeOwnership' | 'close'> {
  addToIndex(...keys: string[]): Promise<void>;
  removeFromIndex(key: string): Promise<void>;
  listIndex(): Promise<string[]>;
}

export async function createDigestStore(options: StoreOptions): Promise<DigestStore> {
  const namespace = options.namespace ?? DEFAULT_NAMESPACE;
  if (/^rediss?:\/\//.test(options.url)) {
    const redis = new KeyvRedis<unknown>(options.url, { namespace, throwOnErrors: true, throwOnConnectError: true });
    const keyv = new Keyv({ store: redis, namespace, useKeyPrefix: false, throwOnErrors: true, deserialize: safeDeserialize });
    keyv.on('error', (error: unknown) => options.log.error({ err: error }, 'digest store (redis) error'));
    const client = (await redis.getClient()) as unknown as RedisCommands;
    return new KeyvDigestStore('redis', keyv, redisPrimitives(client, namespace), options.log);
  }
  if (options.url.startsWith('sqlite://')) {
    const file = options.url.slice('sqlite://'.length);
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
    keyv.on('error', (error: unknown) => options.log.error({ err: error }, 'digest store (sqlite) error'));
    return new KeyvDigestStore('sqlite', keyv, localPrimitives(keyv, path, namespace, sqlite, memory), options.log);
  }
  throw new Error(`STORE_URL must start with sqlite://, redis:// or rediss:// (got ${options.url.split(':')[0]}://…)`);
}

class KeyvDigestStore implements DigestStore {
  constructor(
    readonly kind: 'sqlite' | 'redis',
    private readonly keyv: Keyv,
    private readonly primitives: Primitives,
    private readonly log: StoreLog,
  ) {}

  private validate<T>(schema: z.ZodType<T>, key: string, value: unknown): T | undefined {
    if (value === undefined || value === null) return undefined;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    this.log.error(
      { key, problems: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`) },
      'digest store: corrupt record skipped',
    );
    return undefined;
  }

  async getSubscription(channel: ChannelRef): Promise<Subscription | undefined> {
    const key = `sub:${channelKey(channel)}`;
    return this.validate(subscriptionSchema, key, await this.keyv.get(key));
  }

  async listSubscriptions(): Promise<Subscription[]> {
    const keys = await this.primitives.listIndex();
    const result: Subscription[] = [];
    for (let i = 0; i < keys.length; i += 500) {
      const batch = keys.slice(i, i + 500).map((k) => `sub:${k}`);
      const values = await this.keyv.getMany<unknown>(batch);
      values.forEach((value, j) => {
        const sub = this.validate(subscriptionSchema, batch[j]!, value);
        if (sub) result.push(sub);
      });
    }
    return result;
  }

  async putSubscription(subscription: Subscription): Promise<void> {
    const valid = subscriptionSchema.parse(subscription);
    const key = channelKey(valid);
    await this.keyv.set(`sub:${key}`, valid);
    await this.primitives.addToIndex(key);
  }

  async putSubscriptions(subscriptions: readonly Subscription[]): Promise<void> {
    for (let i = 0; i < subscriptions.length; i += 500) {
      const batch = subscriptions.slice(i, i + 500).map((s) => subscriptionSchema.parse(s));
      await this.keyv.setMany(batch.map((s) => ({ key: `sub:${channelKey(s)}`, value: s })));
      await this.primitives.addToIndex(...batch.map((s) => channelKey(s)));
    }
  }

  async deleteSubscription(channel: ChannelRef): Promise<boolean> {
    const key = channelKey(channel);
    await this.primitives.removeFromIndex(key);
    const deleted = await this.keyv.delete(`sub:${key}`);
    await this.keyv.delete(`cursor:${key}`);
    return deleted;
  }

  async getCursor(channel: ChannelRef): Promise<DigestCursor | undefined> {
    const key = `cursor:${channelKey(channel)}`;
    return this.validate(cursorSchema, key, await this.keyv.get(key));
  }

  async getDeliveryState(channel: ChannelRef, day: string): Promise<{ ledger?: LedgerEntry; subscription?: Subscription; cursor?: DigestCursor }> {
    const key = channelKey(channel);
    const keys = [`ledger:${key}:${day}`, `sub:${key}`, `cursor:${key}`] as const;
    const [ledger, subscription, cursor] = await this.keyv.getMany<unknown>([...keys]);
    const state: { ledger?: LedgerEntry; subscription?: Subscription; cursor?: DigestCursor } = {};
    const l = this.validate(ledgerSchema, keys[0], ledger);
    const s = this.validate(subscriptionSchema, keys[1], subscription);
    const c = this.validate(cursorSchema, keys[2], cursor);
    if (l) state.ledger = l;
    if (s) state.subscription = s;
    if (c) state.cursor = c;
    return state;
  }

  async getLedger(channel: ChannelRef, day: string): Promise<LedgerEntry | undefined> {
    const key = `ledger:${channelKey(channel)}:${day}`;
    return this.validate(ledgerSchema, key, await this.keyv.get(key));
  }

  async getLedgers(items: readonly { channel: ChannelRef; day: string }[]): Promise<(LedgerEntry | undefined)[]> {
    const result: (LedgerEntry | undefined)[] = [];
    for (let i = 0; i < items.length; i += 500) {
      const keys = items.slice(i, i + 500).map((item) => `ledger:${channelKey(item.channel)}:${item.day}`);
      const values = await this.keyv.getMany<unknown>(keys);
      values.forEach((value, j) => result.push(this.validate(ledgerSchema, keys[j]!, value)));
    }
    return result;
  }

  async record(channel: ChannelRef, entry: LedgerEntry, cursor?: CursorInput): Promise<void> {
    const key = channelKey(channel);
    await this.keyv.set(`ledger:${key}:${entry.day}`, ledgerSchema.parse(entry), LEDGER_TTL_MS);
    if (cursor) await this.keyv.set(`cursor:${key}`, cursorSchema.parse(cursor));
  }

  claim(name: string, owner: string, leaseMs: number): Promise<boolean> {
    return this.primitives.claim(name, owner, leaseMs);
  }

  renew(name: string, owner: string, leaseMs: number): Promise<boolean> {
    return this.primitives.renew(name, owner, leaseMs);
  }

  release(name: string, owner: string): Promise<void> {
    return this.primitives.release(name, owner);
  }

  prune(): Promise<number> {
    return this.primitives.prune();
  }

  takeOwnership(): Promise<void> {
    return this.primitives.takeOwnership();
  }

  async close(): Promise<void> {
    try {
      await this.keyv.disconnect();
    } finally {
      await this.primitives.close();
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Redis: a SET for the index, SET NX PX for claims, compare-and-delete / compare-and-extend scripts.

interface RedisCommands {
  sAdd(key: string, members: string | string[]): Promise<number>;
  sRem(key: string, member: string): Promise<number>;
  sMembers(key: string): Promise<string[]>;
  set(key: string, value: string, options: { condition: 'NX'; expiration: { type: 'PX'; value: number } }): Promise<string | null>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
const RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

function redisPrimitives(client: RedisCommands, namespace: string): Primitives {
  const index = `${namespace}:index`;
  const claimKey = (name: string) => `${namespace}:claim:${name}`;
  return {
    async addToIndex(...keys) {
      if (keys.length) await client.sAdd(index, keys);
    },
    async removeFromIndex(key) {
      await client.sRem(index, key);
    },
    async listIndex() {
      return (await client.sMembers(index)).sort();
    },
    async claim(name, owner, leaseMs) {
      return (await client.set(claimKey(name), owner, { condition: 'NX', expiration: { type: 'PX', value: Math.ceil(leaseMs) } })) === 'OK';
    },
    async renew(name, owner, leaseMs) {
      return Number(await client.eval(RENEW, { keys: [claimKey(name)], arguments: [owner, String(Math.ceil(leaseMs))] })) === 1;
    },
    async release(name, owner) {
      await client.eval(RELEASE, { keys: [claimKey(name)], arguments: [owner] });
    },
    prune: () => Promise.resolve(0),
    takeOwnership: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}

// ---------------------------------------------------------------------------------------------------
// SQLite: one process owns the file. The index is a keyv record changed under an in-process mutex;
// claims live in memory, shared by every store this process opens on the same file.

interface LocalClaim {
  owner: string;
  expires: number;
}
const localClaims = new Map<string, Map<string, LocalClaim>>();
const indexLocks = new Map<string, Promise<unknown>>();

function localPrimitives(keyv: Keyv, path: string, namespace: string, sqlite: KeyvSqlite, memory: boolean): Primitives {
  let unlock: (() => void) | undefined;
  const scope = `${path}#${namespace}`;
  let claims = localClaims.get(scope);
  if (!claims) localClaims.set(scope, (claims = new Map<string, LocalClaim>()));
  const table = claims;

  const withIndex = async <T>(change: (keys: Set<string>) => T): Promise<T> => {
    const previous = indexLocks.get(scope) ?? Promise.resolve();
    const next = previous.then(async () => {
      const raw = await keyv.get<unknown>('index');
      const keys = new Set(Array.isArray(raw) ? raw.filter((k): k is string => typeof k === 'string') : []);
      const before = keys.size;
      const result = change(keys);
      if (keys.size !== before) await keyv.set('index', [...keys].sort());
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
    addToIndex: (...added) => withIndex((keys) => added.forEach((key) => keys.add(key))),
    removeFromIndex: (key) => withIndex((keys) => void keys.delete(key)),
    listIndex: () => withIndex((keys) => [...keys].sort()),
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

// One process per SQLite file: a lock file holding the owner's pid. A stale lock (its process is gone,
// e.g. killed) is taken over; a live one stops start-up with a clear message.
const lockCounts = new Map<string, number>();

/** Whether a process is running (a zombie, killed but not yet reaped, counts as gone). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // Linux: the state follows the command name in parentheses; Z is a zombie
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

function lockFile(path: string): () => void {
  const lock = `${path}-lock`;
  const count = lockCounts.get(lock) ?? 0;
  if (count === 0) {
    mkdirSync(dirname(path), { recursive: true });
    for (let attempt = 0; ; attempt++) {
      try {
        const fd = openSync(lock, 'wx');
        writeSync(fd, String(process.pid));
        closeSync(fd);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw error;
        const pid = Number(readFileSync(lock, 'utf8').trim());
        if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && pidAlive(pid)) throw new StoreLockedError(path, pid);
        rmSync(lock, { force: true });
      }
    }
  }
  lockCounts.set(lock, count + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (lockCounts.get(lock) ?? 1) - 1;
    if (left > 0) {
      lockCounts.set(lock, left);
      return;
    }
    lockCounts.delete(lock);
    rmSync(lock, { force: true });
  };
}
