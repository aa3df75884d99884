import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { checkChoices, checkCommand, checkMessage, checkModal, invalidFormBody, type Problem } from './limits.js';
import { attachmentObjects, checkUploads, parseRequestBody, type UploadedFile } from './uploads.js';

/**
 * A fake Discord on 127.0.0.1, good enough for the real discord.js Client to log in and talk to:
 * gateway v10 over WebSocket (HELLO, IDENTIFY, READY, GUILD_CREATE, heartbeat ACKs, RESUME) and
 * REST v10 over node:http (gateway/bot, applications/@me, interaction callbacks, webhook edits and
 * follow-ups, channel messages, command registration).
 *
 * Sharded like Discord: /gateway/bot recommends `shards` (1 by default), each IDENTIFY must carry a
 * valid `[id, count]`, and each guild's events go to the shard `(guild_id >> 22) % count` of every
 * session that has it, direct messages to shard 0. `addGuild(shard)` adds a server on a given shard.
 * One IDENTIFY per bucket (`shard_id % max_concurrency`) per identify window (5 s), over every
 * connection: an earlier one gets Invalid Session (op 9) and is recorded (`gateway.refusedIdentifies`).
 *
 * It records every request and enforces what Discord enforces: the 3-second window for the first
 * response to an interaction (404, code 10062), the message and embed limits (400, code 50035), the bot
 * token (401), enforce_nonce (the same nonce in a channel within 5 minutes returns the first message),
 * and for files (multipart bodies: payload_json and files[n], see uploads.ts) the upload limit (413,
 * code 40005) and that every file is described and every `attachment://` image sent. Tests can make a
 * route fail, answer 429 with Retry-After, answer late, reset the connection, or do all that after
 * posting the message (`failRoute`, `rateLimit`).
 * See docs/discord.md.
 */

type Json = Record<string, unknown>;

const DISCORD_EPOCH = 1_420_070_400_000n;
/** How long Discord remembers an enforced nonce ("a few minutes"). */
const NONCE_WINDOW_MS = 5 * 60_000;
let increment = 0n;

/** A snowflake for now: 19 digits today, as Discord's are. */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** The shard Discord sends a guild's events on, for a bot with `count` shards. */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** A server the bot is in, with one text channel. */
export interface FakeGuild {
  readonly id: string;
  readonly channelId: string;
  readonly name: string;
}

/** A gateway session: one shard of one client, kept after its socket closes so it can resume. */
interface Session {
  readonly id: string;
  readonly shard: readonly [number, number];
  seq: number;
  readonly history: Json[];
  socket: WebSocket | undefined;
}

export interface RecordedRequest {
  readonly seq: number;
  readonly method: string;
  /** Decoded path after /api/v10, e.g. "/webhooks/123/tok/messages/@original". */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: IncomingHttpHeaders;
  /** Parsed JSON body (the payload_json part of a multipart body), or undefined. */
  readonly body: unknown;
  /** The files[n] parts of a multipart body. */
  readonly files: readonly UploadedFile[];
  /** performance.now() when the request arrived. */
  readonly at: number;
  status: number;
  response?: unknown;
}

export interface FakeUser {
  readonly id: string;
  readonly username: string;
  readonly global_name: string | null;
  readonly discriminator: string;
  readonly avatar: null;
  readonly bot?: boolean;
}

export interface FakeInteraction {
  readonly id: string;
  readonly token: string;
  readonly type: number;
  /** performance.now() when it was dispatched on the gateway. */
  readonly dispatchedAt: number;
  readonly channelId: string;
  readonly guildId?: string;
  acknowledgedAt?: number;
  callbackType?: number;
  /** The message the first response made (or, for a component, the message the component is on). */
  originalMessageId?: string;
  /** Autocomplete results. */
  choices?: unknown[];
  /** The modal the bot showed in response (callback type 9). */
  modal?: Json;
}

export interface StoredMessage {
  readonly id: string;
  readonly channelId: string;
  /** The interaction whose response or follow-up this is. */
  readonly interactionId?: string;
  /** performance.now() when it was created. */
  readonly at: number;
  /** The message object as Discord would return it; updated on edit. */
  object: Json;
  deleted: boolean;
  readonly edits: Json[];
  /** The files attached to it (its `attachments`), with their bytes. */
  files: readonly UploadedFile[];
}

export interface RouteFailure {
  readonly method?: string;
  readonly path: RegExp;
  /** How many matching requests fail; then the route works again. */
  times: number;
  /** The answer's status; with `accept` and no status, the real answer (late, after `delayMs`). */
  readonly status?: number;
  /** Do the request first (post the message), then fail the answer: the platform has it, the client does not know. */
  readonly accept?: boolean;
  /** Answer only after this long (past the client's timeout, it never sees it). */
  readonly delayMs?: number;
  /** Reset the connection instead of answering. */
  readonly reset?: boolean;
  /** Matching requests let through before the failures start (to hit a later part). */
  after?: number;
  readonly body?: Json;
  readonly headers?: Readonly<Record<string, string>>;
  /** For 429s: requests that came back before Retry-After had passed. */
  early: number;
  /** For 429s: when the last one was sent (performance.now()) and how long it asked to wait (ms). */
  lastAt?: number;
  readonly waitMs?: number;
}

