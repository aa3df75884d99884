import { z } from 'zod';
import type { Reply } from '../briefings/reply.js';
import { PLATFORMS, type Platform } from '../common/caller.js';
import { isTimeZone } from '../common/time-zone.js';

/**
 * Daily digests: the shared types. A subscription is a channel's standing order for one digest a day
 * at its own local time; the ledger records each local day a channel was served; the cursor is the
 * last local day its digests covered.
 */

export { PLATFORMS, type Platform } from '../common/caller.js';

/** A channel on a platform. The store keys subscriptions by platform and channel id. */
export interface ChannelRef {
  readonly platform: Platform;
  readonly channelId: string;
  /** Discord guild or Slack team, kept for the adapters. */
  readonly workspaceId?: string;
  /**
   * The bot that serves the channel (Caller.scope): the Discord application id, or on Slack
   * `<team id>.<bot id>` (`<enterprise id>.<bot id>` for an Enterprise Grid org-wide install). Part of every store key, so deployments sharing a Redis never touch each other's channels.
   * Undefined only on records written before scoping (the store adopts them when the bot's identity is known).
   */
  readonly scope?: string;
}

export type QuietMode = 'send' | 'skip';

const isoInstant = z.iso.datetime({ offset: true });

const isoDay = z.iso.date();

/** A stored subscription. Validated on every read; a record that fails is logged and skipped. */
export const subscriptionSchema = z.strictObject({
  v: z.literal(1),
  platform: z.enum(PLATFORMS),
  channelId: z.string().min(1).max(100),
  workspaceId: z.string().min(1).max(100).optional(),
  scope: z.string().min(1).max(100).optional(),
  /** Local delivery time, HH:MM, 24-hour. */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  /** IANA zone the time is in. */
  tz: z.string().refine(isTimeZone, 'unknown time zone'),
  /** On a day with nothing new: send a one-line digest, or skip the day. */
  quiet: z.enum(['send', 'skip']),
  paused: z.boolean(),
  /** The user who first subscribed the channel (Slack lets them manage it). */
  subscribedBy: z.string().min(1).max(100),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  /**
   * Deliveries are due only for scheduled times at or after this instant: set on subscribe, on a
   * change of time or zone, and on resume, so none of them sends a digest for a time already past.
   */
  activeFrom: isoInstant,
  /** Set when the platform reported the channel gone or the bot locked out; the scheduler skips it. */
  disabled: z.strictObject({ reason: z.string().max(200), at: isoInstant }).optional(),
  /**
   * Consecutive local days the platform refused the digest for lack of access (Discord 403, Slack
   * not_in_channel), up to `lastDay`; at 3 the subscription is disabled and the subscriber told. Cleared by a send.
   */
  refusals: z.strictObject({ days: z.number().int().min(1).max(1000), lastDay: isoDay, reason: z.string().max(200) }).optional(),
});
export type Subscription = z.output<typeof subscriptionSchema>;

/** The last local day a channel's digests covered, and events already reported that are still "open". */
export const cursorSchema = z.strictObject({
  day: isoDay,
  /** Events reported whose dates run past `day` (a month or a range), so they are not repeated. */
  open: z.array(z.string()).max(500),
});
export type DigestCursor = z.output<typeof cursorSchema>;

/** One local day of one channel, done. Written only after the platform confirmed the send. */
export const ledgerSchema = z.strictObject({
  day: isoDay,
  /** sent: the platform confirmed; quiet: nothing new and the channel skips quiet days; missed: past the grace window. */
  status: z.enum(['sent', 'quiet', 'missed']),
  at: isoInstant,
  /** The process that recorded it. */
  by: z.string().max(200),
});
export type LedgerEntry = z.output<typeof ledgerSchema>;

/**
 * How far a multi-message digest got: the parts the platform confirmed, kept in the store under the
 * channel-day's claim so that a retry, a restart or another process posts only the rest.
 */
export const progressSchema = z.strictObject({
  day: isoDay,
  /** A hash of the rendered parts: progress for a different rendering does not apply. */
  digest: z.string().min(1).max(100),
  parts: z.number().int().min(1).max(50),
  /** Parts confirmed, in order (0 … parts). */
  sent: z.number().int().min(0).max(50),
  /** The platform's id of each confirmed part (Discord message id, Slack ts). */
  ids: z.array(z.string().max(100)).max(50),
});
export type DeliveryProgress = z.output<typeof progressSchema>;

