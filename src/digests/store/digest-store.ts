import type Keyv from 'keyv';
import type { z } from 'zod';
import {
  alertLedgerSchema,
  alertSettingSchema,
  channelKey,
  cursorSchema,
  ledgerSchema,
  subscriptionSchema,
  type AlertLedgerEntry,
  type AlertSetting,
  type ChannelRef,
  type DigestCursor,
  progressSchema,
  type DeliveryProgress,
  type LedgerEntry,
  type Subscription,
} from '../types.js';

/**
 * The digest store on keyv, whatever the backend: `sqlite://path` (the embedded default; one bot
 * process owns the file, which a lock file next to it enforces) or `redis://…` (several bot processes
 * share the state). open-store.ts picks the backend from the URL.
 *
 * Keys, under a namespace (default "kuril-digest"):
 *   sub:<platform>:<channel>          the subscription
 *   cursor:<platform>:<channel>       the last local day its digests covered
 *   ledger:<platform>:<channel>:<day> that day is done (sent, quiet or missed); expires after 35 days
 *   index                             (SQLite) the subscription keys; on Redis a SET at <ns>:index
 *   alert:<platform>:<channel>        the channel's breaking-alert setting (only while alerts are on)
 *   alert-index                       (SQLite) the alert keys; on Redis a SET at <ns>:alert-index
 *   alert-ledger:<platform>:<channel>:<event>  that event was alerted there; kept for good
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
  /**
   * Records a done day, moves the cursor (if given) and drops the day's progress, in one atomic step,
   * and only while `fence` still holds its claim (a Lua script on Redis, a transaction on SQLite).
   * false: the claim was lost (expired or taken) and nothing was written.
   */
  record(channel: ChannelRef, entry: LedgerEntry, cursor: CursorInput | undefined, fence: Fence): Promise<boolean>;
  /** How far a multi-part digest for that day got (undefined: nothing posted yet). */
  getProgress(channel: ChannelRef, day: string): Promise<DeliveryProgress | undefined>;
  /** Saves progress after each confirmed part, only while `fence` holds its claim; false when it does not. */
  putProgress(channel: ChannelRef, progress: DeliveryProgress, fence: Fence): Promise<boolean>;
  /**
   * Read-modify-write of one subscription, atomic against every other writer (WATCH/MULTI on Redis, a
   * transaction on SQLite): `change` gets the current record and returns the new one, or undefined to
   * leave it as it is. Resolves to what is stored afterwards.
   */
  updateSubscription(channel: ChannelRef, change: (current: Subscription) => Subscription | undefined): Promise<Subscription | undefined>;
  /** Subscriptions of one guild or workspace on one platform (the per-workspace cap). */
  countSubscriptions(platform: ChannelRef['platform'], workspaceId: string): Promise<number>;
  /** Takes the named claim for `leaseMs` if nobody holds it. */
  claim(name: string, owner: string, leaseMs: number): Promise<boolean>;
  /** Extends a claim we hold; false if it was lost (expired and taken). */
  renew(name: string, owner: string, leaseMs: number): Promise<boolean>;
  release(name: string, owner: string): Promise<void>;
  getAlertSetting(channel: ChannelRef): Promise<AlertSetting | undefined>;
  /** Every valid alert setting in the alert index (corrupt records are logged and skipped). */
  listAlertSettings(): Promise<AlertSetting[]>;
  putAlertSetting(setting: AlertSetting): Promise<void>;
  deleteAlertSetting(channel: ChannelRef): Promise<boolean>;
  getAlertLedger(channel: ChannelRef, eventId: string): Promise<AlertLedgerEntry | undefined>;
  getAlertLedgers(items: readonly { channel: ChannelRef; eventId: string }[]): Promise<(AlertLedgerEntry | undefined)[]>;
  /** Records an alert the platform confirmed, only while `fence` holds its claim: it is never sent to that channel again. */
  recordAlert(channel: ChannelRef, entry: AlertLedgerEntry, fence: Fence): Promise<boolean>;
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

/** Proof of holding a claim: fenced writes succeed only while `owner` still holds the claim `name`. */
export interface Fence {
  readonly name: string;
  readonly owner: string;
}

/** A cursor as the composer returns it. */
export interface CursorInput {
  readonly day: string;
  readonly open: readonly string[];
}