export interface FakeDiscordOptions {
  /** The bot token the fake accepts. */
  readonly token?: string;
  /** Heartbeat interval sent in HELLO. */
  readonly heartbeatIntervalMs?: number;
  /** The window for the first response to an interaction. Discord's is 3 s. */
  readonly interactionDeadlineMs?: number;
  /** The application's id (default: a new snowflake): two fakes with one id are one bot reached through two connections. */
  readonly appId?: string;
  /** Another connection of the same Discord (one bot, two processes): its messages and nonces are shared. */
  readonly shareWith?: FakeDiscord;
  /** The shard count GET /gateway/bot recommends (and the fewest an IDENTIFY may use). Default 1. */
  readonly shards?: number;
  /** session_start_limit.max_concurrency: shards that may identify at once (discord.js waits 5 s between the others). Default 1, as for most bots. */
  readonly maxConcurrency?: number;
  /**
   * Discord's identify window: one IDENTIFY per bucket (`shard_id % max_concurrency`) per this many
   * milliseconds, counted over every connection; an earlier one is answered with Invalid Session
   * (op 9, not resumable) and recorded in `gateway.refusedIdentifies`. Default 5,000, as on Discord;
   * 0 turns the check off.
   */
  readonly identifyWindowMs?: number;
}

/** An IDENTIFY the fake refused for coming too soon after another in its bucket. */
export interface RefusedIdentify {
  readonly shard: readonly [number, number];
  readonly bucket: number;
  /** How long after the bucket's last accepted IDENTIFY it came (ms). */
  readonly afterMs: number;
}

/**
 * A test's say over one REST request (test/support/faults/): `accept` does the request's work first
 * (the message is stored), then the answer is `status` (with Discord's error body), a connection
 * reset, or the normal answer after `delayMs`. `hold` keeps the request unanswered until it resolves.
 */
export interface RequestFault {
  readonly accept: boolean;
  readonly answer: { readonly status: number; readonly body?: Json } | 'reset' | { readonly delayMs: number };
}
export type RequestHook = (request: RecordedRequest) => RequestFault | Promise<RequestFault | undefined> | undefined;

interface InteractionOptions {
  /** In a direct message with the bot rather than the test server's channel. */
  readonly dm?: boolean;
  readonly user?: FakeUser;
  /** The member's permissions in the channel (a bitfield as a decimal string). */
  readonly permissions?: string;
  /** A text channel of the test server other than the default one (see addChannel). */
  readonly channelId?: string;
  /** Which server (from addGuild); the test server by default. */
  readonly guild?: FakeGuild;
}

export type OptionValue = string | number | boolean;

/** View Channel, Send Messages, Read Message History, Use Application Commands: an ordinary member. */
export const MEMBER_PERMISSIONS = ((1n << 10n) | (1n << 11n) | (1n << 16n) | (1n << 31n)).toString();
/** An ordinary member who may also manage channels. */
export const MODERATOR_PERMISSIONS = (BigInt(MEMBER_PERMISSIONS) | (1n << 4n)).toString();

export class FakeDiscord {
  readonly token: string;
  readonly requests: RecordedRequest[] = [];
  readonly interactions = new Map<string, FakeInteraction>();
  readonly messages: Map<string, StoredMessage>;
  /** Registered commands by scope: "global" or the guild id. */
  readonly commands = new Map<string, Json[]>();
  readonly gateway = {
    connections: 0,
    identifies: [] as Json[],
    /** Shard ids (of [id, count]) that got each dispatched event, in order: which shard carried what. */
    dispatched: [] as Array<{ readonly t: string; readonly shard: number }>,
    resumes: [] as Json[],
    /** IDENTIFYs refused with Invalid Session for breaking the identify window (see identifyWindowMs). */
    refusedIdentifies: [] as RefusedIdentify[],
    heartbeats: 0,
    closes: [] as number[],
  };

  readonly appId: string;
  readonly botUser: FakeUser = { id: snowflake(), username: 'Kuril Brief', global_name: null, discriminator: '0000', avatar: null, bot: true };
  readonly user: FakeUser = { id: snowflake(), username: 'tester', global_name: 'Tester', discriminator: '0', avatar: null };
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  /** Every server the bot is in; the first is the test server (guildId, channelId). */
  readonly guilds: FakeGuild[] = [{ id: this.guildId, channelId: this.channelId, name: 'Kuril Test Server' }];
  readonly shardCount: number;
  /** While false, new gateway connections are refused (a Discord outage), so the client keeps reconnecting. */
  acceptConnections = true;
  readonly dmChannelId = snowflake();
  readonly commandId = snowflake();

  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly failures: RouteFailure[] = [];
  /** Consulted before every REST request, after the `failRoute` failures (see RequestFault). */
  hook: RequestHook | undefined;
  /** Nonces posted with enforce_nonce, by `<channel>:<nonce>`: the message made and when. */
  private readonly nonces: Map<string, { id: string; at: number }>;
  /** DM channels opened with POST /users/@me/channels, by recipient. */
  readonly dmChannels = new Map<string, string>();
  /** More text channels in the test server (addChannel). */
  private readonly extraChannels = new Set<string>();
  /** The latest session of each shard ("id/count"). */
  private readonly sessions = new Map<string, Session>();
  private readonly maxConcurrency: number;
  private readonly identifyWindowMs: number;
  /** performance.now() of the last accepted IDENTIFY of each bucket. */
  private readonly lastIdentify = new Map<number, number>();
  private readonly heartbeatIntervalMs: number;
  private readonly deadlineMs: number;
  private waiters: Array<() => void> = [];
  private port = 0;

