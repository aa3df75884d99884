import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { checkMessage } from './block-kit.js';
import { messageTs, slackId } from './ids.js';
import { checkView } from './views.js';

/**
 * A fake Slack on 127.0.0.1 (a port the OS picks) for end-to-end tests of the real Bolt app:
 * - the Web API methods the bot calls, with Slack's checks: `Authorization: Bearer` (`not_authed`,
 *   `invalid_auth`, `not_allowed_token_type`), Block Kit limits (`invalid_blocks`), realistic ids;
 * - `response_url` sinks (five uses each, blocks checked too);
 * - the files upload sequence: files.getUploadURLExternal (a name and the length), the bytes POSTed to
 *   the URL it gives (exactly that many, once), files.completeUploadExternal (every file uploaded and
 *   not yet shared, a channel the bot may post in); shared files are kept with their bytes;
 * - views.open: a trigger_id it issued, used once within 3 s, and a view within Slack's limits;
 * - Socket Mode: apps.connections.open returns a ws:// URL here; the socket says hello, carries
 *   envelopes and collects the app's acks.
 * - message metadata kept with each message, and conversations.history (newest first, `oldest`,
 *   `limit`, metadata only with `include_all_metadata`);
 * Every request is recorded; a test can make a method answer 429 with Retry-After a number of times,
 * or fail (`fault`): a status (5xx, 401…), a late answer, a reset connection, before or after posting.
 */

export interface FakeUser {
  readonly id: string;
  readonly name: string;
  readonly realName: string;
  readonly isAdmin?: boolean;
  readonly isOwner?: boolean;
  readonly isBot?: boolean;
  /** The user's own workspace, when it is not the fake's (someone from another organisation in a shared channel). */
  readonly teamId?: string;
}

export interface FakeChannel {
  readonly id: string;
  readonly name: string;
  readonly isIm?: boolean;
  /** The workspace the channel is in, when it is not the fake's own (only that workspace's bot token may post there). */
  readonly teamId?: string;
  readonly isPrivate?: boolean;
  /** For a DM: the other user. */
  readonly user?: string;
}

export interface RecordedRequest {
  /** "api" for Web API methods, "response_url", "upload" or "socket" (an ack). */
  readonly kind: 'api' | 'response_url' | 'upload' | 'socket';
  /** Web API method, response_url id, file id, or envelope id. */
  readonly name: string;
  readonly at: number;
  readonly headers: IncomingMessage['headers'];
  /** Parsed body: form fields (JSON strings such as blocks decoded), JSON, or { bytes } for uploads. */
  readonly body: Record<string, unknown>;
  /** The raw body text (not for uploads). */
  readonly raw: string;
  readonly status: number;
  /** Slack's error code when the request was refused. */
  readonly error?: string;
  readonly problems?: readonly string[];
}

/** A message the fake accepted, in the order they arrived (chat.*, response_url). */
export interface PostedMessage {
  readonly via: 'chat.postMessage' | 'chat.postEphemeral' | 'chat.update' | 'response_url';
  readonly channel?: string;
  readonly user?: string;
  readonly threadTs?: string;
  readonly responseType?: string;
  readonly responseUrlId?: string;
  readonly text?: string;
  readonly blocks: readonly Record<string, unknown>[];
  readonly body: Record<string, unknown>;
  readonly ts: string;
  /** Message metadata posted with it (`{ event_type, event_payload }`). */
  readonly metadata?: Record<string, unknown>;
}

export interface Envelope {
  readonly envelope_id: string;
  readonly type: string;
  readonly payload: unknown;
  readonly accepts_response_payload: boolean;
  readonly retry_attempt: number;
  readonly retry_reason: string;
}

export interface Ack {
  readonly envelope_id: string;
  readonly payload?: unknown;
  /** Milliseconds from sending the envelope to receiving the ack. */
  readonly ms: number;
}

/** A file in the upload sequence: announced, then uploaded (`data`), then shared in a channel. */
export interface Upload {
  readonly id: string;
  readonly filename: string;
  readonly length: number;
  readonly altText?: string;
  data?: Buffer;
  completed: boolean;
  channel?: string;
  threadTs?: string;
  title?: string;
}

/** Another workspace that can install the app (OAuth): its team, its bot, and the token the code exchange hands out. */
export interface FakeWorkspace {
  readonly teamId: string;
  readonly teamName: string;
  readonly botId: string;
  readonly botUserId: string;
  readonly botToken: string;
}

/**
 * An Enterprise Grid organisation that installs the app org-wide: one bot token for every workspace
 * in `teams`. The code exchange answers `team: null`, the enterprise and `is_enterprise_install: true`;
 * auth.test reports the enterprise id as the team, as Slack does for an org-level token.
 */
export interface FakeOrg {
  readonly enterpriseId: string;
  readonly enterpriseName: string;
  readonly teams: readonly string[];
  readonly botId: string;
  readonly botUserId: string;
  readonly botToken: string;
}