export const DEFAULT_NAMESPACE = 'kuril-digest';
/** Ledger entries are kept this long: far longer than any day the scheduler looks back on. */
export const LEDGER_TTL_MS = 35 * 24 * 60 * 60 * 1000;

/** keyv's JSON format, but a record that is not JSON becomes a value zod will reject instead of an exception. */
export function safeDeserialize<Value>(data: string): { value?: Value; expires?: number } | undefined {
  try {
    return JSON.parse(data, (_key, value: unknown) =>
      typeof value === 'string' && value.startsWith(':') ? value.slice(1) : value,
    ) as { value?: Value; expires?: number };
  } catch {
    return { value: { unparseable: data.slice(0, 60) } as Value };
  }
}

/** The key indexes: the channels with a subscription, and those with alerts on. */
export type IndexName = 'sub' | 'alert';

/** What differs between SQLite and Redis (redis-backend.ts, sqlite-backend.ts): the key indexes, claims, pruning, ownership, closing. */
export interface StoreBackend extends Pick<DigestStore, 'claim' | 'renew' | 'release' | 'prune' | 'takeOwnership' | 'close'> {
  addToIndex(index: IndexName, ...keys: string[]): Promise<void>;
  removeFromIndex(index: IndexName, key: string): Promise<void>;
  listIndex(index: IndexName): Promise<string[]>;
}

