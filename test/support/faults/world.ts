import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderReply } from '../../../src/adapters/discord/render.js';
import { composeDigest } from '../../../src/briefings/digest.js';
import { loadDossier } from '../../../src/dossier/load.js';
import { createDigestService } from '../../../src/digests/service.js';
import type { DigestStore } from '../../../src/digests/store/digest-store.js';
import { createDigestStore } from '../../../src/digests/store/open-store.js';
import type { ChannelRef, DigestCursor } from '../../../src/digests/types.js';
import { testLog } from '../digest-helpers.js';
import { FakeDiscord, MODERATOR_PERMISSIONS, type StoredMessage } from '../fake-discord/index.js';
import { startBot, type BotProcess } from './bot.js';
import { multiPartDataDir } from './data-dir.js';
import { judge, recordsOf, type ChannelDay, type Verdict } from './verdict.js';

/**
 * One fault scenario's world: fake Discord connections (one per bot process that needs its own
 * gateway or its own faults; the same application and one message store, so together they are one
 * Discord), channels subscribed at 09:00 UTC, a store (a SQLite
 * file or a Redis URL), compiled bot processes started at a chosen instant, and the judgement of
 * what the platform received against the ledger. `close()` stops everything it started.
 */

/**
 * The day the scenarios play: tomorrow (UTC). Not a fixed date: the store's expiry times are written
 * by the bots on their shifted clocks and read by the test on the real one, so the played days must
 * not lie in the past.
 */
export const FIRST_DAY = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** `day` plus `n` days. */
export function dayAfter(day: string, n = 1): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** An instant on a played day, e.g. at(FIRST_DAY, '09:05'). */
export function at(day: string, time: string): string {
  return `${day}T${time}:00.000Z`;
}

export interface WorldOptions {
  /** Channels subscribed before any bot starts. */
  readonly channels: number;
  /** 'sqlite' (a file in the world's folder) or a Redis URL. */
  readonly store?: string;
  /** Fake Discord connections (one per bot process that should talk to its own; they share the application). */
  readonly connections?: number;
  /** An event set whose first digest takes two Discord messages. */
  readonly multiPart?: boolean;
  /** Subscribe the channels before any bot starts (default true); false: the scenario subscribes them. */
  readonly subscribed?: boolean;
}

export class World {
  readonly dir: string;
  readonly storeUrl: string;
  readonly channels: string[] = [];
  readonly bots: BotProcess[] = [];
  private readonly dataDir: string | undefined;
  /** performance.now() at which each played day began, to tell the days' messages apart. */
  private readonly dayMarks: { day: string; at: number }[] = [];

  private constructor(
    readonly fakes: FakeDiscord[],
    options: WorldOptions,
  ) {
    this.dir = mkdtempSync(join(tmpdir(), 'kuril-faults-'));
    this.storeUrl = !options.store || options.store === 'sqlite' ? `sqlite://${join(this.dir, 'data', 'kuril-brief.sqlite')}` : options.store;
    this.dataDir = options.multiPart ? multiPartDataDir(join(this.dir, 'kuril'), FIRST_DAY) : undefined;
  }

  static async create(options: WorldOptions): Promise<World> {
    const first = await FakeDiscord.start();
    const others = await Promise.all(Array.from({ length: (options.connections ?? 1) - 1 }, () => FakeDiscord.start({ token: first.token, appId: first.appId, shareWith: first })));
    const world = new World([first, ...others], options);
    mkdirSync(join(world.dir, 'data'), { recursive: true });
    // every connection knows every channel (they are one Discord)
    for (let i = 0; i < options.channels; i++) {
      const id = first.addChannel();
      for (const other of others) other.addChannel(id);
      world.channels.push(id);
    }
    if (options.channels > 0 && options.subscribed !== false) await world.subscribe(world.channels);
    return world;
  }

  /** The channel as the store knows it: Discord, this bot (scope), the fake's guild. */
  ref(channelId: string): ChannelRef {
    return { platform: 'discord', channelId, workspaceId: this.fakes[0]!.guildId, scope: this.fakes[0]!.appId };
  }