/** Breaking alerts go to a channel for events with |Goldstein| at least this high, unless it sets its own `min:`. */
export const DEFAULT_ALERT_MIN = 7;

/** A channel's breaking-alert setting. Stored only while alerts are on (turning them off deletes it). */
export const alertSettingSchema = z.strictObject({
  v: z.literal(1),
  platform: z.enum(PLATFORMS),
  channelId: z.string().min(1).max(100),
  workspaceId: z.string().min(1).max(100).optional(),
  scope: z.string().min(1).max(100).optional(),
  /** Events alert when |Goldstein| is at least this. */
  min: z.number().int().min(1).max(10),
  /** When alerts were turned on: events that entered the record on an earlier day never alert. */
  since: isoInstant,
  /** The user who turned them on (on Slack they may manage them, as a subscriber may a digest). */
  by: z.string().min(1).max(100),
  updatedAt: isoInstant,
  /** Set when the platform reported the channel gone or the bot locked out; no alert is sent. */
  disabled: z.strictObject({ reason: z.string().max(200), at: isoInstant }).optional(),
});
export type AlertSetting = z.output<typeof alertSettingSchema>;

/** One event alerted in one channel. Written only after the platform confirmed the send; kept for good. */
export const alertLedgerSchema = z.strictObject({
  eventId: z.string().min(1).max(100),
  at: isoInstant,
  /** The process that sent it. */
  by: z.string().max(200),
});
export type AlertLedgerEntry = z.output<typeof alertLedgerSchema>;

/**
 * What a platform says about one post. Anything unclear (a timeout, a reset connection, a 5xx) is
 * thrown instead: the platform may or may not have posted it, so the retry must not post blindly.
 */
export type SendResult =
  /** Posted; `id` is the platform's id for it (Discord message id, Slack ts). */
  | { readonly kind: 'sent'; readonly id: string }
  /** The channel no longer exists (Discord 404 / Unknown Channel, Slack channel_not_found, is_archived). */
  | { readonly kind: 'gone'; readonly reason: string }
  /** Rate limited: try again after this long. `global` (Discord's global limit) pauses every send on the platform. */
  | { readonly kind: 'rate-limited'; readonly retryAfterMs: number; readonly global?: boolean }
  /** The bot may not post there (Discord 403, Slack not_in_channel): retried on later days, disabled after 3 in a row. */
  | { readonly kind: 'forbidden'; readonly reason: string }
  /** The platform rejected the bot's credentials (Discord 401, Slack invalid_auth…): trips the platform's breaker. */
  | { readonly kind: 'unauthorized'; readonly reason: string }
  /** Any other refusal that will repeat if asked again (4xx other than 429): not retried that day. */
  | { readonly kind: 'rejected'; readonly reason: string };

/** Which post this is: senders derive their idempotency tags from it (Discord nonce, Slack message metadata). */
export interface PartKey {
  readonly channelId: string;
  /** What is being delivered: the local day of a digest (`2026-07-06`) or `alert:<event id>`. */
  readonly delivery: string;
  /** 0-based position among the delivery's posts, and how many there are. */
  readonly index: number;
  readonly count: number;
  /**
   * An earlier attempt at this post may have landed without us seeing the answer (a timeout, a
   * restart): look for it on the platform first and report it sent if it is there.
   */
  readonly verify: boolean;
  /** The channel's bot identity (ChannelRef.scope): a sender for many workspaces posts with that workspace's token. */
  readonly scope?: string;
}

/**
 * The delivery port each platform adapter implements. The digest core renders a reply into the
 * platform's posts once (`render`), remembers in the store how many were confirmed, and posts the
 * rest one by one (`sendPart`) under its claim. `sendPart` resolves only once the platform has
 * answered, and never retries by itself (the caller decides, with the same key).
 */
