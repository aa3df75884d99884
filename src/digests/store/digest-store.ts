import type { StoredInstallation } from './installation.js';
import type { AlertLedgerEntry, AlertSetting, ChannelRef, DeliveryProgress, DigestCursor, LedgerEntry, Subscription } from '../types.js';

/**
 * The digest store: subscriptions, cursors, ledgers, per-part progress, alert settings and alert
 * ledgers, and the claims that make delivery exactly-once. Two backends (records.ts): our own tables
 * in a SQLite file that several processes may share (sqlite-records.ts), or Redis
 * (redis-records.ts). record-store.ts validates every record with zod on read and on write; a record
 * that fails is logged and treated as absent, so a corrupt record can never stop the scheduler.
 *
 * Every key carries the channel's scope (the bot's identity, types.ts channelKey) under a namespace
 * (STORE_NAMESPACE, default "kuril-digest"), so deployments sharing a Redis never touch each other's
 * channels. Every call fails within the store timeout (STORE_TIMEOUT_MS) with StoreUnavailableError.
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
  /** Read-modify-write of one alert setting, atomic like updateSubscription (disabling never overwrites a change made meanwhile). */
  updateAlertSetting(channel: ChannelRef, change: (current: AlertSetting) => AlertSetting | undefined): Promise<AlertSetting | undefined>;
  /**
   * Records written before scoping (no scope) of this platform become this bot's: the first process
   * that knows the platform's identity calls it, so an upgrade loses no subscription. Returns how
   * many channels it adopted.
   */
  adoptUnscoped(platform: ChannelRef['platform'], scope: string): Promise<number>;
  /** Slack installations by installation.ts installationKey (tokens inside: never logged). */
  getInstallation(key: string): Promise<StoredInstallation | undefined>;
  putInstallation(key: string, installation: StoredInstallation): Promise<void>;
  deleteInstallation(key: string): Promise<boolean>;
  /**
   * Deletes every subscription (with its cursor) and alert setting of the bot `scope` on `platform` (an
   * uninstalled workspace), or with `workspaceId` only those typed in that workspace (one workspace of an
   * org-wide install losing the app); resolves to how many channels.
   */
  forgetScope(platform: ChannelRef['platform'], scope: string, workspaceId?: string): Promise<number>;
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
