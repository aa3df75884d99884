import type { Server } from 'node:http';
import { App, webApi, type InstallationQuery, type RespondArguments, type SlashCommand } from '@slack/bolt';
import type { Reply } from '../../briefings/reply.js';
import type { Caller } from '../../common/caller.js';
import { StartError } from '../../common/start-error.js';
import { slackMode } from '../../config.js';
import { apologise } from '../../commands/apology.js';
import { runCommand, runTextCommand } from '../../commands/dispatch.js';
import { formForText, formRequest } from '../../commands/forms.js';
import { runText } from '../../commands/text.js';
import { commandContext, type Adapter, type AdapterDeps } from '../adapter.js';
import { createInFlight, DRAIN_BUDGET_MS, within } from '../in-flight.js';
import { boltLogger } from './bolt-logger.js';
import { oauthAppOptions } from './oauth.js';
import { scopeOf } from './scope.js';
import { forgetUninstalled } from './uninstall.js';
import { createWorkspaceTokens } from './workspace-tokens.js';
import { createAdminCheck, createSlackDigestSender, digestClient } from './digests.js';
import { fromSlackText, stripMention } from './mrkdwn.js';
import { decodeAction, lineToShare, replyToPress } from '../actions.js';
import { ACTION_ID_PATTERN, renderSlack, SLACK_LIMITS, type SlackMessage } from './render.js';
import { filesToShare, shareFiles, type FileDestination } from './share-files.js';
import { FORM_CALLBACK_ID, submittedView, viewOf } from './views.js';

/**
 * The Slack adapter: @slack/bolt in Socket Mode when SLACK_APP_TOKEN is set, otherwise HTTP mode
 * (signed requests on POST /slack/events, port PORT). It only translates: `/kuril …` goes to the shared
 * command parser (or, for a command that asks for a form, a modal: views.ts), direct messages and
 * mentions the one way typed text goes (runText), and every Reply is rendered by render.ts within
 * Block Kit's limits.
 */

export interface SlackBotOptions {
  /** Interface the HTTP receiver listens on; all interfaces by default. */
  readonly host?: string;
  /** Web API retry policy (tests use a fast one). */
  readonly retryConfig?: webApi.RetryOptions;
  /** How long a users.info answer about admin rights is reused (default five minutes, on the deps clock). */
  readonly adminCacheMs?: number;
  /** How long one digest or alert post may take (default 15 s; tests use a short one to provoke timeouts). */
  readonly digestPostTimeoutMs?: number;
}

export interface SlackBot extends Adapter {
  readonly mode: 'socket' | 'http';
  /** The port the HTTP receiver listens on once started (HTTP mode only); PORT=0 picks a free one. */
  readonly port: number | undefined;
}

/**
 * Replies should arrive while they are still useful: a few quick retries, not Slack's default of ten
 * over half an hour. A 429 is still waited out for its Retry-After before the retry.
 */
const DEFAULT_RETRY: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5_000 };

const AUTH_ERRORS = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'user_removed_from_team', 'team_disabled']);

/** Fields of message and app_mention events the bot reads (Bolt's event types are a wide union). */
export interface IncomingMessage {
  readonly type: string;
  readonly subtype?: string;
  readonly channel: string;
  readonly channel_type?: string;
  readonly user?: string;
  readonly bot_id?: string;
  readonly text?: string;
  readonly ts: string;
  readonly thread_ts?: string;
}

/** Where and how a reply to an event goes. */
interface Destination {
  readonly channel: string;
  readonly user: string;
  readonly threadTs?: string;
}

type Client = webApi.WebClient;