/** Whom a token belongs to: a workspace (its team) or an org-wide install (every team of the org). */
interface TokenOwner {
  readonly teamId: string;
  readonly botId: string;
  readonly botUserId: string;
  readonly enterpriseId?: string;
  readonly teams?: readonly string[];
}

export interface FakeSlackOptions {
  readonly botToken?: string;
  readonly appToken?: string;
}

export interface Fault {
  readonly method: string;
  times: number;
  readonly channel?: string;
  readonly status?: number;
  readonly error?: string;
  readonly accept?: boolean;
  readonly delayMs?: number;
  readonly reset?: boolean;
}

interface ResponseSink {
  uses: number;
  readonly created: number;
}

/** An opened modal: the view as the app sent it, with the trigger it was opened by. */
export interface OpenedView {
  readonly id: string;
  readonly triggerId: string;
  readonly view: Record<string, unknown>;
}

const TRIGGER_LIFETIME_MS = 3_000;
const RESPONSE_URL_USES = 5;
const RESPONSE_URL_LIFETIME_MS = 30 * 60 * 1000;

export class FakeSlack {
  readonly teamId = slackId('T');
  readonly teamDomain = 'kuril-test';
  readonly appId = slackId('A');
  readonly botId = slackId('B');
  readonly botUserId = slackId('U');
  readonly botToken: string;
  readonly appToken: string;

  readonly users = new Map<string, FakeUser>();
  readonly channels = new Map<string, FakeChannel>();
  readonly requests: RecordedRequest[] = [];
  readonly messages: PostedMessage[] = [];
  readonly uploads = new Map<string, Upload>();
  readonly views: OpenedView[] = [];

  private server!: Server;
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();
  private readonly tickets = new Set<string>();
  private readonly sinks = new Map<string, ResponseSink>();
  /** OAuth: the app's client credentials, the workspaces besides the fake's own, codes not yet exchanged. */
  readonly clientId = `${Date.now()}.${Math.floor(Math.random() * 1e12)}`;
  readonly clientSecret = randomUUID().replace(/-/g, '');
  readonly workspaces = new Map<string, FakeWorkspace>();
  readonly orgs = new Map<string, FakeOrg>();
  /**
   * Token rotation (the app's `token_rotation_enabled`): when set, the code exchange hands out a
   * rotating bot token (`xoxe.xoxb-…`) that expires in this many seconds, with a refresh token
   * (`xoxe-1-…`), and oauth.v2.access with `grant_type=refresh_token` trades a refresh token (once)
   * for a new pair. Earlier tokens keep working until they expire, as on Slack.
   */
  rotateTokensEvery: number | undefined;
  /** Refresh tokens not yet used, by token; and every bot token handed out, newest last, per workspace. */
  private readonly refreshTokens = new Map<string, FakeWorkspace | FakeOrg>();
  readonly issuedTokens = new Map<string, string[]>();
  /** Bot tokens revoked (fake.revokeToken): every call with one answers `token_revoked`. */
  private readonly revoked = new Set<string>();
  /** `<enterprise id>:<team id>`: workspaces an org-wide install was removed from (fake.revokeTeamAccess). */
  private readonly teamsRevoked = new Set<string>();
  private readonly codes = new Map<string, { workspace: FakeWorkspace | FakeOrg; scopes: string }>();

  /** A new workspace (team, bot user, bot token); it can install the app with a code from authorizeCode. */
  addWorkspace(teamName = 'Second Workspace'): FakeWorkspace {
    const workspace = { teamId: slackId('T'), teamName, botId: slackId('B'), botUserId: slackId('U'), botToken: `xoxb-${Date.now()}-${randomUUID().slice(0, 8)}` };
    this.workspaces.set(workspace.botToken, workspace);
    return workspace;
  }

  /** An Enterprise Grid organisation with `teams` workspaces; it can install the app org-wide with a code from authorizeCode. */
  addOrg(teams = 2, enterpriseName = 'Grid Org'): FakeOrg {
    const org: FakeOrg = {
      enterpriseId: slackId('E'),
      enterpriseName,
      teams: Array.from({ length: teams }, () => slackId('T')),
      botId: slackId('B'),
      botUserId: slackId('U'),
      botToken: `xoxb-${Date.now()}-org-${randomUUID().slice(0, 8)}`,
    };
    this.orgs.set(org.botToken, org);
    return org;
  }

  /** A bot token the workspace revoked: from now on Slack answers `token_revoked` to it. */
  revokeToken(token: string): void {
    this.revoked.add(token);
  }

  /** What Slack's authorize page does once a person approves the install: a one-time code for the redirect. */
  authorizeCode(workspace: FakeWorkspace | FakeOrg, scopes: string): string {
    const code = `code-${randomUUID()}`;
    this.codes.set(code, { workspace, scopes });
    return code;
  }