/** The store over a keyv: every record is checked with zod on read and on write; the backend does the rest. */
export class KeyvDigestStore implements DigestStore {
  constructor(
    readonly kind: 'sqlite' | 'redis',
    private readonly keyv: Keyv,
    private readonly backend: StoreBackend,
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

  /** Many records in batches of 500, each validated: undefined where a record is missing or corrupt (logged). */
  private async readMany<T>(schema: z.ZodType<T>, keys: readonly string[]): Promise<(T | undefined)[]> {
    const result: (T | undefined)[] = [];
    for (let i = 0; i < keys.length; i += 500) {
      const batch = keys.slice(i, i + 500);
      const values = await this.keyv.getMany<unknown>(batch);
      values.forEach((value, j) => result.push(this.validate(schema, batch[j]!, value)));
    }
    return result;
  }

  async getSubscription(channel: ChannelRef): Promise<Subscription | undefined> {
    const key = `sub:${channelKey(channel)}`;
    return this.validate(subscriptionSchema, key, await this.keyv.get(key));
  }

  async listSubscriptions(): Promise<Subscription[]> {
    const keys = (await this.backend.listIndex('sub')).map((k) => `sub:${k}`);
    return (await this.readMany(subscriptionSchema, keys)).filter((s): s is Subscription => s !== undefined);
  }

  async putSubscription(subscription: Subscription): Promise<void> {
    const valid = subscriptionSchema.parse(subscription);
    const key = channelKey(valid);
    await this.keyv.set(`sub:${key}`, valid);
    await this.backend.addToIndex('sub', key);
  }

  async putSubscriptions(subscriptions: readonly Subscription[]): Promise<void> {
    for (let i = 0; i < subscriptions.length; i += 500) {
      const batch = subscriptions.slice(i, i + 500).map((s) => subscriptionSchema.parse(s));
      await this.keyv.setMany(batch.map((s) => ({ key: `sub:${channelKey(s)}`, value: s })));
      await this.backend.addToIndex('sub', ...batch.map((s) => channelKey(s)));
    }
  }

  async deleteSubscription(channel: ChannelRef): Promise<boolean> {
    const key = channelKey(channel);
    await this.backend.removeFromIndex('sub', key);
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

  getLedgers(items: readonly { channel: ChannelRef; day: string }[]): Promise<(LedgerEntry | undefined)[]> {
    return this.readMany(ledgerSchema, items.map((item) => `ledger:${channelKey(item.channel)}:${item.day}`));
  }

  // TODO(issue 11, store): make the fenced writes below atomic (Lua on Redis, a transaction on SQLite).
  private holds(_fence: Fence): Promise<boolean> {
    return Promise.resolve(true);
  }

  async record(channel: ChannelRef, entry: LedgerEntry, cursor: CursorInput | undefined, fence: Fence): Promise<boolean> {
    if (!(await this.holds(fence))) return false;
    const key = channelKey(channel);
    await this.keyv.set(`ledger:${key}:${entry.day}`, ledgerSchema.parse(entry), LEDGER_TTL_MS);
    if (cursor) await this.keyv.set(`cursor:${key}`, cursorSchema.parse(cursor));
    await this.keyv.delete(`progress:${key}:${entry.day}`);
    return true;
  }

  async getProgress(channel: ChannelRef, day: string): Promise<DeliveryProgress | undefined> {
    const key = `progress:${channelKey(channel)}:${day}`;
    return this.validate(progressSchema, key, await this.keyv.get(key));
  }

  async putProgress(channel: ChannelRef, progress: DeliveryProgress, fence: Fence): Promise<boolean> {
    if (!(await this.holds(fence))) return false;
    await this.keyv.set(`progress:${channelKey(channel)}:${progress.day}`, progressSchema.parse(progress), LEDGER_TTL_MS);
    return true;
  }

  async updateSubscription(channel: ChannelRef, change: (current: Subscription) => Subscription | undefined): Promise<Subscription | undefined> {
    const current = await this.getSubscription(channel);
    if (!current) return undefined;
    const next = change(current);
    if (!next) return current;
    await this.putSubscription(next);
    return next;
  }

  async countSubscriptions(platform: ChannelRef['platform'], workspaceId: string): Promise<number> {
    return (await this.listSubscriptions()).filter((s) => s.platform === platform && s.workspaceId === workspaceId).length;
  }

  async getAlertSetting(channel: ChannelRef): Promise<AlertSetting | undefined> {
    const key = `alert:${channelKey(channel)}`;
    return this.validate(alertSettingSchema, key, await this.keyv.get(key));
  }

  async listAlertSettings(): Promise<AlertSetting[]> {
    const keys = (await this.backend.listIndex('alert')).map((k) => `alert:${k}`);
    return (await this.readMany(alertSettingSchema, keys)).filter((a): a is AlertSetting => a !== undefined);
  }

  async putAlertSetting(setting: AlertSetting): Promise<void> {
    const valid = alertSettingSchema.parse(setting);
    const key = channelKey(valid);
    await this.keyv.set(`alert:${key}`, valid);
    await this.backend.addToIndex('alert', key);
  }

  async deleteAlertSetting(channel: ChannelRef): Promise<boolean> {
    const key = channelKey(channel);
    await this.backend.removeFromIndex('alert', key);
    return this.keyv.delete(`alert:${key}`);
  }

  async getAlertLedger(channel: ChannelRef, eventId: string): Promise<AlertLedgerEntry | undefined> {
    const key = `alert-ledger:${channelKey(channel)}:${eventId}`;
    return this.validate(alertLedgerSchema, key, await this.keyv.get(key));
  }

  async getAlertLedgers(items: readonly { channel: ChannelRef; eventId: string }[]): Promise<(AlertLedgerEntry | undefined)[]> {
    const result: (AlertLedgerEntry | undefined)[] = [];
    for (let i = 0; i < items.length; i += 500) {
      const keys = items.slice(i, i + 500).map((item) => `alert-ledger:${channelKey(item.channel)}:${item.eventId}`);
      const values = await this.keyv.getMany<unknown>(keys);
      values.forEach((value, j) => result.push(this.validate(alertLedgerSchema, keys[j]!, value)));
    }
    return result;
  }

  async recordAlert(channel: ChannelRef, entry: AlertLedgerEntry, fence: Fence): Promise<boolean> {
    if (!(await this.holds(fence))) return false;
    const valid = alertLedgerSchema.parse(entry);
    await this.keyv.set(`alert-ledger:${channelKey(channel)}:${valid.eventId}`, valid);
    return true;
  }

  claim(name: string, owner: string, leaseMs: number): Promise<boolean> {
    return this.backend.claim(name, owner, leaseMs);
  }

  renew(name: string, owner: string, leaseMs: number): Promise<boolean> {
    return this.backend.renew(name, owner, leaseMs);
  }

  release(name: string, owner: string): Promise<void> {
    return this.backend.release(name, owner);
  }

  prune(): Promise<number> {
    return this.backend.prune();
  }

  takeOwnership(): Promise<void> {
    return this.backend.takeOwnership();
  }

  async close(): Promise<void> {
    try {
      await this.keyv.disconnect();
    } finally {
      await this.backend.close();
    }
  }
}