export function createSlackBot(deps: AdapterDeps, options: SlackBotOptions = {}): SlackBot {
  const { config, log } = deps;
  const mode: SlackBot['mode'] = config.SLACK_APP_TOKEN ? 'socket' : 'http';
  const inFlight = createInFlight(log, 'slack', deps.metrics);
  const seenEvents = new Set<string>();
  const userNames = new Map<string, { name: string | undefined; at: number }>();
  let app: App | undefined;
  let server: Server | undefined;
  let running = false;
  let senderRegistered = false;
  const isAdmin = createAdminCheck({ now: deps.now, log, ...(options.adminCacheMs !== undefined ? { ttlMs: options.adminCacheMs } : {}) });

  function currentPort(): number | undefined {
    const address = server?.address();
    return address && typeof address === 'object' ? address.port : undefined;
  }

  const curators = new Set(config.CURATORS);
  /** A caller's rights: curators by CURATORS; a channel's managers are its workspace admins and owners, looked up only when a command asks. */
  const rightsIn =
    (client: Client, userId: string, teamId: string | undefined, isDirect: boolean): Caller['can'] =>
    (right) => {
      if (right === 'curator') return Promise.resolve(curators.has(`slack:${userId}`));
      return isDirect ? Promise.resolve(true) : isAdmin(client, userId, teamId);
    };

  /** True the first time an event id is seen: Slack redelivers events it thinks were missed. */
  function firstDelivery(eventId: unknown): boolean {
    if (typeof eventId !== 'string') return true;
    if (seenEvents.has(eventId)) return false;
    seenEvents.add(eventId);
    if (seenEvents.size > 1_000) seenEvents.delete(seenEvents.values().next().value!);
    return true;
  }

  async function userName(client: Client, userId: string): Promise<string | undefined> {
    const cached = userNames.get(userId);
    if (cached && Date.now() - cached.at < 60 * 60 * 1000) return cached.name;
    try {
      const result = await client.users.info({ user: userId });
      const user = result.user;
      const name = user?.profile?.display_name || user?.real_name || user?.name || undefined;
      if (userNames.size >= 5_000) userNames.clear();
      userNames.set(userId, { name, at: Date.now() });
      return name;
    } catch (error) {
      log.warn({ err: error, platform: 'slack' }, 'users.info failed; answering without the user name');
      return undefined;
    }
  }

  async function post(client: Client, to: Destination, whole: Reply): Promise<void> {
    const { reply, files } = filesToShare(whole);
    // The same cap as a response_url: a reply should never flood a conversation.
    for (const message of renderSlack(reply, { maxMessages: SLACK_LIMITS.responseUrlMessages })) {
      const base = { channel: to.channel, text: message.text, blocks: message.blocks, ...(to.threadTs ? { thread_ts: to.threadTs } : {}) };
      if (reply.visibility === 'ephemeral' && !to.channel.startsWith('D')) {
        await client.chat.postEphemeral({ ...base, user: to.user });
      } else {
        await client.chat.postMessage({ ...base, unfurl_links: false, unfurl_media: false });
      }
    }
    const refused = await shareFiles(client, log, { channel: to.channel, ...(to.threadTs ? { threadTs: to.threadTs } : {}) }, files);
    if (refused) await post(client, to, refused);
  }

  /** A reply on a response_url, then its files shared in the conversation (and, privately, a note if Slack refuses them). */
  async function respondWithFiles(respond: (message: RespondArguments) => Promise<unknown>, client: Client, to: FileDestination, whole: Reply, lineToShare?: string): Promise<void> {
    const { reply, files } = filesToShare(whole, lineToShare);
    await respondAll(respond, reply);
    const refused = await shareFiles(client, log, to, files);
    if (refused) await respondAll(respond, refused);
  }

  async function respondAll(respond: (message: RespondArguments) => Promise<unknown>, reply: Reply): Promise<void> {
    const messages: SlackMessage[] = renderSlack(reply, { maxMessages: SLACK_LIMITS.responseUrlMessages });
    for (const message of messages) {
      await respond({
        response_type: reply.visibility === 'public' ? 'in_channel' : 'ephemeral',
        // A button's response_url could replace the message pressed; a reply is always a new message.
        replace_original: false,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
      });
    }
  }

  function register(bolt: App): void {
    bolt.command('/kuril', async ({ command, ack, respond, client, context }) => {
      // Ack first (Slack's deadline is 3 s); the rights lookup and the reply come after. One turn of the
      // event loop lets the ack leave before a command that holds the CPU (a chart being drawn) starts.
      await ack();
      await new Promise((resolve) => setImmediate(resolve));
      await inFlight.track('slash command', async () => {
        const caller = slashCommandCaller(command, (isDirect) => rightsIn(client, command.user_id, command.team_id, isDirect), scopeOf(context));
        const line = fromSlackText(command.text ?? '');
        const ctx = commandContext(deps, caller);
        // A form opens with the trigger_id, which Slack honours for 3 s only: decided and opened first.
        const decision = await formForText(line, ctx);
        const view = decision && 'form' in decision ? viewOf(decision.form, { channel: command.channel_id, responseUrl: command.response_url }) : undefined;
        if (view) {
          // A late or refused trigger leaves the user with nothing on screen: say so where they typed.
          await client.views.open({ trigger_id: command.trigger_id, view }).catch((error: unknown) => respondAll(respond, apologise(log, error, { command: 'form', platform: 'slack' }, 'slack form could not be opened')));
        } else await respondWithFiles(respond, client, { channel: command.channel_id }, decision && 'reply' in decision ? decision.reply : await runTextCommand(line, ctx));
      });
    });

    bolt.view(FORM_CALLBACK_ID, async ({ ack, view, body, client, context }) => {
      await ack();
      const submitted = submittedView(view);
      const request = submitted && formRequest(submitted.origin.form, submitted.values);
      if (!submitted || !request) return;
      await inFlight.track('form', async () => {
        const user = body.user;
        const from = { user_id: user.id, user_name: user.name, channel_id: submitted.origin.channel, channel_name: '', team_id: body.team?.id ?? user.team_id ?? '' };
        const caller = slashCommandCaller(from, (isDirect) => rightsIn(client, user.id, from.team_id, isDirect), scopeOf(context));
        const reply = await runCommand(request, commandContext(deps, caller));
        await respondWithFiles((message) => postToResponseUrl(submitted.origin.responseUrl, message), client, { channel: submitted.origin.channel }, reply);
      });
    });

    // An action button (a brief's or digest's Chart): its command runs as if typed, answered like the slash
    // command on the button's response_url, a new message in the conversation (files shared after it).
    // Pressed on a message only the presser sees (a /kuril preview), the answer is theirs alone too: an
    // ephemeral message, which cannot carry files, so the chart comes as text with the line to post it.
    bolt.action({ type: 'block_actions', action_id: ACTION_ID_PATTERN }, async ({ ack, action, body, respond, client, context }) => {
      await ack();
      await new Promise((resolve) => setImmediate(resolve));
      const request = action.type === 'button' ? decodeAction(action.value ?? '') : undefined;
      const channel = body.channel?.id;
      if (!request || !channel) return;
      await inFlight.track('button', async () => {
        const user = body.user;
        const teamId = body.team?.id ?? user.team_id ?? '';
        const from = { user_id: user.id, user_name: user.username ?? user.name ?? '', channel_id: channel, channel_name: body.channel?.name ?? '', team_id: teamId };
        const caller = slashCommandCaller(from, (isDirect) => rightsIn(client, user.id, teamId, isDirect), scopeOf(context));
        const pressedOn = body.container?.is_ephemeral === true ? 'ephemeral' : 'public';
        const reply = replyToPress(await runCommand(request, commandContext(deps, caller)), pressedOn);
        const to = { channel, ...(body.message?.thread_ts ? { threadTs: String(body.message.thread_ts) } : {}) };
        await respondWithFiles(respond, client, to, reply, lineToShare(request, pressedOn));
      });
    });

    bolt.event('message', async ({ event, body, client, context }) => {
      const { botUserId } = context;
      const message = event as unknown as IncomingMessage;
      if (message.channel_type !== 'im' || message.subtype !== undefined || message.bot_id || !message.user) return;
      if (message.user === botUserId || !firstDelivery(body.event_id)) return;
      const user = message.user;
      await inFlight.track('direct message', async () => {
        const caller = eventCaller(message, user, body.team_id, await userName(client, user), (isDirect) => rightsIn(client, user, body.team_id, isDirect), scopeOf(context));
        const reply = await runText(fromSlackText(message.text ?? ''), commandContext(deps, caller));
        await post(client, { channel: message.channel, user, threadTs: message.thread_ts }, reply);
      });
    });

    bolt.event('app_mention', async ({ event, body, client, context }) => {
      const { botUserId } = context;
      const message = event as unknown as IncomingMessage;
      if (message.bot_id || message.subtype === 'bot_message' || !message.user || message.user === botUserId) return;
      if (!firstDelivery(body.event_id)) return;
      const user = message.user;
      await inFlight.track('mention', async () => {
        const text = fromSlackText(stripMention(message.text ?? '', botUserId));
        const caller = eventCaller(message, user, body.team_id, await userName(client, user), (isDirect) => rightsIn(client, user, body.team_id, isDirect), scopeOf(context));
        const reply = await runText(text, commandContext(deps, caller));
        await post(client, { channel: message.channel, user, threadTs: message.thread_ts ?? message.ts }, reply);
      });
    });

    bolt.error((error) => {
      log.error({ err: error, platform: 'slack' }, 'slack listener failed');
      return Promise.resolve();
    });
  }

  return {
    name: 'slack',
    mode,
    get port() {
      return currentPort();
    },

    async start() {
      const oauth = slackMode(config) === 'oauth';
      if (oauth && !deps.installations) throw new StartError('installing in many workspaces needs the store for installations, and none was given.');
      if (!oauth && !config.SLACK_BOT_TOKEN) throw new StartError('SLACK_BOT_TOKEN is not set.');
      if (mode === 'http' && !config.SLACK_SIGNING_SECRET) {
        throw new StartError(
          'SLACK_SIGNING_SECRET is not set. HTTP mode (no SLACK_APP_TOKEN) needs it to verify requests from Slack; set it, or set SLACK_APP_TOKEN to use Socket Mode.',
        );
      }
      const slackApiUrl = config.SLACK_API_URL ? config.SLACK_API_URL.replace(/\/*$/, '/') : undefined;
      const secrets = [config.SLACK_BOT_TOKEN, config.SLACK_APP_TOKEN, config.SLACK_SIGNING_SECRET, config.SLACK_CLIENT_SECRET, config.SLACK_STATE_SECRET];
      const clientOptions = { ...(slackApiUrl ? { slackApiUrl } : {}), retryConfig: options.retryConfig ?? DEFAULT_RETRY };
      const bolt = new App({
        ...(oauth
          ? oauthAppOptions(config, deps.installations!, clientOptions)
          : {
              token: config.SLACK_BOT_TOKEN,
              ...(mode === 'socket' ? { socketMode: true, appToken: config.SLACK_APP_TOKEN } : { signingSecret: config.SLACK_SIGNING_SECRET }),
            }),
        deferInitialization: true,
        logger: boltLogger(log, secrets),
        clientOptions,
      });
      limitRequestBodies(bolt);
      const where = slackApiUrl ?? 'https://slack.com/api/';

      try {
        await bolt.init();
      } catch (error) {
        throw startError(error, 'SLACK_BOT_TOKEN', 'the bot token (xoxb-…) from OAuth & Permissions', where);
      }
      register(bolt);
      const tokens = oauth ? createWorkspaceTokens(deps.installations!, { refresh: (query) => refreshedToken(bolt, query) }) : undefined;
      if (tokens) forgetUninstalled(bolt, deps.installations!, tokens, log);

      try {
        if (mode === 'socket') {
          await bolt.start();
        } else {
          const listen = options.host ? { port: config.PORT, host: options.host } : { port: config.PORT };
          server = await bolt.start(listen);
        }
      } catch (error) {
        if (mode === 'socket') throw startError(error, 'SLACK_APP_TOKEN', 'the app-level token (xapp-…) with connections:write', where);
        const code = (error as NodeJS.ErrnoException).code;
        throw new StartError(`cannot listen on port ${config.PORT} for Slack requests (${code ?? (error as Error).message}).`);
      }
      app = bolt;
      running = true;
      bolt.client.on(webApi.WebClientEvent.RATE_LIMITED, () => deps.metrics?.rateLimited('slack'));
      log.info(
        { platform: 'slack', mode, port: currentPort(), oauth },
        `slack adapter running (${mode === 'socket' ? 'Socket Mode' : 'HTTP mode, POST /slack/events'}${oauth ? '; install page at /slack/install' : ''})`,
      );

      if (!senderRegistered && tokens) {
        // Installed in many workspaces: each post goes with its workspace's token, one client per token.
        const clients = new Map<string, webApi.WebClient>();
        const clientFor = async (scope: string | undefined) => {
          const token = await tokens.tokenFor(scope);
          if (!token) return undefined;
          if (!clients.has(token)) {
            if (clients.size >= 1_000) clients.clear();
            clients.set(token, digestClient(token, { ...(slackApiUrl ? { slackApiUrl } : {}), ...(options.digestPostTimeoutMs ? { timeoutMs: options.digestPostTimeoutMs } : {}), logger: boltLogger(log, secrets) }));
          }
          return clients.get(token);
        };
        // Every Slack scope: a workspace without the app answers 'gone' at its first post (uninstalls delete their channels anyway).
        deps.digests.registerSender(createSlackDigestSender({ client: clientFor, serves: () => true, ...(options.digestPostTimeoutMs ? { timeoutMs: options.digestPostTimeoutMs } : {}), log }));
        senderRegistered = true;
      }
      if (!senderRegistered && config.SLACK_BOT_TOKEN) {
        // Digests get their own client: no silent retries, 429s handed back at once (digests.ts).
        const timeoutMs = options.digestPostTimeoutMs;
        const client = digestClient(config.SLACK_BOT_TOKEN, {
          ...(slackApiUrl ? { slackApiUrl } : {}),
          ...(timeoutMs ? { timeoutMs } : {}),
          logger: boltLogger(log, secrets),
        });
        // The bot identity digests are scoped by (scope.ts), as auth.test (done by bolt.init) reported it.
        const auth = await bolt.client.auth.test().catch(() => undefined);
        // An org-level token (an org-wide install) is scoped by its org, as the requests it serves are.
        const scope = scopeOf({ teamId: auth?.team_id, enterpriseId: auth?.enterprise_id, isEnterpriseInstall: auth?.is_enterprise_install, botId: auth?.bot_id });
        client.on(webApi.WebClientEvent.RATE_LIMITED, () => deps.metrics?.rateLimited('slack'));
        deps.digests.registerSender(createSlackDigestSender({ client, ...(scope ? { scope } : {}), ...(timeoutMs ? { timeoutMs } : {}), log }));
        senderRegistered = true;
        // records from before scoping become this bot's
        if (scope) deps.digests.adoptUnscoped('slack', scope).catch((error: unknown) => log.warn({ err: error }, 'digest records from before scoping not adopted yet'));
      }
    },

    health() {
      return running ? undefined : 'not running';
    },

    async stop(budgetMs = DRAIN_BUDGET_MS) {
      const deadline = performance.now() + budgetMs;
      if (running && app) {
        running = false;
        // Bolt's stop waits for open HTTP requests without limit: it gets part of the budget, not all of it.
        const stopping = app.stop().catch((error: unknown) => log.warn({ err: error, platform: 'slack' }, 'stopping the slack receiver failed'));
        if ((await within(budgetMs / 2, stopping)) === 'late') log.warn({ platform: 'slack' }, 'slack receiver did not stop in time; going on');
        server = undefined;
      }
      await inFlight.drain(Math.max(0, deadline - performance.now()));
    },
  };
}

/** A rotating token refreshed by Bolt's installer (which stores the new one), for posts no request authorizes. */
async function refreshedToken(bolt: App, query: InstallationQuery<boolean>): Promise<string | undefined> {
  const installer = (bolt as unknown as { receiver: { installer?: { authorize(query: InstallationQuery<boolean>): Promise<{ botToken?: string }> } } }).receiver.installer;
  const auth = await installer?.authorize(query);
  return auth?.botToken;
}

/** How a caller's rights are answered, given whether the conversation is direct. */
export type RightsFor = (isDirect: boolean) => Caller['can'];


/** The caller of a slash command: a command typed in a DM (D… channel) is direct. */
export function slashCommandCaller(command: Pick<SlashCommand, 'user_id' | 'user_name' | 'channel_id' | 'channel_name' | 'team_id'>, rights: RightsFor, scope?: string): Caller {
  const isDirect = command.channel_id.startsWith('D') || command.channel_name === 'directmessage';
  return {
    platform: 'slack',
    userId: command.user_id,
    ...(command.user_name ? { userName: command.user_name } : {}),
    channelId: command.channel_id,
    workspaceId: command.team_id,
    ...(scope ? { scope } : {}),
    isDirect,
    can: rights(isDirect),
  };
}

/** The caller of a message or mention event. */
export function eventCaller(
  message: Pick<IncomingMessage, 'channel' | 'channel_type'>,
  userId: string,
  teamId: string,
  userName: string | undefined,
  rights: RightsFor,
  scope?: string,
): Caller {
  const isDirect = message.channel_type === 'im' || message.channel.startsWith('D');
  return { platform: 'slack', userId, ...(userName ? { userName } : {}), channelId: message.channel, workspaceId: teamId, ...(scope ? { scope } : {}), isDirect, can: rights(isDirect) };
}

/** Answers through a slash command's response_url (a view submission has none of its own). */
async function postToResponseUrl(url: string, message: RespondArguments): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message) });
  if (!response.ok) throw new Error(`response_url answered ${response.status}`);
}