  /** oauth.v2.access: client id and secret checked (form fields or Basic), the code used once. */
  private exchangeCode(req: IncomingMessage, body: Record<string, unknown>): Record<string, unknown> {
    const basic = req.headers.authorization?.startsWith('Basic ') ? Buffer.from(req.headers.authorization.slice(6), 'base64').toString('utf8').split(':') : [];
    const [id, secret] = [body.client_id ?? basic[0], body.client_secret ?? basic[1]];
    if (id !== this.clientId) return { ok: false, error: 'invalid_client_id' };
    if (secret !== this.clientSecret) return { ok: false, error: 'bad_client_secret' };
    if (body.grant_type === 'refresh_token') return this.refresh(body.refresh_token);
    const grant = typeof body.code === 'string' ? this.codes.get(body.code) : undefined;
    if (!grant) return { ok: false, error: 'invalid_code' };
    this.codes.delete(body.code as string);
    const { workspace, scopes } = grant;
    const org = 'enterpriseId' in workspace ? workspace : undefined;
    return {
      ok: true,
      app_id: this.appId,
      authed_user: { id: slackId('U') },
      scope: scopes,
      token_type: 'bot',
      ...this.tokensFor(workspace),
      bot_user_id: workspace.botUserId,
      team: org ? null : { id: (workspace as FakeWorkspace).teamId, name: (workspace as FakeWorkspace).teamName },
      enterprise: org ? { id: org.enterpriseId, name: org.enterpriseName } : null,
      is_enterprise_install: org !== undefined,
    };
  }

  /** The workspace's bot token: its fixed one, or with rotation on a fresh rotating one and its refresh token. */
  private tokensFor(workspace: FakeWorkspace | FakeOrg): Record<string, unknown> {
    if (this.rotateTokensEvery === undefined) return { access_token: workspace.botToken };
    const token = `xoxe.xoxb-1-${randomUUID().replace(/-/g, '')}`;
    const refresh = `xoxe-1-${randomUUID().replace(/-/g, '')}`;
    this.refreshTokens.set(refresh, workspace);
    this.rotated.set(token, workspace);
    const issued = this.issuedTokens.get(workspace.botToken) ?? [];
    issued.push(token);
    this.issuedTokens.set(workspace.botToken, issued);
    return { access_token: token, refresh_token: refresh, expires_in: this.rotateTokensEvery };
  }

  /** oauth.v2.access with grant_type=refresh_token: a refresh token is good once. */
  private refresh(refreshToken: unknown): Record<string, unknown> {
    const workspace = typeof refreshToken === 'string' ? this.refreshTokens.get(refreshToken) : undefined;
    if (!workspace) return { ok: false, error: 'invalid_refresh_token' };
    this.refreshTokens.delete(refreshToken as string);
    const org = 'enterpriseId' in workspace ? workspace : undefined;
    return {
      ok: true,
      app_id: this.appId,
      token_type: 'bot',
      scope: 'commands,chat:write',
      ...this.tokensFor(workspace),
      bot_user_id: workspace.botUserId,
      team: org ? null : { id: (workspace as FakeWorkspace).teamId, name: (workspace as FakeWorkspace).teamName },
      enterprise: org ? { id: org.enterpriseId, name: org.enterpriseName } : null,
      is_enterprise_install: org !== undefined,
    };
  }

  /** Rotating tokens handed out, to the workspace (or org) they stand for. */
  private readonly rotated = new Map<string, FakeWorkspace | FakeOrg>();

  /** Whom a bot token belongs to (the fake's own workspace for its botToken). */
  private workspaceOf(token: string): TokenOwner | undefined {
    if (token === this.botToken) return { teamId: this.teamId, botId: this.botId, botUserId: this.botUserId };
    const rotated = this.rotated.get(token);
    if (rotated) return this.workspaceOf(rotated.botToken);
    const org = this.orgs.get(token);
    if (org) return { teamId: org.enterpriseId, botId: org.botId, botUserId: org.botUserId, enterpriseId: org.enterpriseId, teams: org.teams };
    return this.workspaces.get(token);
  }
  /** Trigger ids handed out with interactions, by when they were issued; used ones are removed. */
  private readonly triggers = new Map<string, number>();
  private readonly limits = new Map<string, { times: number; retryAfter: number; channel?: string; after: number }>();
  private readonly refusals = new Map<string, string>();
  private readonly faults: Fault[] = [];
  private readonly pendingAcks = new Map<string, { sent: number; resolve: (ack: Ack) => void }>();
  private readonly listeners = new Set<() => void>();
  private helloSent = 0;
  private pinger: NodeJS.Timeout | undefined;

  private constructor(options: FakeSlackOptions) {
    this.botToken = options.botToken ?? `xoxb-${Date.now()}-fake-${randomUUID().slice(0, 8)}`;
    this.appToken = options.appToken ?? `xapp-1-${this.appId}-fake-${randomUUID().slice(0, 8)}`;
    this.users.set(this.botUserId, { id: this.botUserId, name: 'kuril-brief', realName: 'Kuril Brief', isBot: true });
  }

