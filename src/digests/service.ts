import { composeDigest } from '../briefings/digest.js';
import type { Dossier } from '../dossier/dossier.js';
import { GRACE_MS, isLive, nextDelivery } from './due.js';
import { DigestScheduler, type SchedulerOptions, type TickReport } from './scheduler.js';
import type { DigestStore } from './store/digest-store.js';
import { changeLimiter, DEFAULT_MAX_PER_WORKSPACE, tooManySubscriptions } from './refusal.js';
import { localDay, shiftDay } from './time.js';
import { canonicalTimeZone } from '../common/time-zone.js';
import type {
  AlertSetting,
  ChannelRef,
  DigestPreview,
  DigestSender,
  DigestService,
  SubscribeSettings,
  Subscriber,
  Subscription,
  SubscriptionStatus,
} from './types.js';

export const DEFAULT_TIME = '09:00';

export interface DigestServiceOptions extends Omit<SchedulerOptions, 'store' | 'dossier'> {
  readonly store: DigestStore;
  /** The event set now (it may be replaced while the bot runs). */
  readonly dossier: () => Dossier;
  /** TZ_DEFAULT: the zone of a subscription made without tz:. */
  readonly defaultTimeZone: string;
  /** DIGEST_MAX_PER_WORKSPACE: daily digests one server or workspace may have (default 50). */
  readonly maxPerWorkspace?: number;
  /** Subscribe-type commands one server or workspace may run per minute (default 30). */
  readonly changesPerMinute?: number;
  /** Start the scheduler when the first sender registers (main does); tests call tick() themselves. */
  readonly autoStart?: boolean;
}

/** The service plus the handles main and the tests need. */
export interface DigestRuntime extends DigestService {
  readonly store: DigestStore;
  readonly scheduler: DigestScheduler;
  /** One scheduler tick at `now` (tests drive the clock with it). */
  tick(now: Date): Promise<TickReport>;
  /** Stops the scheduler (finishing or abandoning sends), then closes the store. */
  close(): Promise<void>;
}

/**
 * The platform-neutral digest service: the commands' view (subscribe, status, preview…) over the
 * store, and the scheduler that delivers through whichever platform senders are registered.
 */
