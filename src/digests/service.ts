import { composeDigest } from '../briefings/digest.js';
import type { Dossier } from '../dossier/dossier.js';
import { GRACE_MS, isLive, nextDelivery } from './due.js';
import { DigestScheduler, type SchedulerOptions, type TickReport } from './scheduler.js';
import type { DigestStore } from './store/digest-store.js';
import { localDay, shiftDay } from './time.js';
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

  const fresh = (channel: ChannelRef, settings: SubscribeSettings, by: Subscriber, now: Date): Subscription => {
    const at = now.toISOString();
    return {
      v: 1,
      platform: channel.platform,
      channelId: channel.channelId,
      ...(channel.workspaceId ? { workspaceId: channel.workspaceId } : {}),
      time: settings.time ?? DEFAULT_TIME,
      tz: settings.tz ?? options.defaultTimeZone,
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
      const existing = await store.getSubscription(channel);
      let subscription: Subscription;
      const created = !existing || existing.disabled !== undefined;
      if (created) {
        subscription = fresh(channel, settings, by, now);
      } else {
        const time = settings.time ?? existing.time;
        const tz = settings.tz ?? existing.tz;
        const rescheduled = time !== existing.time || tz !== existing.tz;
        subscription = {
          ...existing,
          time,
          tz,
          quiet: settings.quiet ?? existing.quiet,
          updatedAt: now.toISOString(),
          ...(rescheduled ? { activeFrom: now.toISOString() } : {}),
        };
      }
      await store.putSubscription(subscription);
      return { subscription, created };
    },

    unsubscribe: (channel) => store.deleteSubscription(channel),

    async setPaused(channel, paused, now) {
      const existing = await store.getSubscription(channel);
      if (!existing) return undefined;
      if (existing.paused === paused) return existing;
      const at = now.toISOString();
      // Resuming owes nothing for times that passed while paused.
      const subscription: Subscription = { ...existing, paused, updatedAt: at, ...(paused ? {} : { activeFrom: at }) };
      await store.putSubscription(subscription);
      return subscription;
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
              ...(channel.workspaceId ? { workspaceId: channel.workspaceId } : {}),
              min,
              since: at,
              by: by.userId,
              updatedAt: at,
            };
      await store.putAlertSetting(setting);
      return setting;
    },

    alertsOff: (channel) => store.deleteAlertSetting(channel),

    registerSender(sender: DigestSender) {
      scheduler.addSender(sender);
      options.log.info({ platform: sender.platform }, 'digest sender registered');
      if (options.autoStart && !scheduler.running) {
        scheduler.start().catch((error: unknown) =>
          options.log.error({ err: error }, `digest scheduler not started: ${error instanceof Error ? error.message : String(error)}`),
        );
      }
    },

    tick: (now) => scheduler.tick(now),

    async close() {
      await scheduler.stop();
      await store.close();
    },
  };
  return service;
}
