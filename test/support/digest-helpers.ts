import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Caller, CommandContext } from '../../src/commands/command.js';
import { runTextCommand } from '../../src/commands/dispatch.js';
import { testCaller, testContext } from './context.js';
import { deleteNamespace } from './redis-keys.js';
import type { Dossier, KurilEvent } from '../../src/dossier/dossier.js';
import { loadDossier } from '../../src/dossier/load.js';
import { createDigestService, type DigestRuntime, type DigestServiceOptions } from '../../src/digests/service.js';
import type { DigestStore } from '../../src/digests/store/digest-store.js';
import { createDigestStore } from '../../src/digests/store/open-store.js';
import type { ChannelRef, Subscription } from '../../src/digests/types.js';
import { redisUrl } from './redis.js';

/** Shared pieces of the digest tests: stores on a temp SQLite file or a unique Redis namespace, a log that keeps its lines. */

let cached: Dossier | undefined;
export function dossier(): Dossier {
  return (cached ??= loadDossier());
}

export interface LogLine {
  readonly level: 'debug' | 'info' | 'warn' | 'error';
  readonly details: Record<string, unknown>;
  readonly message: string;
}

export interface TestLog {
  readonly lines: LogLine[];
  debug(details: object, message: string): void;
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
  messages(level?: LogLine['level']): string[];
}

export function testLog(): TestLog {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (details: object, message: string) => void lines.push({ level, details: details as Record<string, unknown>, message });
  return {
    lines,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    messages: (level) => lines.filter((l) => !level || l.level === level).map((l) => l.message),
  };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'kuril-digest-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function uniqueNamespace(): string {
  return `kuril-test-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** Deletes every Redis key of a test namespace. */
export async function cleanRedis(namespace: string): Promise<void> {
  await deleteNamespace(redisUrl(), namespace);
}

export type Backend = 'sqlite' | 'redis';

/** A store on a fresh temp SQLite file or a fresh Redis namespace, with its cleanup. */
export async function openStore(backend: Backend, log: TestLog, place?: { url: string; namespace: string }): Promise<{ store: DigestStore; url: string; namespace: string; cleanup: () => Promise<void> }> {
  if (place) {
    const store = await createDigestStore({ url: place.url, namespace: place.namespace, log });
    return { store, ...place, cleanup: () => store.close() };
  }
  if (backend === 'sqlite') {
    const tmp = tempDir();
    const url = `sqlite://${join(tmp.dir, 'nested', 'digests.sqlite')}`;
    const namespace = 'kuril-digest';
    const store = await createDigestStore({ url, namespace, log });
    return {
      store,
      url,
      namespace,
      cleanup: async () => {
        await store.close().catch(() => undefined);
        tmp.cleanup();
      },
    };
  }
  const url = redisUrl();
  const namespace = uniqueNamespace();
  const store = await createDigestStore({ url, namespace, log });
  return {
    store,
    url,
    namespace,
    cleanup: async () => {
      await store.close().catch(() => undefined);
      await cleanRedis(namespace);
    },
  };
}

/** A service over a store, with a settable clock. */
export function service(store: DigestStore, log: TestLog, extra: Partial<DigestServiceOptions> = {}): DigestRuntime & { clock: { now: Date } } {
  const clock = { now: new Date('2026-02-21T08:00:00Z') };
  const runtime = createDigestService({
    store,
    dossier,
    log,
    defaultTimeZone: 'UTC',
    now: () => clock.now,
    delivery: { concurrency: 8, leaseMs: 5_000 },
    ...extra,
  });
  return Object.assign(runtime, { clock });
}

export function discordChannel(id: string | number): ChannelRef {
  return { platform: 'discord', channelId: String(id), workspaceId: 'guild-1' };
}

export function manager(platform: Caller['platform'] = 'discord', channelId = 'chan-1', userId = 'u-admin'): Caller {
  return testCaller({ platform, userId, channelId, workspaceId: 'w-1', isDirect: false, rights: { manageChannel: true } });
}

export function member(platform: Caller['platform'] = 'discord', channelId = 'chan-1', userId = 'u-member'): Caller {
  return testCaller({ platform, userId, channelId, workspaceId: 'w-1', isDirect: false, rights: { manageChannel: false } });
}

export function context(caller: Caller, now: Date, runtime?: DigestRuntime): CommandContext {
  return testContext(dossier(), now, { caller, ...(runtime ? { digests: runtime } : {}) });
}

/** A subscription record as the service would write it. */
export function subscription(channel: ChannelRef, overrides: Partial<Subscription> = {}): Subscription {
  return {
    v: 1,
    platform: channel.platform,
    channelId: channel.channelId,
    time: '09:00',
    tz: 'UTC',
    quiet: 'send',
    paused: false,
    subscribedBy: 'u-admin',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    activeFrom: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** The shipped dossier plus extra events (kept in date order), for digests with known news. */
export function withEvents(base: Dossier, extra: readonly KurilEvent[]): Dossier {
  const events = [...base.events, ...extra].sort((a, b) => a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end) || a.id.localeCompare(b.id));
  return { ...base, events, eventsById: new Map(events.map((e) => [e.id, e])) };
}

/** A synthetic event cloned from a real one with a new id, date and title. */
export function fakeEvent(base: Dossier, id: string, date: { start: string; end?: string; precision?: 'day' | 'month' | 'range'; text?: string }, title = `Synthetic development ${id}`): KurilEvent {
  const template = base.events.at(-1)!;
  const end = date.end ?? date.start;
  return {
    ...template,
    id,
    title,
    date: { text: date.text ?? date.start, precision: date.precision ?? 'day', start: date.start, end },
  };
}

/**
 * The digest commands against a real service on a fresh SQLite store: `run` types a command as a
 * caller. The store is closed by the caller's cleanup list (run it after each test).
 */
export async function digestCommands(cleanups: (() => Promise<void> | void)[], at: Date) {
  const log = testLog();
  const opened = await openStore('sqlite', log);
  cleanups.push(opened.cleanup);
  const digests = service(opened.store, log);
  const run = (line: string, caller: Caller, now = at) => runTextCommand(line, context(caller, now, digests));
  return { digests, run, store: opened.store };
}