/** Turns a Web API failure at start-up into one line naming the variable to fix. */
function startError(error: unknown, variable: string, what: string, where: string): StartError {
  if (error instanceof Error && 'code' in error && error.code === webApi.ErrorCode.PlatformError) {
    const code = String((error as webApi.WebAPIPlatformError).data.error);
    if (AUTH_ERRORS.has(code)) return new StartError(`Slack rejected ${variable} (${code}): check ${what}.`);
    return new StartError(`Slack refused to start the app (${code}) while checking ${variable}.`);
  }
  if (error instanceof Error && 'code' in error && (error.code === webApi.ErrorCode.RequestError || error.code === webApi.ErrorCode.HTTPError)) {
    return new StartError(`cannot reach the Slack API at ${where} (${error.message}).`);
  }
  return new StartError(`Slack start-up failed while checking ${variable}: ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * Slack's requests are small (a slash command, an event: a few KB); Bolt's HTTP receiver reads up to
 * 4 MB before it checks the signature, so anyone could make the bot buffer that much per request.
 * Bodies over 256 KB get a 413 before any signature work. Bolt's receiver honours `bodyLimit`, but the
 * App does not pass it on, so it is set on the receiver the App made (HTTP mode only).
 */
export const SLACK_BODY_LIMIT = 256 * 1024;

function limitRequestBodies(bolt: App): void {
  const receiver = (bolt as unknown as { receiver?: { bodyLimit?: number | string } }).receiver;
  if (receiver && 'bodyLimit' in receiver) receiver.bodyLimit = SLACK_BODY_LIMIT;
}