  static async start(options: FakeSlackOptions = {}): Promise<FakeSlack> {
    const fake = new FakeSlack(options);
    await fake.listen();
    return fake;
  }

  /** http://127.0.0.1:PORT */
  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** The Web API base for `clientOptions.slackApiUrl` / SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  addUser(user: Partial<FakeUser> & { name: string }): FakeUser {
    const full: FakeUser = { id: slackId('U'), realName: user.name, ...user };
    this.users.set(full.id, full);
    return full;
  }

  addChannel(channel: Partial<FakeChannel> & { name: string }): FakeChannel {
    const full: FakeChannel = { id: slackId(channel.isIm ? 'D' : 'C'), ...channel };
    this.channels.set(full.id, full);
    return full;
  }

  /** A fresh response_url for a slash command payload. */
  responseUrl(): string {
    const id = `${this.teamId}/${slackId('B', 12)}/${randomUUID().replace(/-/g, '')}`;
    this.sinks.set(id, { uses: 0, created: Date.now() });
    return `${this.url}/commands/${id}`;
  }

  /** A fresh trigger_id for an interaction payload: views.open accepts it once, within 3 s of `issuedAt`. */
  triggerId(issuedAt = Date.now()): string {
    const id = `${issuedAt}.${slackId('T', 6)}.${randomUUID().replace(/-/g, '')}`;
    this.triggers.set(id, issuedAt);
    return id;
  }

  /**
   * The next `times` calls of a Web API method answer 429 with `Retry-After: retryAfter` seconds;
   * with `channel`, only calls for that channel (so replies still in flight elsewhere are not hit);
   * with `after`, that many matching calls go through first (to hit the second message of a reply).
   */
  rateLimit(method: string, times: number, retryAfter = 1, channel?: string, after = 0): void {
    this.limits.set(method, { times, retryAfter, after, ...(channel ? { channel } : {}) });
  }

  /**
   * The next `times` calls of a Web API method (for `channel`, if given) fail: with HTTP `status`, or
   * `error` (an `ok: false` answer), after `delayMs`, or by resetting the connection (`reset`). With
   * `accept` the call is carried out first (the message is posted) and only the answer fails.
   */
  fault(method: string, fault: Omit<Fault, 'method'>): void {
    this.faults.push({ ...fault, method });
  }

  /**
   * chat.postMessage, chat.postEphemeral and chat.update for this channel answer `{ ok: false, error }`
   * from now on, as Slack does for a deleted channel (`channel_not_found`), a private one the bot was
   * removed from (`not_in_channel`) or an archived one (`is_archived`). `undefined` lifts it.
   */
  /**
   * An org-wide install removed from one of the org's workspaces (Slack then sends team_access_revoked):
   * the org's token keeps the other workspaces, and chat.* in that workspace's channels answers
   * `team_access_not_granted`.
   */
  revokeTeamAccess(org: FakeOrg, teamId: string): void {
    this.teamsRevoked.add(`${org.enterpriseId}:${teamId}`);
  }

  refuseChannel(channel: string, error: string | undefined): void {
    if (error === undefined) this.refusals.delete(channel);
    else this.refusals.set(channel, error);
  }

  /** Files shared with files.completeUploadExternal, oldest first; in one channel when given. */
  sharedFiles(channel?: string): Upload[] {
    return [...this.uploads.values()].filter((u) => u.completed && (channel === undefined || u.channel === channel));
  }

  calls(method: string): RecordedRequest[] {
    return this.requests.filter((r) => r.kind === 'api' && r.name === method);
  }

  /** Requests the fake refused for their content (invalid_blocks, msg_too_long, no_text, …). */
  rejected(): RecordedRequest[] {
    return this.requests.filter((r) => r.error !== undefined && r.status !== 429);
  }