  private constructor(options: FakeDiscordOptions) {
    // Shaped like a real one: base64 of the bot's id, a timestamp part and an HMAC part.
    this.token = options.token ?? `${Buffer.from(this.botUser.id).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(28).toString('base64url')}`;
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 2_500;
    this.deadlineMs = options.interactionDeadlineMs ?? 3_000;
    this.appId = options.appId ?? snowflake();
    this.messages = options.shareWith?.messages ?? new Map<string, StoredMessage>();
    this.nonces = options.shareWith?.nonces ?? new Map<string, { id: string; at: number }>();
    this.shardCount = options.shards ?? 1;
    this.maxConcurrency = options.maxConcurrency ?? 1;
    this.identifyWindowMs = options.identifyWindowMs ?? 5_000;
    this.server = createServer((req, res) => void this.handle(req, res));
    // Longer than a slow upload on a busy machine, so a client never reuses a socket the fake is closing.
    this.server.keepAliveTimeout = 60_000;
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway') || !this.acceptConnections) return void socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws));
    });
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** What DISCORD_API_URL should be set to. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // -----------------------------------------------------------------------------------------------
  // Test controls

  /**
   * Makes the next `times` matching requests fail: with `status` (and `body`), after `delayMs`, or by
   * resetting the connection (`reset`). With `accept` the request is carried out first (the message
   * is posted) and only the answer fails: a 5xx, a reset or a late answer after a post that landed.
   */
  failRoute(failure: { method?: string; path: RegExp; times?: number; status?: number; body?: Json; headers?: Record<string, string>; accept?: boolean; delayMs?: number; reset?: boolean; after?: number }): RouteFailure {
    const entry: RouteFailure = { ...failure, times: failure.times ?? 1, early: 0 };
    this.failures.push(entry);
    return entry;
  }

  /** Makes the next `times` matching requests answer 429 with Retry-After (seconds) and rate-limit headers. */
  rateLimit({ method, path, times = 1, retryAfter = 0.5 }: { method?: string; path: RegExp; times?: number; retryAfter?: number }): RouteFailure {
    const entry: RouteFailure = {
      method,
      path,
      times,
      status: 429,
      waitMs: retryAfter * 1_000,
      early: 0,
      body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false, code: 0 },
      headers: {
        'Retry-After': String(retryAfter),
        'X-RateLimit-Limit': '5',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset-After': String(retryAfter),
        'X-RateLimit-Bucket': 'fake-bucket-' + randomBytes(3).toString('hex'),
        'X-RateLimit-Scope': 'user',
      },
    };
    this.failures.push(entry);
    return entry;
  }

  /** Another text channel the bot may post to (digest tests with several channels); `id` to add one another connection has. */
  addChannel(id: string = snowflake()): string {
    this.extraChannels.add(id);
    return id;
  }

  /** Deletes a channel added with addChannel: posts to it get 404 Unknown Channel (10003) from now on. */
  deleteChannel(id: string): void {
    this.extraChannels.delete(id);
  }

    /** Asks the connected clients to reconnect and resume (gateway opcode 7). */
  requestReconnect(): void {
    for (const session of this.sessions.values()) session.socket?.send(JSON.stringify({ op: 7, d: null }));
  }

  /** Closes the gateway connections (or one shard's) as a network failure would (a resumable close code). */
  dropConnection(code = 4000, shard?: number): void {
    for (const session of this.sessions.values()) if (shard === undefined || session.shard[0] === shard) session.socket?.close(code, 'fake: connection dropped');
  }

  /** Adds a server whose id puts it on `shard` of the recommended shard count, with one text channel. */
  addGuild(shard = 0, name = `Test Server ${this.guilds.length + 1}`): FakeGuild {
    if (shard < 0 || shard >= this.shardCount) throw new Error(`fake discord: shard ${shard} is not one of 0–${this.shardCount - 1}`);
    const now = Date.now() - Number(DISCORD_EPOCH);
    const at = now - (((now % this.shardCount) - shard + this.shardCount) % this.shardCount) + Number(DISCORD_EPOCH);
    const guild: FakeGuild = { id: snowflake(at), channelId: snowflake(), name };
    this.guilds.push(guild);
    for (const session of this.sessions.values()) if (shardOf(guild.id, session.shard[1]) === session.shard[0]) this.send(session, 'GUILD_CREATE', this.guildCreate(guild));
    return guild;
  }

  /** Resolves once a request matching the predicate has been answered. */
  async waitForRequest(predicate: (r: RecordedRequest) => boolean, timeoutMs = 5_000): Promise<RecordedRequest> {
    return this.waitFor(() => this.requests.find((r) => r.status !== 0 && predicate(r)), timeoutMs, 'request');
  }

  /** Polls `check` after every request and gateway frame until it returns something. */
  async waitFor<T>(check: () => T | undefined | false, timeoutMs = 5_000, what = 'condition'): Promise<T> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = check();
      if (found) return found;
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`fake discord: timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, Math.min(left, 100));
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.waiters.push(done);
      });
    }
  }

  /** The requests made for one interaction: its callback and every webhook call with its token. */
  requestsFor(interaction: FakeInteraction): RecordedRequest[] {
    return this.requests.filter((r) => r.path.includes(`/${interaction.token}`));
  }

  /** Every request that sends or edits a message (the bodies the limits apply to). */
  messageRequests(): RecordedRequest[] {
    return this.requests.filter(
      (r) =>
        (r.method === 'POST' && /\/callback$/.test(r.path) && [4, 7].includes((r.body as Json | undefined)?.type as number)) ||
        (r.method === 'PATCH' && /\/messages\//.test(r.path)) ||
        (r.method === 'POST' && (/^\/webhooks\/\d+\/[^/]+$/.test(r.path) || /^\/channels\/\d+\/messages$/.test(r.path))),
    );
  }

  // -----------------------------------------------------------------------------------------------
  // Gateway events

  /**
   * Sends a gateway event on the shard Discord would use: a guild's on `(guild_id >> 22) % count`,
   * anything else (direct messages) on shard 0, of every session. Kept for replay if the client
   * resumes (a new IDENTIFY starts afresh); lost if no session has that shard, as on Discord.
   */
  dispatch(t: string, d: unknown): void {
    const guildId = (d as Json | undefined)?.guild_id;
    for (const session of this.sessions.values()) {
      const shard = typeof guildId === 'string' ? shardOf(guildId, session.shard[1]) : 0;
      if (session.shard[0] === shard) this.send(session, t, d);
    }
  }

  private send(session: Session, t: string, d: unknown): void {
    const packet = { op: 0, t, s: ++session.seq, d };
    session.history.push(packet);
    this.gateway.dispatched.push({ t, shard: session.shard[0] });
    if (session.socket?.readyState === 1) session.socket.send(JSON.stringify(packet));
  }

  /** Sends a slash command: /kuril <subcommand> with the given options. */
  chatInput(subcommand: string, options: Readonly<Record<string, OptionValue>> = {}, extra: InteractionOptions = {}): FakeInteraction {
    const opts = Object.entries(options).map(([name, value]) => ({ name, type: optionType(value), value }));
    return this.interaction(2, { id: this.commandId, name: 'kuril', type: 1, options: [{ type: 1, name: subcommand, options: opts }] }, extra);
  }

  /** Sends an autocomplete request while the user types `typed` into option `focused`. */
  autocomplete(subcommand: string, focused: string, typed: string, others: Readonly<Record<string, OptionValue>> = {}, extra: InteractionOptions = {}): FakeInteraction {
    const opts = [
      ...Object.entries(others).map(([name, value]) => ({ name, type: optionType(value), value })),
      { name: focused, type: 3, value: typed, focused: true },
    ];
    return this.interaction(4, { id: this.commandId, name: 'kuril', type: 1, options: [{ type: 1, name: subcommand, options: opts }] }, extra);
  }

  /** Clicks a button on a message the bot sent. */
  clickButton(message: StoredMessage, customId: string, extra: InteractionOptions = {}): FakeInteraction {
    const interaction = this.interaction(3, { custom_id: customId, component_type: 2 }, extra, message.object);
    interaction.originalMessageId = message.id;
    return interaction;
  }

  /** Submits the modal the bot showed for `shown`, with the given text in each input (by custom id); the others as prefilled. */
  submitModal(shown: FakeInteraction, values: Readonly<Record<string, string>> = {}, extra: InteractionOptions = {}): FakeInteraction {
    const modal = shown.modal;
    if (!modal) throw new Error(`interaction ${shown.id} showed no modal`);
    const rows = (modal.components as { components: { custom_id: string; value?: string }[] }[]).map((row) => ({
      type: 1,
      components: row.components.map((input) => ({ type: 4, custom_id: input.custom_id, value: values[input.custom_id] ?? input.value ?? '' })),
    }));
    return this.interaction(5, { custom_id: modal.custom_id, components: rows }, extra);
  }

  /** A direct message from a user to the bot (channel_type 1, no guild_id). */
  directMessage(content: string, author: FakeUser = this.user): Json {
    const message = { ...this.userMessage(content, author, this.dmChannelId), channel_type: 1 };
    this.dispatch('MESSAGE_CREATE', message);
    return message;
  }

  /** A message in a server's channel (the test server's by default); mention the bot with `<@${fake.botUser.id}>`. */
  guildMessage(content: string, author: FakeUser = this.user, guild: FakeGuild = this.guilds[0]!): Json {
    const mentions = [...content.matchAll(/<@!?(\d+)>/g)].map((m) => (m[1] === this.botUser.id ? this.botUser : { ...this.user, id: m[1]! }));
    const message = {
      ...this.userMessage(content, author, guild.channelId),
      guild_id: guild.id,
      member: this.member(MEMBER_PERMISSIONS, author),
      mentions,
      mention_everyone: /@(everyone|here)/.test(content),
      mention_roles: [...content.matchAll(/<@&(\d+)>/g)].map((m) => m[1]),
    };
    this.dispatch('MESSAGE_CREATE', message);
    return message;
  }

  /** The messages an interaction produced (response, then follow-ups), not deleted, oldest first. */
  messagesOf(interaction: FakeInteraction): StoredMessage[] {
    return [...this.messages.values()].filter((m) => m.interactionId === interaction.id && !m.deleted);
  }

  /** Resolves once no request has arrived for `quietMs`: the bot has finished what it was doing. */
  async settle(quietMs = 300, timeoutMs = 10_000): Promise<void> {
    let count = -1;
    let since = performance.now();
    await this.waitFor(
      () => {
        if (this.requests.length !== count || this.requests.some((r) => r.status === 0)) {
          count = this.requests.length;
          since = performance.now();
          return false;
        }
        return performance.now() - since >= quietMs;
      },
      timeoutMs,
      'the bot to go quiet',
    );
  }

  /** Messages (not deleted) in a channel, oldest first. */
  channelMessages(channelId: string): StoredMessage[] {
    return [...this.messages.values()].filter((m) => m.channelId === channelId && !m.deleted);
  }

  private interaction(type: number, data: Json, extra: InteractionOptions, message?: Json): FakeInteraction {
    const user = extra.user ?? this.user;
    const guild = extra.guild ?? this.guilds[0]!;
    const id = snowflake();
    const token = Buffer.from(`interaction:${id}:${randomBytes(24).toString('hex')}`).toString('base64url');
    const where: Json = extra.dm
      ? {
          channel_id: this.dmChannelId,
          channel: { id: this.dmChannelId, type: 1, flags: 0, last_message_id: null, recipients: [user] },
          user,
          context: 1,
          authorizing_integration_owners: { '0': '0' },
        }
      : {
          guild_id: guild.id,
          guild_locale: 'en-US',
          guild: { id: guild.id, locale: 'en-US', features: [] },
          channel_id: extra.channelId ?? guild.channelId,
          channel: this.textChannel(guild, extra.channelId),
          member: this.member(extra.permissions ?? MEMBER_PERMISSIONS, user),
          context: 0,
          authorizing_integration_owners: { '0': guild.id },
        };
    const payload: Json = {
      id,
      application_id: this.appId,
      type,
      token,
      version: 1,
      locale: 'en-GB',
      app_permissions: MEMBER_PERMISSIONS,
      entitlements: [],
      attachment_size_limit: 10_485_760,
      ...where,
      data,
      ...(message ? { message } : {}),
    };
    const record: FakeInteraction = {
      id,
      token,
      type,
      dispatchedAt: performance.now(),
      channelId: where.channel_id as string,
      ...(extra.dm ? {} : { guildId: guild.id }),
    };
    this.interactions.set(id, record);
    this.dispatch('INTERACTION_CREATE', payload);
    return record;
  }

  private userMessage(content: string, author: FakeUser, channelId: string): Json {
    return messageObject(snowflake(), channelId, author, content);
  }

  private member(permissions: string, user: FakeUser): Json {
    return { user, roles: [], permissions, joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0, pending: false, nick: null, avatar: null, premium_since: null, communication_disabled_until: null };
  }

  private textChannel(guild: FakeGuild, id: string = guild.channelId): Json {
    return { id, type: 0, guild_id: guild.id, name: 'general', position: 0, permission_overwrites: [], flags: 0, nsfw: false, parent_id: null, topic: null, last_message_id: null, rate_limit_per_user: 0 };
  }

  private guildCreate(guild: FakeGuild): Json {
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      owner_id: snowflake(),
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [{ id: guild.id, name: '@everyone', permissions: MEMBER_PERMISSIONS, position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0, icon: null, unicode_emoji: null }],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      joined_at: '2024-01-01T00:00:00.000Z',
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [this.member(MEMBER_PERMISSIONS, this.botUser)],
      channels: [this.textChannel(guild)],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // -----------------------------------------------------------------------------------------------
  // Gateway

  private onConnection(ws: WebSocket): void {
    this.gateway.connections++;
    ws.on('message', (data) => this.onFrame(ws, data));
    ws.on('close', (code) => {
      this.gateway.closes.push(code);
      for (const session of this.sessions.values()) if (session.socket === ws) session.socket = undefined;
      this.notify();
    });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } }));
  }

  private onFrame(ws: WebSocket, data: RawData): void {
    let packet: { op?: number; d?: Json };
    try {
      packet = JSON.parse(rawToString(data)) as typeof packet;
    } catch {
      ws.close(4002, 'Error while decoding payload.');
      return;
    }
    const d = packet.d ?? {};
    switch (packet.op) {
      case 1:
        this.gateway.heartbeats++;
        ws.send(JSON.stringify({ op: 11 }));
        break;
      case 2: {
        this.gateway.identifies.push(d);
        if (d.token !== this.token && d.token !== `Bot ${this.token}`) {
          ws.close(4004, 'Authentication failed.');
          break;
        }
        const shard = this.checkShard(d.shard);
        if (typeof shard === 'number') {
          ws.close(shard, shard === 4011 ? 'Sharding required.' : 'Invalid shard.');
          break;
        }
        if (!this.identifyAllowed(shard)) {
          // What Discord does when a bucket identifies too often: Invalid Session, not resumable; the client identifies again later.
          ws.send(JSON.stringify({ op: 9, d: false }));
          break;
        }
        const session: Session = { id: randomBytes(16).toString('hex'), shard, seq: 0, history: [], socket: ws };
        this.sessions.set(shard.join('/'), session);
        const guilds = this.guilds.filter((guild) => shardOf(guild.id, shard[1]) === shard[0]);
        this.send(session, 'READY', {
          v: 10,
          user: this.botUser,
          guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
          session_id: session.id,
          resume_gateway_url: this.gatewayUrl,
          shard,
          application: { id: this.appId, flags: 0 },
          private_channels: [],
          relationships: [],
          user_settings: {},
          presences: [],
          guild_join_requests: [],
          geo_ordered_rtc_regions: [],
        });
        for (const guild of guilds) this.send(session, 'GUILD_CREATE', this.guildCreate(guild));
        break;
      }
      case 6: {
        this.gateway.resumes.push(d);
        const session = [...this.sessions.values()].find((s) => s.id === d.session_id);
        if (!session || d.session_id !== session.id || (d.token !== this.token && d.token !== `Bot ${this.token}`)) {
          ws.send(JSON.stringify({ op: 9, d: false }));
          break;
        }
        session.socket = ws;
        for (const packet of session.history.filter((p) => (p.s as number) > Number(d.seq ?? 0))) ws.send(JSON.stringify(packet));
        ws.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++session.seq, d: { _trace: ['fake-discord'] } }));
        break;
      }
      default:
        break;
    }
    this.notify();
  }

  /** Whether this IDENTIFY keeps to its bucket's window; a refused one is recorded and does not count. */
  private identifyAllowed(shard: readonly [number, number]): boolean {
    const bucket = shard[0] % this.maxConcurrency;
    const now = performance.now();
    const last = this.lastIdentify.get(bucket);
    if (this.identifyWindowMs > 0 && last !== undefined && now - last < this.identifyWindowMs) {
      this.gateway.refusedIdentifies.push({ shard, bucket, afterMs: now - last });
      return false;
    }
    this.lastIdentify.set(bucket, now);
    return true;
  }

  /** An IDENTIFY's `shard`, or the close code Discord answers a bad one with (4010 invalid, 4011 too few shards). */
  private checkShard(shard: unknown): readonly [number, number] | 4010 | 4011 {
    if (shard === undefined) return this.shardCount === 1 ? [0, 1] : 4011;
    if (!Array.isArray(shard) || shard.length !== 2 || !shard.every((n) => Number.isInteger(n))) return 4010;
    const [id, count] = shard as [number, number];
    if (count < 1 || id < 0 || id >= count) return 4010;
    return count < this.shardCount ? 4011 : [id, count];
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  // -----------------------------------------------------------------------------------------------
  // REST

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rawBody = await readBody(req);
    const parsed = await parseRequestBody(rawBody, req.headers['content-type']);
    const path = decodeURIComponent(url.pathname).replace(/^\/api(\/v\d+)?/, '');
    const record: RecordedRequest = {
      seq: this.requests.length + 1,
      method: req.method ?? 'GET',
      path,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: parsed.body,
      files: parsed.files,
      at,
      status: 0,
    };
    this.requests.push(record);
    const answer = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      record.response = body;
      res.writeHead(status, { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
      this.notify();
    };
    try {
      let failure = this.failures.find((f) => f.times > 0 && f.path.test(path) && (!f.method || f.method === record.method));
      if (failure?.after) {
        failure.after--;
        failure = undefined;
      }
      if (failure) {
        if (failure.status === 429 && failure.lastAt !== undefined && record.at - failure.lastAt < (failure.waitMs ?? 0) - 5) failure.early++;
        failure.times--;
        failure.lastAt = record.at;
        let real: [number, unknown, Record<string, string> | undefined] | undefined;
        if (failure.accept) this.route(record, (status, body, headers) => void (real = [status, body, headers]));
        if (failure.delayMs) await new Promise((resolve) => setTimeout(resolve, failure.delayMs));
        if (failure.reset) {
          record.status = -1;
          req.socket.destroy();
          this.notify();
          return;
        }
        if (failure.status === undefined && real) return answer(...real);
        answer(failure.status ?? 500, failure.body ?? { message: 'fake failure', code: 0 }, failure.headers);
        return;
      }
      if (parsed.problems.length) return answer(400, invalidFormBody(parsed.problems));
      const message = /\/callback$/.test(path) ? (record.body as Json | undefined)?.data : record.body;
      const upload = checkUploads(message, record.files);
      if (upload?.status === 413) return answer(413, { message: 'Request entity too large', code: 40005 });
      if (upload) return answer(400, invalidFormBody(upload.problems));
      const fault = await this.hook?.(record);
      if (fault) return this.injectFault(record, fault, res, answer);
      this.route(record, answer);
    } catch (error) {
      answer(500, { message: `fake discord: ${(error as Error).message}`, code: 0 });
    }
  }

  /** Applies a test's RequestFault: the work first if accepted, then the answer it asks for. */
  private injectFault(record: RecordedRequest, fault: RequestFault, res: ServerResponse, answer: (status: number, body?: unknown, headers?: Record<string, string>) => void): void {
    let normal: (() => void) | undefined;
    if (fault.accept) {
      // Run the real route with the answer captured, so the platform keeps what it was sent.
      this.route(record, (status, body, headers) => (normal = () => answer(status, body, headers)));
    }
    const { answer: how } = fault;
    if (how === 'reset') {
      record.status = -1;
      res.socket?.destroy();
      this.notify();
    } else if ('delayMs' in how) {
      const timer = setTimeout(() => (normal ?? (() => answer(500, { message: 'fake discord: nothing to answer', code: 0 })))(), how.delayMs);
      res.on('close', () => clearTimeout(timer));
    } else {
      answer(how.status, how.body ?? { message: `fake failure ${how.status}`, code: 0 });
    }
  }

  private route(r: RecordedRequest, answer: (status: number, body?: unknown, headers?: Record<string, string>) => void): void {
    const { method, path } = r;
    let m: RegExpExecArray | null;

    // Interaction callbacks and webhooks: authorised by the interaction token in the path, not the bot token.
    if ((m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path)) && method === 'POST') return this.callback(r, m[1]!, m[2]!, answer);
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(path))) return this.webhook(r, m[1]!, m[2]!, m[3], answer);

    if (r.headers.authorization !== `Bot ${this.token}`) return answer(401, { message: '401: Unauthorized', code: 0 });

    if (path === '/gateway/bot' && method === 'GET') {
      return answer(200, { url: this.gatewayUrl, shards: this.shardCount, session_start_limit: { total: 1_000, remaining: 999, reset_after: 14_400_000, max_concurrency: this.maxConcurrency } });
    }
    if (path === '/gateway' && method === 'GET') return answer(200, { url: this.gatewayUrl });
    if (path === '/users/@me' && method === 'GET') return answer(200, this.botUser);
    if (path === '/applications/@me' && method === 'GET') {
      return answer(200, { id: this.appId, name: 'Kuril Brief', description: '', bot_public: true, bot_require_code_grant: false, flags: 0, bot: this.botUser, verify_key: 'fake', icon: null });
    }
    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      if (m[1] !== this.appId) return answer(404, { message: 'Unknown Application', code: 10002 });
      const guildId = m[2];
      if (guildId && !this.guilds.some((guild) => guild.id === guildId)) return answer(404, { message: 'Unknown Guild', code: 10004 });
      const scope = m[2] ?? 'global';
      if (method === 'GET') return answer(200, this.commands.get(scope) ?? []);
      if (method === 'PUT') {
        if (!Array.isArray(r.body)) return answer(400, invalidFormBody([{ path: '', code: 'BASE_TYPE_LIST', message: 'Must be a list.' }]));
        const problems = (r.body as unknown[]).flatMap((c, i) => checkCommand(c, String(i)));
        if (problems.length) return answer(400, invalidFormBody(problems));
        const saved = (r.body as Json[]).map((c) => ({ ...c, id: snowflake(), application_id: this.appId, version: snowflake(), ...(m![2] ? { guild_id: m![2] } : {}) }));
        this.commands.set(scope, saved);
        return answer(200, saved);
      }
    }
    if ((m = /^\/channels\/(\d+)\/typing$/.exec(path)) && method === 'POST') return answer(204);
    if ((m = /^\/channels\/(\d+)\/messages$/.exec(path)) && method === 'POST') {
      if (!this.knownChannel(m[1]!)) return answer(404, { message: 'Unknown Channel', code: 10003 });
      const problems = checkMessage(r.body, { requireContent: true });
      if (problems.length) return answer(400, invalidFormBody(problems));
      // enforce_nonce: the same nonce in the same channel within a few minutes returns the message already made.
      const body = r.body as Json;
      const nonceKey = body.enforce_nonce === true && (typeof body.nonce === 'string' || typeof body.nonce === 'number') ? `${m[1]}:${body.nonce}` : undefined;
      const earlier = nonceKey ? this.nonces.get(nonceKey) : undefined;
      if (earlier && performance.now() - earlier.at < NONCE_WINDOW_MS) return answer(200, this.messages.get(earlier.id)!.object);
      const stored = this.store(m[1]!, body, undefined, r.files);
      if (nonceKey) this.nonces.set(nonceKey, { id: stored.id, at: performance.now() });
      return answer(200, stored.object);
    }
    if (path === '/users/@me/channels' && method === 'POST') {
      const given = (r.body as Json | undefined)?.recipient_id;
      const recipient = typeof given === 'string' ? given : '';
      if (!/^\d+$/.test(recipient)) return answer(400, invalidFormBody([{ path: 'recipient_id', code: 'NUMBER_TYPE_COERCE', message: 'Value is not snowflake.' }]));
      let id = this.dmChannels.get(recipient);
      if (!id) this.dmChannels.set(recipient, (id = snowflake()));
      return answer(200, { id, type: 1, last_message_id: null, flags: 0, recipients: [{ ...this.user, id: recipient }] });
    }
    if ((m = /^\/channels\/(\d+)\/messages\/(\d+)$/.exec(path))) {
      const stored = this.messages.get(m[2]!);
      if (!stored || stored.deleted || stored.channelId !== m[1]) return answer(404, { message: 'Unknown Message', code: 10008 });
      if (method === 'GET') return answer(200, stored.object);
      if (method === 'DELETE') {
        stored.deleted = true;
        return answer(204);
      }
      if (method === 'PATCH') {
        const problems = checkMessage(r.body, { requireContent: false });
        if (problems.length) return answer(400, invalidFormBody(problems));
        return answer(200, this.edit(stored, r.body as Json, r.files).object);
      }
    }
    answer(404, { message: '404: Not Found', code: 0 });
  }

  private guildOf(channelId: string): Json {
    const guild = this.guilds.find((g) => g.channelId === channelId);
    return guild ? { guild_id: guild.id } : {};
  }

  private knownChannel(id: string): boolean {
    return id === this.dmChannelId || this.guilds.some((guild) => guild.channelId === id) || this.extraChannels.has(id) || [...this.dmChannels.values()].includes(id);
  }

  private callback(r: RecordedRequest, id: string, token: string, answer: (status: number, body?: unknown) => void): void {
    const interaction = this.interactions.get(id);
    if (!interaction || interaction.token !== token || r.at - interaction.dispatchedAt > this.deadlineMs) {
      return answer(404, { message: 'Unknown interaction', code: 10062 });
    }
    if (interaction.acknowledgedAt !== undefined) return answer(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    const body = r.body as Json | undefined;
    const type = body?.type;
    const data = (body?.data ?? {}) as Json;
    const allowed: Record<number, number[]> = { 2: [4, 5, 9], 3: [4, 5, 6, 7, 9], 4: [8], 5: [4, 5] };
    if (typeof type !== 'number' || !allowed[interaction.type]?.includes(type)) {
      return answer(400, { message: 'Interaction callback type is not valid for this interaction', code: 50035 });
    }
    let problems: Problem[] = [];
    if (type === 4 || type === 7) problems = checkMessage(data, { requireContent: type === 4 });
    if (type === 8) problems = checkChoices(data);
    if (type === 9) problems = checkModal(data);
    if (problems.length) return answer(400, invalidFormBody(problems.map((p) => ({ ...p, path: `data.${p.path}` }))));

    interaction.acknowledgedAt = r.at;
    interaction.callbackType = type;
    if (type === 4) interaction.originalMessageId = this.store(interaction.channelId, data, interaction, r.files).id;
    if (type === 5) interaction.originalMessageId = this.store(interaction.channelId, { content: '', flags: (Number(data.flags ?? 0) | 128) }, interaction).id;
    if (type === 7) this.edit(this.messages.get(interaction.originalMessageId!)!, data, r.files);
    if (type === 8) interaction.choices = data.choices as unknown[];
    if (type === 9) interaction.modal = data;
    if (r.query.with_response === 'true') {
      const message = interaction.originalMessageId ? this.messages.get(interaction.originalMessageId)?.object : undefined;
      return answer(200, { interaction: { id, type: interaction.type }, resource: { type, ...(message ? { message } : {}) } });
    }
    answer(204);
  }

  private webhook(r: RecordedRequest, appId: string, token: string, messageId: string | undefined, answer: (status: number, body?: unknown) => void): void {
    const interaction = [...this.interactions.values()].find((i) => i.token === token);
    // Before the first response the webhook does not exist; 15 minutes after it, it is gone.
    if (appId !== this.appId || !interaction || interaction.acknowledgedAt === undefined || r.at - interaction.dispatchedAt > 15 * 60_000) {
      return answer(404, { message: 'Unknown Webhook', code: 10015 });
    }
    if (!messageId) {
      if (r.method !== 'POST') return answer(405, { message: '405: Method Not Allowed', code: 0 });
      const problems = checkMessage(r.body, { requireContent: true });
      if (problems.length) return answer(400, invalidFormBody(problems));
      const stored = this.store(interaction.channelId, r.body as Json, interaction, r.files);
      return r.query.wait === 'true' ? answer(200, stored.object) : answer(204);
    }
    const id = messageId === '@original' ? interaction.originalMessageId : messageId;
    const stored = id ? this.messages.get(id) : undefined;
    if (!stored || stored.deleted) return answer(404, { message: 'Unknown Message', code: 10008 });
    if (r.method === 'GET') return answer(200, stored.object);
    if (r.method === 'DELETE') {
      stored.deleted = true;
      return answer(204);
    }
    if (r.method === 'PATCH') {
      const problems = checkMessage(r.body, { requireContent: false });
      if (problems.length) return answer(400, invalidFormBody(problems));
      return answer(200, this.edit(stored, r.body as Json, r.files).object);
    }
    answer(405, { message: '405: Method Not Allowed', code: 0 });
  }

  private store(channelId: string, body: Json, interaction?: FakeInteraction, files: readonly UploadedFile[] = []): StoredMessage {
    const id = snowflake();
    const object: Json = {
      ...messageObject(id, channelId, this.botUser, body.content ?? ''),
      ...this.guildOf(channelId),
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      type: interaction ? 20 : body.message_reference ? 19 : 0,
      flags: Number(body.flags ?? 0),
      ...(interaction ? { webhook_id: this.appId, application_id: this.appId } : {}),
      ...(body.message_reference ? { message_reference: body.message_reference } : {}),
      allowed_mentions: body.allowed_mentions,
      attachments: attachmentObjects(files, this.apiUrl, () => snowflake()),
    };
    const stored: StoredMessage = { id, channelId, interactionId: interaction?.id, at: performance.now(), object, deleted: false, edits: [], files };
    this.messages.set(id, stored);
    return stored;
  }

  private edit(stored: StoredMessage, body: Json, files: readonly UploadedFile[] = []): StoredMessage {
    stored.edits.push(body);
    const next: Json = { ...stored.object, edited_timestamp: new Date().toISOString() };
    for (const key of ['content', 'embeds', 'components', 'allowed_mentions'] as const) if (key in body) next[key] = body[key];
    // An edit that lists attachments replaces the message's files (those it keeps by id are not modelled).
    if (Array.isArray(body.attachments)) {
      stored.files = files;
      next.attachments = attachmentObjects(files, this.apiUrl, () => snowflake());
    }
    // A deferred response stops "thinking" (flag 128) once edited.
    next.flags = Number(next.flags ?? 0) & ~128;
    stored.object = next;
    return stored;
  }
}

function optionType(value: OptionValue): number {
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'number') return Number.isInteger(value) ? 4 : 10;
  return 3;
}

function rawToString(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A message object as Discord returns it, with the fields discord.js reads. */
function messageObject(id: string, channelId: string, author: FakeUser, content: unknown): Json {
  return {
    id,
    channel_id: channelId,
    author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}
