import type { z } from 'zod';
import { withTimeout } from '../../store/unavailable.js';
import { decodeStored } from '../../store/stored-json.js';
import {
  alertLedgerSchema,
  alertSettingSchema,
  channelKey,
  cursorSchema,
  ledgerSchema,
  progressSchema,
  subscriptionSchema,
  type AlertSetting,
  type ChannelRef,
  type Subscription,
} from '../types.js';
import { installationSchema } from './installation.js';
import { LEDGER_TTL_MS, type DigestStore, type StoreLog } from './digest-store.js';
import { aroundRecords, CHANNEL_KINDS, type Kind, type Records, type Write } from './records.js';

const SCHEMAS: Record<Kind, z.ZodType> = {
  sub: subscriptionSchema,
  cursor: cursorSchema,
  ledger: ledgerSchema,
  progress: progressSchema,
  alert: alertSettingSchema,
  'alert-ledger': alertLedgerSchema,
  install: installationSchema,
};

/** Kinds keyed by the channel alone; the others add `:<day>` or `:<event id>`. */
const PER_CHANNEL: readonly Kind[] = ['sub', 'cursor', 'alert'];
/** Kinds that expire (the ledger and the progress of a day). */
const EXPIRING: readonly Kind[] = ['ledger', 'progress'];

/**
 * The DigestStore over a backend's records: zod on every read and write, JSON in between, every call
 * bounded by the store timeout.
 */
export function recordDigestStore(kind: DigestStore['kind'], backend: Records, log: StoreLog, timeoutMs: number): DigestStore {
  // every backend call bounded by the store timeout
  const records = aroundRecords(backend, (name, call) => withTimeout(call, timeoutMs, name));

  const decode = <T>(schema: z.ZodType<T>, where: string, text: string | undefined): T | undefined => decodeStored(schema, text, where, log, 'digest store');
  const read = async <T>(kind: Kind, key: string): Promise<T | undefined> => decode(SCHEMAS[kind] as z.ZodType<T>, `${kind}:${key}`, (await records.get(kind, [key]))[0]);
  const readMany = async <T>(kind: Kind, keys: readonly string[]): Promise<(T | undefined)[]> =>
    (await records.get(kind, keys)).map((text, i) => decode(SCHEMAS[kind] as z.ZodType<T>, `${kind}:${keys[i]}`, text));
  const list = async <T>(kind: 'sub' | 'alert'): Promise<T[]> =>
    (await records.list(kind)).map(({ key, value }) => decode(SCHEMAS[kind] as z.ZodType<T>, `${kind}:${key}`, value)).filter((v): v is Awaited<T> => v !== undefined);
  const put = (kind: Kind, key: string, value: unknown, ttlMs?: number): Write => ({
    kind,
    key,
    value: JSON.stringify(SCHEMAS[kind].parse(value)),
    ...(ttlMs === undefined ? {} : { ttlMs }),
  });
  const update = async <T>(kind: 'sub' | 'alert', channel: ChannelRef, change: (current: T) => T | undefined): Promise<T | undefined> => {
    const key = channelKey(channel);
    const schema = SCHEMAS[kind] as z.ZodType<T>;
    const stored = await records.update(kind, key, (text) => {
      const current = decode(schema, `${kind}:${key}`, text);
      const next = current === undefined ? undefined : change(current);
      return next === undefined ? undefined : JSON.stringify(schema.parse(next));
    });
    return decode(schema, `${kind}:${key}`, stored);
  };

  return {
    kind,
    getSubscription: (channel) => read('sub', channelKey(channel)),
    listSubscriptions: () => list('sub'),
    async putSubscription(subscription) {
      await records.write([put('sub', channelKey(subscription), subscription)]);
    },
    async putSubscriptions(subscriptions) {
      for (let i = 0; i < subscriptions.length; i += 500) await records.write(subscriptions.slice(i, i + 500).map((s) => put('sub', channelKey(s), s)));
    },
    async deleteSubscription(channel) {
      const key = channelKey(channel);
      const existed = (await records.get('sub', [key]))[0] !== undefined;
      await records.write([
        { kind: 'sub', key, delete: true },
        { kind: 'cursor', key, delete: true },
      ]);
      return existed;
    },
    getCursor: (channel) => read('cursor', channelKey(channel)),
    async getDeliveryState(channel, day) {
      const key = channelKey(channel);
      const [ledger, subscription, cursor] = await Promise.all([read<never>('ledger', `${key}:${day}`), read<never>('sub', key), read<never>('cursor', key)]);
      return { ...(ledger ? { ledger } : {}), ...(subscription ? { subscription } : {}), ...(cursor ? { cursor } : {}) };
    },
    getLedger: (channel, day) => read('ledger', `${channelKey(channel)}:${day}`),
    getLedgers: (items) => readMany('ledger', items.map((item) => `${channelKey(item.channel)}:${item.day}`)),
    record(channel, entry, cursor, fence) {
      const key = channelKey(channel);
      return records.write(
        [put('ledger', `${key}:${entry.day}`, entry, LEDGER_TTL_MS), ...(cursor ? [put('cursor', key, cursor)] : []), { kind: 'progress', key: `${key}:${entry.day}`, delete: true }],
        fence,
      );
    },
    getProgress: (channel, day) => read('progress', `${channelKey(channel)}:${day}`),
    putProgress: (channel, progress, fence) => records.write([put('progress', `${channelKey(channel)}:${progress.day}`, progress, LEDGER_TTL_MS)], fence),
    updateSubscription: (channel, change) => update('sub', channel, change),
    async countSubscriptions(platform, workspaceId) {
      return (await list<Subscription>('sub')).filter((s) => s.platform === platform && s.workspaceId === workspaceId).length;
    },
    claim: (name, owner, leaseMs) => records.claim(name, owner, leaseMs),
    renew: (name, owner, leaseMs) => records.renew(name, owner, leaseMs),
    release: (name, owner) => records.release(name, owner),
    getAlertSetting: (channel) => read('alert', channelKey(channel)),
    listAlertSettings: () => list('alert'),
    async putAlertSetting(setting) {
      await records.write([put('alert', channelKey(setting), setting)]);
    },
    async deleteAlertSetting(channel) {
      const key = channelKey(channel);
      const existed = (await records.get('alert', [key]))[0] !== undefined;
      await records.write([{ kind: 'alert', key, delete: true }]);
      return existed;
    },
    updateAlertSetting: (channel, change) => update<AlertSetting>('alert', channel, change),
    getAlertLedger: (channel, eventId) => read('alert-ledger', `${channelKey(channel)}:${eventId}`),
    getAlertLedgers: (items) => readMany('alert-ledger', items.map((item) => `${channelKey(item.channel)}:${item.eventId}`)),
    recordAlert: (channel, entry, fence) => records.write([put('alert-ledger', `${channelKey(channel)}:${entry.eventId}`, entry)], fence),
    prune: () => records.prune(),
    adoptUnscoped: (platform, scope) => adoptUnscoped(records, platform, scope),
    getInstallation: (key) => read('install', key),
    async putInstallation(key, installation) {
      await records.write([put('install', key, installation)]);
    },
    async deleteInstallation(key) {
      const existed = (await records.get('install', [key]))[0] !== undefined;
      await records.write([{ kind: 'install', key, delete: true }]);
      return existed;
    },
    async forgetScope(platform, scope, workspaceId) {
      const ofScope = (record: { platform: string; scope?: string | undefined; workspaceId?: string | undefined }) =>
        record.platform === platform && record.scope === scope && (workspaceId === undefined || record.workspaceId === workspaceId);
      const subs = (await list<Subscription>('sub')).filter(ofScope).map((s) => channelKey(s));
      const alerts = (await list<AlertSetting>('alert')).filter(ofScope).map((a) => channelKey(a));
      const writes: Write[] = [
        ...subs.flatMap((key) => [{ kind: 'sub' as const, key, delete: true as const }, { kind: 'cursor' as const, key, delete: true as const }]),
        ...alerts.map((key) => ({ kind: 'alert' as const, key, delete: true as const })),
      ];
      if (writes.length > 0) await records.write(writes);
      return new Set([...subs, ...alerts]).size;
    },
    close: () => backend.close(),
  };
}

