import { createHmac, randomUUID } from 'node:crypto';
import { messageTs, slackId } from './ids.js';
import type { FakeSlack, OpenedView } from './server.js';

/**
 * Requests as Slack sends them to an app's HTTP endpoint (POST /slack/events), signed with the
 * signing secret: X-Slack-Signature = "v0=" + hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)).
 */

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignOptions {
  /** Seconds since the epoch; defaults to now. */
  readonly timestamp?: number;
  /** Overrides the computed signature (to test rejection). */
  readonly signature?: string;
}

export interface SentRequest {
  readonly status: number;
  readonly body: string;
  /** Milliseconds until the response arrived. */
  readonly ms: number;
}

export async function postSigned(url: string, secret: string, body: string, contentType: string, options: SignOptions = {}): Promise<SentRequest> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const started = Date.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? slackSignature(secret, timestamp, body),
      'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
    },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: text, ms: Date.now() - started };
}

export interface SlashCommandFields {
  readonly text: string;
  readonly user_id: string;
  readonly user_name: string;
  readonly channel_id: string;
  readonly channel_name: string;
  readonly response_url: string;
  readonly [key: string]: string;
}

/** The form fields of a /kuril invocation, with a fresh response_url on the fake. */
export function slashCommand(fake: FakeSlack, text: string, overrides: Partial<SlashCommandFields> = {}): SlashCommandFields {
  return {
    token: 'deprecated-verification-token',
    team_id: fake.teamId,
    team_domain: fake.teamDomain,
    channel_id: slackId('C'),
    channel_name: 'diplomacy',
    user_id: slackId('U'),
    user_name: 'analyst',
    command: '/kuril',
    text,
    api_app_id: fake.appId,
    is_enterprise_install: 'false',
    response_url: fake.responseUrl(),
    trigger_id: fake.triggerId(),
    ...overrides,
  };
}

/** POSTs a slash command form body (Content-Type exactly application/x-www-form-urlencoded). */
export function sendSlashCommand(url: string, secret: string, fields: SlashCommandFields, options: SignOptions = {}): Promise<SentRequest> {
  return postSigned(url, secret, new URLSearchParams(Object.entries(fields)).toString(), 'application/x-www-form-urlencoded', options);
}

export interface MessageEventInput {
  readonly channel: string;
  readonly user: string;
  readonly text: string;
  readonly channel_type?: 'im' | 'channel' | 'group' | 'mpim';
  readonly ts?: string;
  readonly thread_ts?: string;
  readonly bot_id?: string;
  readonly subtype?: string;
}

/** An Events API envelope (event_callback) around a message or app_mention event. */
export function eventCallback(fake: FakeSlack, type: 'message' | 'app_mention', event: MessageEventInput): Record<string, unknown> {
  const ts = event.ts ?? messageTs();
  return {
    token: 'deprecated-verification-token',
    team_id: fake.teamId,
    api_app_id: fake.appId,
    event: { type, ...event, ts, event_ts: ts, team: fake.teamId },
    type: 'event_callback',
    event_id: slackId('Ev'),
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: fake.teamId, user_id: fake.botUserId, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: `4-${randomUUID()}`,
  };
}

export function sendEvent(url: string, secret: string, payload: Record<string, unknown>, options: SignOptions = {}): Promise<SentRequest> {
  return postSigned(url, secret, JSON.stringify(payload), 'application/json', options);
}

/**
 * The view_submission payload Slack sends when a user submits an opened modal: the view as opened,
 * with each input's value (by block id = action id) from `values`, else its initial value.
 */
export function viewSubmission(fake: FakeSlack, opened: OpenedView, user: { id: string; name: string }, values: Readonly<Record<string, string>> = {}): Record<string, unknown> {
  const state: Record<string, Record<string, { type: string; value: string | null }>> = {};
  for (const block of (opened.view.blocks as { type: string; block_id?: string; element?: { action_id?: string; initial_value?: string } }[]) ?? []) {
    if (block.type !== 'input' || !block.block_id || !block.element?.action_id) continue;
    const value = values[block.block_id] ?? block.element.initial_value ?? null;
    state[block.block_id] = { [block.element.action_id]: { type: 'plain_text_input', value } };
  }
  return {
    type: 'view_submission',
    team: { id: fake.teamId, domain: fake.teamDomain },
    user: { id: user.id, username: user.name, name: user.name, team_id: fake.teamId },
    api_app_id: fake.appId,
    token: 'deprecated-verification-token',
    trigger_id: fake.triggerId(),
    view: {
      ...opened.view,
      id: opened.id,
      team_id: fake.teamId,
      app_id: fake.appId,
      bot_id: fake.botId,
      state: { values: state },
      hash: randomUUID().replace(/-/g, ''),
      root_view_id: opened.id,
      previous_view_id: null,
      clear_on_close: false,
      notify_on_close: false,
    },
    response_urls: [],
    is_enterprise_install: false,
  };
}

/** POSTs an interaction payload (form field `payload`, JSON) as Slack does to the interactivity URL. */
export function sendInteraction(url: string, secret: string, payload: Record<string, unknown>, options: SignOptions = {}): Promise<SentRequest> {
  return postSigned(url, secret, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', options);
}