  /** Resolves once `check` holds (re-checked on every request), or rejects after `timeoutMs`. */
  waitFor<T>(check: () => T | undefined | false, timeoutMs = 5_000, what = 'condition'): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        const value = check();
        if (value !== undefined && value !== false) {
          cleanup();
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake Slack: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.listeners.delete(attempt);
      };
      this.listeners.add(attempt);
      attempt();
    });
  }

  /** Waits until `count` messages have arrived (in total, from the start). */
  waitForMessages(count: number, timeoutMs = 5_000): Promise<PostedMessage[]> {
    return this.waitFor(() => (this.messages.length >= count ? [...this.messages] : undefined), timeoutMs, `${count} message(s)`);
  }

  /** Messages posted to one response_url (pass the URL given in the slash command payload). */
  repliesTo(responseUrl: string): PostedMessage[] {
    const id = responseUrl.slice(responseUrl.indexOf('/commands/') + '/commands/'.length);
    return this.messages.filter((m) => m.responseUrlId === id);
  }

  /** Waits for `count` messages on one response_url. */
  waitForReplies(responseUrl: string, count = 1, timeoutMs = 5_000): Promise<PostedMessage[]> {
    return this.waitFor(() => {
      const replies = this.repliesTo(responseUrl);
      return replies.length >= count ? replies : undefined;
    }, timeoutMs, `${count} message(s) on a response_url`);
  }

  /** Messages posted with chat.* to one channel. */
  postedIn(channel: string): PostedMessage[] {
    return this.messages.filter((m) => m.channel === channel);
  }

  /** Waits for `count` messages posted to one channel. */
  waitForPosts(channel: string, count = 1, timeoutMs = 5_000): Promise<PostedMessage[]> {
    return this.waitFor(() => {
      const posts = this.postedIn(channel);
      return posts.length >= count ? posts : undefined;
    }, timeoutMs, `${count} message(s) in ${channel}`);
  }

  /** Resolves when an app has opened a Socket Mode connection and received hello. */
  socketReady(timeoutMs = 5_000): Promise<void> {
    return this.waitFor(() => (this.helloSent > 0 && this.sockets.size > 0 ? true : undefined), timeoutMs, 'a Socket Mode connection').then(() => undefined);
  }

  get socketCount(): number {
    return this.sockets.size;
  }

  /** Sends an envelope over Socket Mode and resolves with the app's ack. */
  sendEnvelope(type: 'slash_commands' | 'events_api' | 'interactive', payload: unknown, timeoutMs = 5_000): Promise<Ack> {
    const socket = [...this.sockets][0];
    if (!socket) return Promise.reject(new Error('fake Slack: no Socket Mode connection'));
    const envelope: Envelope = {
      envelope_id: randomUUID(),
      type,
      payload,
      accepts_response_payload: type !== 'events_api',
      retry_attempt: 0,
      retry_reason: '',
    };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pendingAcks.delete(envelope.envelope_id);
        reject(new Error(`fake Slack: envelope ${type} not acknowledged within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pendingAcks.set(envelope.envelope_id, {
        sent: Date.now(),
        resolve: (ack) => {
          clearTimeout(timer);
          resolve(ack);
        },
      });
      socket.send(JSON.stringify(envelope));
    });
  }

  /** Asks connected apps to reconnect, as Slack does when it recycles a connection. */
  sendDisconnect(reason = 'refresh_requested'): void {
    for (const socket of this.sockets) socket.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'fake' } }));
  }

  async close(): Promise<void> {
    clearInterval(this.pinger);
    for (const socket of this.sockets) socket.terminate();
    this.wss.close();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  // ---------------------------------------------------------------------------------------------

  private listen(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      });
    });
    // Slack keeps connections open longer than Node's default 5 s; a client that reuses one after a busy
    // moment (a chart being drawn) must not find it closed under it.
    this.server.keepAliveTimeout = 60_000;
    this.server.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url ?? '/', this.url);
      const ticket = url.searchParams.get('ticket');
      if (url.pathname !== '/link/' || !ticket || !this.tickets.has(ticket)) {
        socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
        return;
      }
      this.tickets.delete(ticket);
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
    this.pinger = setInterval(() => {
      for (const socket of this.sockets) socket.ping('ping');
    }, 5_000);
    this.pinger.unref();
    return new Promise((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('message', (data: Buffer) => {
      const raw = data.toString('utf8');
      let ack: { envelope_id?: string; payload?: unknown };
      try {
        ack = JSON.parse(raw) as typeof ack;
      } catch {
        return;
      }
      if (!ack.envelope_id) return;
      const pending = this.pendingAcks.get(ack.envelope_id);
      const ms = pending ? Date.now() - pending.sent : -1;
      this.record({ kind: 'socket', name: ack.envelope_id, at: Date.now(), headers: {}, body: { ...ack }, raw, status: 200 });
      if (pending) {
        this.pendingAcks.delete(ack.envelope_id);
        pending.resolve({ envelope_id: ack.envelope_id, payload: ack.payload, ms });
      }
    });
    ws.on('close', () => {
      this.sockets.delete(ws);
      this.notify();
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: this.sockets.size,
        debug_info: { host: 'fake-slack', build_number: 1, approximate_connection_time: 18060 },
        connection_info: { app_id: this.appId },
      }),
    );
    this.helloSent++;
    this.notify();
  }

  private record(request: RecordedRequest): void {
    this.requests.push(request);
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const buffer = Buffer.concat(chunks);

    if (req.method === 'POST' && url.pathname.startsWith('/upload/v1/')) {
      await this.upload(url.pathname.slice('/upload/v1/'.length), req, buffer, res);
      return;
    }
    const raw = buffer.toString('utf8');
    if (req.method === 'POST' && url.pathname.startsWith('/commands/')) {
      this.respondToUrl(url.pathname.slice('/commands/'.length), req, raw, res);
      return;
    }
    if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
      const method = url.pathname.slice('/api/'.length);
      const channel = parseBody(req.headers['content-type'], raw).channel;
      const fault = this.faults.find((f) => f.times > 0 && f.method === method && (!f.channel || f.channel === channel));
      if (!fault) return this.api(method, req, raw, res);
      fault.times--;
      // Carried out first, its answer kept: the late answer (if any) is the real one.
      let late: { status: number; headers: Record<string, string>; body: string } | undefined;
      const capture = { writeHead: (status: number, headers: Record<string, string>) => ({ end: (body: string) => void (late = { status, headers, body }) }) };
      if (fault.accept) this.api(method, req, raw, capture as unknown as ServerResponse);
      if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      if (fault.reset) {
        req.socket.destroy();
        this.record({ kind: 'api', name: method, at: Date.now(), headers: req.headers, body: {}, raw, status: -1 });
        return;
      }
      if (fault.status === undefined && fault.error === undefined && late) {
        res.writeHead(late.status, late.headers).end(late.body);
        return;
      }
      const payload = fault.error ? { ok: false, error: fault.error } : { ok: false, error: 'fatal_error' };
      this.record({ kind: 'api', name: method, at: Date.now(), headers: req.headers, body: {}, raw, status: fault.status ?? 200, ...(fault.error ? { error: fault.error } : {}) });
      res.writeHead(fault.status ?? 200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(payload));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }

  private api(method: string, req: IncomingMessage, raw: string, res: ServerResponse): void {
    const body = parseBody(req.headers['content-type'], raw);
    const at = Date.now();
    const reply = (status: number, payload: Record<string, unknown>, extra: { problems?: readonly string[]; headers?: Record<string, string> } = {}) => {
      const error = payload.ok === false ? String(payload.error) : undefined;
      this.record({ kind: 'api', name: method, at, headers: req.headers, body, raw, status, ...(error ? { error } : {}), ...(extra.problems ? { problems: extra.problems } : {}) });
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...extra.headers }).end(JSON.stringify(payload));
    };

    const limit = this.limits.get(method);
    if (limit && limit.times > 0 && (!limit.channel || body.channel === limit.channel)) {
      if (limit.after > 0) limit.after--;
      else {
        limit.times--;
        reply(429, { ok: false, error: 'ratelimited' }, { headers: { 'retry-after': String(limit.retryAfter) } });
        return;
      }
    }

    // Slack reads the token from the Authorization header (or, for form posts, a token field).
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : typeof body.token === 'string' ? body.token : undefined;
    if (method === 'oauth.v2.access') return reply(200, this.exchangeCode(req, body));
    if (!token) return reply(200, { ok: false, error: 'not_authed' });
    if (this.revoked.has(token)) return reply(200, { ok: false, error: 'token_revoked' });
    const isApp = token === this.appToken;
    const workspace = isApp ? undefined : this.workspaceOf(token);
    if (!workspace && !isApp) return reply(200, { ok: false, error: 'invalid_auth' });
    // A channel of another workspace (or of a workspace outside an org-wide install) is invisible to this token, as on Slack.
    const channelTeam = typeof body.channel === 'string' ? (this.channels.get(body.channel)?.teamId ?? this.teamId) : undefined;
    const reaches = (team: string) => (workspace!.teams ? workspace!.teams.includes(team) : team === workspace!.teamId);
    if (workspace && channelTeam && this.channels.has(body.channel as string) && !reaches(channelTeam)) return reply(200, { ok: false, error: 'channel_not_found' });
    if (workspace?.enterpriseId && channelTeam && this.teamsRevoked.has(`${workspace.enterpriseId}:${channelTeam}`)) return reply(200, { ok: false, error: 'team_access_not_granted' });
    if (method === 'apps.connections.open') {
      if (!isApp) return reply(200, { ok: false, error: 'not_allowed_token_type' });
      const ticket = randomUUID();
      this.tickets.add(ticket);
      return reply(200, { ok: true, url: `${this.url.replace(/^http/, 'ws')}/link/?ticket=${ticket}&app_id=${this.appId}` });
    }
    if (isApp) return reply(200, { ok: false, error: 'not_allowed_token_type' });

    switch (method) {
      case 'auth.test':
        return reply(200, {
          ok: true,
          url: `https://${this.teamDomain}.slack.com/`,
          team: 'Kuril Test',
          user: 'kuril-brief',
          team_id: workspace!.teamId,
          user_id: workspace!.botUserId,
          bot_id: workspace!.botId,
          ...(workspace!.enterpriseId ? { enterprise_id: workspace!.enterpriseId } : {}),
          is_enterprise_install: workspace!.teams !== undefined,
        });
      case 'chat.postMessage':
      case 'chat.postEphemeral':
      case 'chat.update': {
        const channel = typeof body.channel === 'string' ? body.channel : '';
        const toUser = method === 'chat.postMessage' && this.users.has(channel);
        if (!toUser && !/^[CGD][A-Z0-9]{8,}$/.test(channel)) return reply(200, { ok: false, error: 'channel_not_found' });
        const refusal = this.refusals.get(channel);
        if (refusal) return reply(200, { ok: false, error: refusal });
        if (method === 'chat.postEphemeral' && (typeof body.user !== 'string' || !/^[UW][A-Z0-9]{8,}$/.test(body.user))) {
          return reply(200, { ok: false, error: 'user_not_found' });
        }
        if (method === 'chat.update' && typeof body.ts !== 'string') return reply(200, { ok: false, error: 'message_not_found' });
        const check = checkMessage(body);
        if (check.error) return reply(200, { ok: false, error: check.error, response_metadata: { messages: check.problems.map((p) => `[ERROR] ${p}`) } }, { problems: check.problems });
        const ts = method === 'chat.update' ? String(body.ts) : messageTs();
        this.messages.push({
          via: method,
          channel,
          ...(typeof body.user === 'string' ? { user: body.user } : {}),
          ...(typeof body.thread_ts === 'string' ? { threadTs: body.thread_ts } : {}),
          ...(typeof body.text === 'string' ? { text: body.text } : {}),
          blocks: Array.isArray(body.blocks) ? (body.blocks as Record<string, unknown>[]) : [],
          body,
          ts,
          ...(typeof body.metadata === 'object' && body.metadata !== null ? { metadata: body.metadata as Record<string, unknown> } : {}),
        });
        if (method === 'chat.postEphemeral') return reply(200, { ok: true, message_ts: ts });
        return reply(200, { ok: true, channel, ts, message: { type: 'message', text: body.text, user: this.botUserId, bot_id: this.botId, ts } });
      }
      case 'conversations.history': {
        const channel = typeof body.channel === 'string' ? body.channel : '';
        if (!/^[CGD][A-Z0-9]{8,}$/.test(channel)) return reply(200, { ok: false, error: 'channel_not_found' });
        const oldest = Number(body.oldest ?? 0);
        const limit = Math.min(1000, Number(body.limit ?? 100));
        const withMetadata = body.include_all_metadata === true || body.include_all_metadata === 'true';
        const found = this.messages
          .filter((m) => m.channel === channel && m.via === 'chat.postMessage' && !m.threadTs && Number(m.ts) > oldest)
          .reverse()
          .slice(0, limit)
          .map((m) => ({ type: 'message', user: this.botUserId, bot_id: this.botId, text: m.text, ts: m.ts, ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}) }));
        return reply(200, { ok: true, messages: found, has_more: false });
      }
      case 'users.info': {
        const user = typeof body.user === 'string' ? this.users.get(body.user) : undefined;
        if (!user) return reply(200, { ok: false, error: 'user_not_found' });
        return reply(200, {
          ok: true,
          user: {
            id: user.id,
            team_id: user.teamId ?? this.teamId,
            name: user.name,
            real_name: user.realName,
            is_admin: user.isAdmin ?? false,
            is_owner: user.isOwner ?? false,
            is_bot: user.isBot ?? false,
            profile: { display_name: user.name, real_name: user.realName },
          },
        });
      }
      case 'conversations.info': {
        const channel = typeof body.channel === 'string' ? this.channels.get(body.channel) : undefined;
        if (!channel) return reply(200, { ok: false, error: 'channel_not_found' });
        return reply(200, {
          ok: true,
          channel: {
            id: channel.id,
            name: channel.name,
            is_channel: !channel.isIm && !channel.isPrivate,
            is_group: Boolean(channel.isPrivate),
            is_im: Boolean(channel.isIm),
            is_private: Boolean(channel.isPrivate || channel.isIm),
            ...(channel.user ? { user: channel.user } : {}),
          },
        });
      }
      case 'views.open': {
        const issued = typeof body.trigger_id === 'string' ? this.triggers.get(body.trigger_id) : undefined;
        if (issued === undefined) return reply(200, { ok: false, error: 'invalid_trigger_id' });
        if (at - issued > TRIGGER_LIFETIME_MS) return reply(200, { ok: false, error: 'expired_trigger_id' });
        const problems = checkView(body.view);
        if (problems.length) return reply(200, { ok: false, error: 'invalid_arguments', response_metadata: { messages: problems } }, { problems });
        this.triggers.delete(body.trigger_id as string);
        const opened: OpenedView = { id: slackId('V'), triggerId: body.trigger_id as string, view: body.view as Record<string, unknown> };
        this.views.push(opened);
        return reply(200, { ok: true, view: { ...opened.view, id: opened.id, team_id: this.teamId, app_id: this.appId, bot_id: this.botId } });
      }
      case 'files.getUploadURLExternal': {
        const length = Number(body.length);
        if (typeof body.filename !== 'string' || !body.filename) return reply(200, { ok: false, error: 'invalid_arguments' });
        if (!Number.isInteger(length) || length <= 0) return reply(200, { ok: false, error: 'invalid_arguments' });
        const fileId = slackId('F');
        this.uploads.set(fileId, { id: fileId, filename: body.filename, length, completed: false, ...(typeof body.alt_text === 'string' ? { altText: body.alt_text } : {}) });
        return reply(200, { ok: true, upload_url: `${this.url}/upload/v1/${fileId}`, file_id: fileId });
      }
      case 'files.completeUploadExternal': {
        const files = Array.isArray(body.files) ? (body.files as Array<{ id?: string; title?: string }>) : [];
        if (files.length === 0) return reply(200, { ok: false, error: 'invalid_arguments' });
        for (const file of files) {
          const upload = file.id ? this.uploads.get(file.id) : undefined;
          if (!upload || upload.data === undefined) return reply(200, { ok: false, error: 'file_not_found' });
          if (upload.completed) return reply(200, { ok: false, error: 'file_already_completed' });
        }
        // Without a channel the files stay private to the bot, which nobody would see: refused here.
        const channel = typeof body.channel_id === 'string' ? body.channel_id : '';
        if (!/^[CGD][A-Z0-9]{8,}$/.test(channel)) return reply(200, { ok: false, error: 'invalid_channel' });
        const refusal = this.refusals.get(channel);
        if (refusal) return reply(200, { ok: false, error: refusal });
        for (const file of files) {
          Object.assign(this.uploads.get(file.id!)!, { completed: true, channel, ...(typeof body.thread_ts === 'string' ? { threadTs: body.thread_ts } : {}), ...(file.title ? { title: file.title } : {}) });
        }
        return reply(200, { ok: true, files: files.map((f) => ({ id: f.id, title: f.title ?? this.uploads.get(f.id!)!.filename, name: this.uploads.get(f.id!)!.filename })) });
      }
      default:
        return reply(200, { ok: false, error: 'unknown_method' });
    }
  }

  private async upload(fileId: string, req: IncomingMessage, raw: Buffer, res: ServerResponse): Promise<void> {
    const upload = this.uploads.get(fileId);
    const buffer = await uploadedBytes(raw, req.headers['content-type']);
    // The upload URL takes the bytes once, exactly as many as files.getUploadURLExternal was told.
    const error = !upload ? 'not found' : upload.data !== undefined ? 'already uploaded' : buffer.length !== upload.length ? `length ${buffer.length} is not the ${upload.length} announced` : undefined;
    const status = !upload ? 404 : error ? 400 : 200;
    if (upload && !error) upload.data = buffer;
    this.record({ kind: 'upload', name: fileId, at: Date.now(), headers: req.headers, body: { bytes: buffer.length }, raw: '', status, ...(error ? { error } : {}) });
    res.writeHead(status, { 'content-type': 'text/plain' }).end(error ?? `OK - ${buffer.length}`);
  }

  private respondToUrl(id: string, req: IncomingMessage, raw: string, res: ServerResponse): void {
    const at = Date.now();
    const sink = this.sinks.get(id);
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      body = {};
    }
    const answer = (status: number, error?: string, problems?: readonly string[]) => {
      this.record({ kind: 'response_url', name: id, at, headers: req.headers, body, raw, status, ...(error ? { error } : {}), ...(problems ? { problems } : {}) });
      res.writeHead(status, { 'content-type': 'text/plain' }).end(error ?? 'ok');
    };
    if (!sink) return answer(404, 'no_such_url');
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return answer(400, 'invalid_payload');
    if (sink.uses >= RESPONSE_URL_USES || at - sink.created > RESPONSE_URL_LIFETIME_MS) return answer(404, 'expired_url');
    const check = checkMessage(body);
    if (check.error) return answer(400, check.error, check.problems);
    sink.uses++;
    this.messages.push({
      via: 'response_url',
      responseUrlId: id,
      ...(typeof body.response_type === 'string' ? { responseType: body.response_type } : {}),
      ...(typeof body.text === 'string' ? { text: body.text } : {}),
      blocks: Array.isArray(body.blocks) ? (body.blocks as Record<string, unknown>[]) : [],
      body,
      ts: messageTs(),
    });
    return answer(200);
  }
}

/** The bytes POSTed to an upload URL: the raw body, or the one file of a multipart form (as @slack/web-api sends it). */
async function uploadedBytes(raw: Buffer, contentType: string | undefined): Promise<Buffer> {
  if (!contentType?.startsWith('multipart/form-data')) return raw;
  const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
  const file = [...form.values()].find((value) => typeof value !== 'string');
  return file ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
}

const JSON_FIELDS = new Set(['blocks', 'attachments', 'files', 'metadata', 'view']);

/** Parses a Web API body: form-encoded (JSON-valued fields decoded) or JSON. */
function parseBody(contentType: string | undefined, raw: string): Record<string, unknown> {
  if (contentType?.startsWith('application/json')) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (JSON_FIELDS.has(key)) {
      try {
        body[key] = JSON.parse(value) as unknown;
        continue;
      } catch {
        // Left as the string; checkMessage reports invalid_blocks_format.
      }
    }
    body[key] = value;
  }
  return body;
}