/**
 * Moves every record of each unscoped channel of `platform` under its scoped key, one atomic write per
 * channel; a record already under the scoped key is kept (it is newer).
 */
async function adoptUnscoped(records: Records, platform: ChannelRef['platform'], scope: string): Promise<number> {
  const channels = new Set<string>();
  for (const kind of ['sub', 'alert'] as const) {
    for (const { value } of await records.list(kind)) {
      const record = safeJson(value) as Partial<ChannelRef> | undefined;
      if (record?.platform === platform && !record.scope && typeof record.channelId === 'string') channels.add(record.channelId);
    }
  }
  for (const channelId of channels) {
    const from = channelKey({ platform, channelId });
    const to = channelKey({ platform, channelId, scope });
    const writes: Write[] = [];
    for (const kind of CHANNEL_KINDS) {
      const keys = PER_CHANNEL.includes(kind) ? [from] : await records.keys(kind, `${from}:`);
      const targets = keys.map((key) => to + key.slice(from.length));
      const [values, existing] = [await records.get(kind, keys), await records.get(kind, targets)];
      keys.forEach((key, i) => {
        const value = values[i];
        if (value === undefined) return;
        if (existing[i] === undefined) {
          const moved = PER_CHANNEL.includes(kind) && kind !== 'cursor' ? JSON.stringify({ ...(safeJson(value) as object), scope }) : value;
          writes.push({ kind, key: targets[i]!, value: moved, ...(EXPIRING.includes(kind) ? { ttlMs: LEDGER_TTL_MS } : {}) });
        }
        writes.push({ kind, key, delete: true });
      });
    }
    await records.write(writes);
  }
  return channels.size;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