export interface DigestSender {
  readonly platform: Exclude<Platform, 'console'>;
  /**
   * The bot identity it posts as (Caller.scope): it delivers subscriptions with this scope, and
   * those written before scoping. Undefined: only unscoped ones.
   */
  readonly scope?: string;
  /** A sender for many bot identities (Slack installed in many workspaces): which scopes it posts for, instead of `scope`. */
  serves?(scope: string): boolean;
  /** The longest one post can take (the client's timeout); claim leases are made to outlast it. */
  readonly timeoutMs: number;
  /** The reply as the platform's posts, in order (opaque to the core; hashed to recognise a rendering). */
  render(reply: Reply): readonly unknown[];
  sendPart(part: unknown, key: PartKey): Promise<SendResult>;
  /** Tells a user directly why something stopped (a DM on Discord, a message from the app on Slack). */
  notify(userId: string, text: string, scope?: string): Promise<void>;
}

/** Who subscribes a channel: kept so that, on Slack, they may manage it later. */
export interface Subscriber {
  readonly userId: string;
}

/** The subscription settings a `/kuril subscribe` may change. */
export interface SubscribeSettings {
  readonly time?: string;
  readonly tz?: string;
  readonly quiet?: QuietMode;
}

export interface SubscriptionStatus {
  readonly subscription: Subscription;
  /** The next scheduled delivery, or undefined when paused or disabled. */
  readonly next?: Date;
  /** The last local day the channel's digests covered. */
  readonly lastDay?: string;
}

/** What the digest commands need; implemented by `createDigestService` (src/digests/service.ts). */
export interface DigestService {
  /** The zone a subscription gets when none is given (TZ_DEFAULT). */
  readonly defaultTimeZone: string;
  get(channel: ChannelRef): Promise<Subscription | undefined>;
  status(channel: ChannelRef, now: Date): Promise<SubscriptionStatus | undefined>;
  /** Creates or updates the channel's subscription. `created` says which. */
  subscribe(channel: ChannelRef, settings: SubscribeSettings, by: Subscriber, now: Date): Promise<{ subscription: Subscription; created: boolean }>;
  unsubscribe(channel: ChannelRef): Promise<boolean>;
  /** Pauses or resumes; undefined when the channel has no subscription. */
  setPaused(channel: ChannelRef, paused: boolean, now: Date): Promise<Subscription | undefined>;
  /** Exactly what the channel's next digest would say, or why none would be sent. */
  preview(channel: ChannelRef, now: Date): Promise<DigestPreview>;
  /** The channel's breaking-alert setting, or undefined when alerts are off. */
  getAlerts(channel: ChannelRef): Promise<AlertSetting | undefined>;
  /** Turns alerts on (or changes the minimum; `since` stays unless they were stopped). */
  alertsOn(channel: ChannelRef, min: number, by: Subscriber, now: Date): Promise<AlertSetting>;
  /** Turns alerts off; false when they were not on. */
  alertsOff(channel: ChannelRef): Promise<boolean>;
  /** A platform adapter hands over its sender; the scheduler starts with the first one. */
  registerSender(sender: DigestSender): void;
  /**
   * Once an adapter knows its bot's identity (Caller.scope): records written before scoping, of its
   * platform, become this bot's, so an upgrade loses no subscription. Resolves with how many channels.
   */
  adoptUnscoped(platform: Exclude<Platform, 'console'>, scope: string): Promise<number>;
  /**
   * The credentials this process's auth breakers hold back (the platform kept rejecting them): nothing
   * is posted with them but a probe every few minutes. Per process, like the breakers.
   */
  suspended(): readonly SuspendedCredentials[];
}

/** One open auth breaker: the scope whose credentials a platform rejects, and its last reason (`token_revoked`, `401`…). */
export interface SuspendedCredentials {
  readonly platform: Platform;
  /** The scope (ChannelRef.scope) whose token is rejected; '' for records written before scoping. */
  readonly scope: string;
  readonly reason: string | undefined;
}

export interface DigestPreview {
  /** The digest as it would be posted, or undefined when the day would be skipped (quiet:skip). */
  readonly reply?: Reply;
  /** The local day and instant it is for. */
  readonly day: string;
  readonly due: Date;
  readonly subscription?: Subscription;
}

/** `<platform>:<scope>:<channel>`, or `<platform>:<channel>` for a record written before scoping. */
export function channelKey(channel: Pick<ChannelRef, 'platform' | 'channelId' | 'scope'>): string {
  return channel.scope ? `${channel.platform}:${channel.scope}:${channel.channelId}` : `${channel.platform}:${channel.channelId}`;
}