export function createDigestService(options: DigestServiceOptions): DigestRuntime {
  const { store, dossier } = options;
  const scheduler = new DigestScheduler(options);
  const graceMs = options.graceMs ?? GRACE_MS;
  const maxPerWorkspace = options.maxPerWorkspace ?? DEFAULT_MAX_PER_WORKSPACE;
  const limitChanges = changeLimiter(options.changesPerMinute);
  /** The bot's identity and the guild or workspace, as every record of the channel keeps them. */
  const owned = (channel: ChannelRef) => ({
    ...(channel.workspaceId ? { workspaceId: channel.workspaceId } : {}),
    ...(channel.scope ? { scope: channel.scope } : {}),
  });

  const fresh = (channel: ChannelRef, settings: SubscribeSettings, by: Subscriber, now: Date): Subscription => {
    const at = now.toISOString();
    return {
      v: 1,
      platform: channel.platform,
      channelId: channel.channelId,
      ...owned(channel),
      time: settings.time ?? DEFAULT_TIME,
      tz: canonicalTimeZone(settings.tz ?? options.defaultTimeZone),
      quiet: settings.quiet ?? 'send',
      paused: false,
      subscribedBy: by.userId,
      createdAt: at,
      updatedAt: at,
      activeFrom: at,
    };
  };

  /** Which of yesterday and today (local) are already served, for the next-delivery computation. */
  const doneDays = async (subscription: Subscription, now: Date): Promise<Set<string>> => {
    const today = localDay(now, subscription.tz);
    const days = [shiftDay(today, -1), today];
    const ledgers = await store.getLedgers(days.map((day) => ({ channel: subscription, day })));
    return new Set(days.filter((_, i) => ledgers[i] !== undefined));
  };

  const service: DigestRuntime = {
    store,
    scheduler,
    defaultTimeZone: options.defaultTimeZone,

    get: (channel) => store.getSubscription(channel),

    async status(channel, now): Promise<SubscriptionStatus | undefined> {
      const subscription = await store.getSubscription(channel);
      if (!subscription) return undefined;
      const done = await doneDays(subscription, now);
      const next = nextDelivery(subscription, now, (day) => done.has(day), graceMs);
      const cursor = await store.getCursor(channel);
      return { subscription, ...(next ? { next: next.due } : {}), ...(cursor ? { lastDay: cursor.day } : {}) };
    },

    async subscribe(channel, settings, by, now) {
      await limitChanges(channel);
      const existing = await store.getSubscription(channel);
      if (!existing || existing.disabled !== undefined) {
        // a new subscription counts against the server's or workspace's cap (a restarted one already did)
        if (!existing && channel.workspaceId && (await store.countSubscriptions(channel.platform, channel.workspaceId)) >= maxPerWorkspace) {
          throw tooManySubscriptions(maxPerWorkspace);
        }
        const subscription = fresh(channel, settings, by, now);
        await store.putSubscription(subscription);
        return { subscription, created: true };
      }
      // a change is a read-modify-write of what is stored then, so a concurrent change is never lost
      const updated = await store.updateSubscription(channel, (current) => {
        const time = settings.time ?? current.time;
        const tz = settings.tz ? canonicalTimeZone(settings.tz) : current.tz;
        const rescheduled = time !== current.time || tz !== current.tz;
        return {
          ...current,
          time,
          tz,
          quiet: settings.quiet ?? current.quiet,
          updatedAt: now.toISOString(),
          ...(rescheduled ? { activeFrom: now.toISOString() } : {}),
        };
      });
      // deleted in between: subscribe afresh
      if (!updated) return service.subscribe(channel, settings, by, now);
      return { subscription: updated, created: false };
    },

    async unsubscribe(channel) {
      await limitChanges(channel);
      return store.deleteSubscription(channel);
    },

    async setPaused(channel, paused, now) {
      await limitChanges(channel);
      const at = now.toISOString();
      // Resuming owes nothing for times that passed while paused.
      return store.updateSubscription(channel, (current): Subscription | undefined =>
        current.paused === paused ? undefined : { ...current, paused, updatedAt: at, ...(paused ? {} : { activeFrom: at }) },
      );
    },

    async preview(channel, now): Promise<DigestPreview> {
      const stored = await store.getSubscription(channel);
      // A paused, disabled or missing subscription previews what it would send once (re)started now.
      const subscription: Subscription =
        stored && isLive(stored) ? stored : stored ? { ...stored, paused: false, disabled: undefined, activeFrom: now.toISOString() } : fresh(channel, {}, { userId: 'preview' }, now);
      const done = stored ? await doneDays(subscription, now) : new Set<string>();
      const next = nextDelivery(subscription, now, (day) => done.has(day), graceMs)!;
      const cursor = stored ? await store.getCursor(channel) : undefined;
      const digest = composeDigest(dossier(), next.day, cursor, localDay(now, subscription.tz));
      const skipped = digest.quiet && subscription.quiet === 'skip';
      return { day: next.day, due: next.due, ...(skipped ? {} : { reply: digest.reply }), ...(stored ? { subscription: stored } : {}) };
    },

    getAlerts: (channel) => store.getAlertSetting(channel),

    async alertsOn(channel, min, by, now) {
      await limitChanges(channel);
      const existing = await store.getAlertSetting(channel);
      const at = now.toISOString();
      // Changing the minimum keeps `since`; turning alerts on (again, or after they were stopped) starts it now.
      const setting: AlertSetting =
        existing && !existing.disabled
          ? { ...existing, min, updatedAt: at }
          : {
              v: 1,
              platform: channel.platform,
              channelId: channel.channelId,
              ...owned(channel),
              min,
              since: at,
              by: by.userId,
              updatedAt: at,
            };
      await store.putAlertSetting(setting);
      return setting;
    },

    async alertsOff(channel) {
      await limitChanges(channel);
      return store.deleteAlertSetting(channel);
    },

    registerSender(sender: DigestSender) {
      scheduler.addSender(sender);
      options.log.info({ platform: sender.platform }, 'digest sender registered');
      if (options.autoStart && !scheduler.running) {
        scheduler.start().catch((error: unknown) =>
          options.log.error({ err: error }, `digest scheduler not started: ${error instanceof Error ? error.message : String(error)}`),
        );
      }
    },

    async adoptUnscoped(platform, scope) {
      const adopted = await store.adoptUnscoped(platform, scope);
      if (adopted > 0) options.log.info({ platform, scope, adopted }, 'digest store: channels from before scoping adopted by this bot');
      return adopted;
    },

    suspended: () => scheduler.suspended(),

    tick: (now) => scheduler.tick(now),

    async close() {
      await scheduler.stop();
      await store.close();
    },
  };
  return service;
}
