import { createHmac, randomUUID } from 'node:crypto';
import { messageTs, slackId } from './ids.js';
import type { FakeSlack } from './server.js';

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
    trigger_id: `${Date.now()}.${slackId('T', 6)}.${randomUUID().replace(/-/g, '')}`,
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