  /** Subscribes channels at 09:00 UTC through the digest service, as of 06:00 on the first day. */
  async subscribe(channelIds: readonly string[], at = new Date(`${FIRST_DAY}T06:00:00Z`)): Promise<void> {
    await this.withStore(async (store) => {
      const digests = createDigestService({ store, dossier: () => this.dossier(), log: testLog(), defaultTimeZone: 'UTC', now: () => at });
      for (const id of channelIds) await digests.subscribe(this.ref(id), { time: '09:00', tz: 'UTC' }, { userId: this.fakes[0]!.user.id }, at);
    });
  }

  dossier() {
    return loadDossier(this.dataDir);
  }

  /** A bot process on connection `connection`, its clock starting at `clock` (default: 09:05 UTC on the first day). */
  startBot(name: string, options: { clock?: string; connection?: number; env?: Record<string, string> } = {}): BotProcess {
    const fake = this.fakes[options.connection ?? 0]!;
    const bot = startBot({
      name,
      clock: options.clock ?? `${FIRST_DAY}T09:05:00.000Z`,
      env: {
        DISCORD_TOKEN: fake.token,
        DISCORD_API_URL: fake.apiUrl,
        STORE_URL: this.storeUrl,
        ...(this.dataDir ? { DATA_DIR: this.dataDir } : {}),
        ...options.env,
      },
    });
    this.bots.push(bot);
    return bot;
  }

  /** Marks the start of a played day: messages from now on count for `day`. */
  playDay(day: string): void {
    this.dayMarks.push({ day, at: performance.now() });
  }

  /** Every message the platform received in the channel (across connections), for the day (see playDay), oldest first. */
  posts(channelId: string, day?: string): StoredMessage[] {
    // the connections share one message store (they are one Discord)
    const all = this.fakes[0]!.channelMessages(channelId);
    if (!day) return all;
    const index = this.dayMarks.findIndex((mark) => mark.day === day);
    if (index < 0) return all;
    const from = this.dayMarks[index]!.at;
    const to = this.dayMarks[index + 1]?.at ?? Infinity;
    return all.filter((m) => m.at >= from && m.at < to);
  }

  /** How many parts the digest for `day` has (after `cursor`, none for the first). */
  parts(day: string, cursor?: DigestCursor): number {
    return renderReply({ ...composeDigest(this.dossier(), day, cursor).reply, visibility: 'public' }).length;
  }

  /** The judgement for `day` over `channelIds` (default all); `parts` defaults to the first digest's. */
  async verdict(day = FIRST_DAY, channelIds: readonly string[] = this.channels, parts = this.parts(day)): Promise<Verdict> {
    const items: ChannelDay[] = channelIds.map((id) => ({
      channel: this.ref(id),
      day,
      parts,
      // a message's content and embeds: two copies of one part compare equal
      posts: this.posts(id, day).map((m) => JSON.stringify([m.object.content, m.object.embeds])),
    }));
    return this.withStore((store) => judge(store, items));
  }

  /** Resolves once every channel has a ledger entry for `day` (whoever wrote it); rejects after `timeoutMs`. */
  async waitForLedgers(day: string, channelIds: readonly string[] = this.channels, timeoutMs = 150_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const missing = await this.withStore(async (store) => {
        const found = await Promise.all(channelIds.map((id) => recordsOf(store, this.ref(id), day)));
        return channelIds.filter((_, i) => !found[i]!.ledger);
      });
      if (missing.length === 0) return;
      if (performance.now() > deadline) throw new Error(`no ledger entry for ${day} after ${timeoutMs} ms in ${missing.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  /** Opens the store for a moment (alongside running bots: it takes no lock). */
  async withStore<T>(use: (store: DigestStore) => Promise<T>): Promise<T> {
    const store = await createDigestStore({ url: this.storeUrl, log: testLog() });
    try {
      return await use(store);
    } finally {
      await store.close();
    }
  }

  async stopBots(): Promise<void> {
    await Promise.all(this.bots.map((bot) => bot.stop()));
  }

  async close(): Promise<void> {
    for (const bot of this.bots) bot.kill('SIGKILL');
    await Promise.all(this.bots.map((bot) => bot.exited));
    await Promise.all(this.fakes.map((fake) => fake.close()));
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Slash command `/kuril subscribe` from a moderator in a channel of one connection. */
export function subscribeCommand(fake: FakeDiscord, channelId: string, time = '09:00') {
  return fake.chatInput('subscribe', { time, tz: 'UTC' }, { channelId, permissions: MODERATOR_PERMISSIONS });
}
