import { verifySlackRequest, webApi } from '@slack/bolt';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBlocks, checkMessage, checkView, FakeSlack, ID_PATTERNS, slackSignature } from '../../support/fake-slack/index.js';
import { fakeSlackToken } from '../../support/tokens.js';

/**
 * The harness checks itself: the fake must refuse what real Slack refuses, or the end-to-end tests
 * could pass against a fake that accepts anything. Driven with the real @slack/web-api client.
 */

let fake: FakeSlack;
let client: webApi.WebClient;
const fast = { retries: 2, minTimeout: 0, maxTimeout: 10 };
/** The client logs Slack's error details; these tests provoke errors on purpose. */
const quiet: webApi.Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => webApi.LogLevel.ERROR,
  setName: () => undefined,
};

beforeAll(async () => {
  fake = await FakeSlack.start();
  client = new webApi.WebClient(fake.botToken, { slackApiUrl: fake.apiUrl, retryConfig: fast, logger: quiet });
});
afterAll(async () => {
  await fake?.close();
});

const platformError = async (call: Promise<unknown>): Promise<string> => {
  try {
    await call;
  } catch (error) {
    return String((error as webApi.WebAPIPlatformError).data?.error ?? (error as Error).message);
  }
  return 'no error';
};

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });

describe('fake Slack Web API', () => {
  it('answers auth.test with realistic ids for the bot token only', async () => {
    const result = await client.auth.test();
    expect(result.team_id).toMatch(ID_PATTERNS.team);
    expect(result.user_id).toMatch(ID_PATTERNS.user);
    expect(result.bot_id).toMatch(ID_PATTERNS.bot);
    expect(fake.calls('auth.test').at(-1)?.headers.authorization).toBe(`Bearer ${fake.botToken}`);

    const wrong = new webApi.WebClient(fakeSlackToken('xoxb', 'not-the-right-token'), { slackApiUrl: fake.apiUrl, retryConfig: fast, logger: quiet });
    expect(await platformError(wrong.auth.test())).toBe('invalid_auth');
    const none = new webApi.WebClient(undefined, { slackApiUrl: fake.apiUrl, retryConfig: fast, logger: quiet });
    expect(await platformError(none.auth.test())).toBe('not_authed');
    const app = new webApi.WebClient(fake.appToken, { slackApiUrl: fake.apiUrl, retryConfig: fast, logger: quiet });
    expect(await platformError(app.chat.postMessage({ channel: 'C0123456789', text: 'x' }))).toBe('not_allowed_token_type');
    expect(await platformError(client.apps.connections.open({}))).toBe('not_allowed_token_type');
  });

  it('rejects messages that break Block Kit limits with invalid_blocks', async () => {
    const channel = fake.addChannel({ name: 'limits' }).id;
    const cases: Array<[string, unknown[]]> = [
      ['51 blocks', Array.from({ length: 51 }, () => ({ type: 'divider' }))],
      ['long section', [section('x'.repeat(3_001))]],
      ['long header', [{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }]],
      ['mrkdwn header', [{ type: 'header', text: { type: 'mrkdwn', text: 'h' } }]],
      ['11 fields', [{ type: 'section', fields: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'f' })) }]],
      ['long field', [{ type: 'section', fields: [{ type: 'mrkdwn', text: 'f'.repeat(2_001) }] }]],
      ['11 context elements', [{ type: 'context', elements: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'c' })) }]],
      ['empty section text', [section('')]],
      ['unknown type', [{ type: 'marquee', text: 'x' }]],
    ];
    for (const [name, blocks] of cases) {
      expect(await platformError(client.chat.postMessage({ channel, text: name, blocks: blocks as never })), name).toBe('invalid_blocks');
    }
    expect(fake.rejected().filter((r) => r.error === 'invalid_blocks')).toHaveLength(cases.length);
    // At the limits it accepts.
    const atLimits = [
      { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(150) } },
      section('x'.repeat(3_000)),
      { type: 'section', fields: Array.from({ length: 10 }, () => ({ type: 'mrkdwn', text: 'f'.repeat(2_000) })) },
      { type: 'context', elements: Array.from({ length: 10 }, () => ({ type: 'mrkdwn', text: 'c' })) },
      ...Array.from({ length: 46 }, () => ({ type: 'divider' })),
    ];
    expect(atLimits).toHaveLength(50);
    const ok = await client.chat.postMessage({ channel, text: 'at the limits', blocks: atLimits });
    expect(ok.ok).toBe(true);
    expect(await platformError(client.chat.postMessage({ channel } as never))).toBe('no_text');
    expect(await platformError(client.chat.postMessage({ channel: 'general', text: 'x' }))).toBe('channel_not_found');
  });

  it('answers 429 with Retry-After the requested number of times, and the client waits it out', async () => {
    const channel = fake.addChannel({ name: 'busy' }).id;
    fake.rateLimit('chat.postMessage', 1, 1);
    const started = Date.now();
    const result = await client.chat.postMessage({ channel, text: 'after the limit' });
    expect(result.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    const calls = fake.calls('chat.postMessage').filter((c) => c.body.channel === channel);
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
  });

  it('runs the external file upload flow', async () => {
    const channel = fake.addChannel({ name: 'files' }).id;
    const result = (await client.files.uploadV2({ channel_id: channel, filename: 'timeline.txt', content: 'Kuril timeline\n'.repeat(100), title: 'Timeline' })) as {
      ok: boolean;
      files: Array<{ files?: Array<{ id: string }> }>;
    };
    expect(result.ok).toBe(true);
    const fileId = result.files[0]?.files?.[0]?.id;
    expect(fileId).toMatch(/^F[A-Z0-9]{8,}$/);
    expect(fake.uploads.get(fileId!)).toMatchObject({ filename: 'timeline.txt', length: 1_500, completed: true });
    expect(fake.requests.some((r) => r.kind === 'upload' && r.name === fileId && r.status === 200)).toBe(true);
    expect(fake.sharedFiles(channel).map((f) => f.data?.toString('utf8'))).toEqual(['Kuril timeline\n'.repeat(100)]);
    expect(await platformError(client.files.completeUploadExternal({ files: [{ id: 'F0NOTUPLOADED' }] }))).toBe('file_not_found');
    expect(await platformError(client.files.completeUploadExternal({ files: [{ id: fileId! }], channel_id: channel }))).toBe('file_already_completed');
  });

  it('checks each step of the upload: the announced length, a channel to share in, a channel the bot is in', async () => {
    const announce = () => client.files.getUploadURLExternal({ filename: 'chart.png', length: 4 });
    const short = await announce();
    const answer = await fetch(short.upload_url!, { method: 'POST', body: new Uint8Array(3) });
    expect(answer.status).toBe(400);

    const unshared = await announce();
    await fetch(unshared.upload_url!, { method: 'POST', body: new Uint8Array(4) });
    expect(await platformError(client.files.completeUploadExternal({ files: [{ id: unshared.file_id! }] }))).toBe('invalid_channel');
    const left = fake.addChannel({ name: 'left' }).id;
    fake.refuseChannel(left, 'not_in_channel');
    expect(await platformError(client.files.completeUploadExternal({ files: [{ id: unshared.file_id! }], channel_id: left }))).toBe('not_in_channel');
    expect(fake.sharedFiles()).not.toContainEqual(expect.objectContaining({ id: unshared.file_id }));
  });

  it('serves users.info and conversations.info', async () => {
    const user = fake.addUser({ name: 'ann', realName: 'Ann Analyst', isAdmin: true });
    const channel = fake.addChannel({ name: 'diplomacy' });
    expect((await client.users.info({ user: user.id })).user).toMatchObject({ id: user.id, name: 'ann', is_admin: true });
    expect((await client.conversations.info({ channel: channel.id })).channel).toMatchObject({ id: channel.id, name: 'diplomacy', is_im: false });
    expect(await platformError(client.users.info({ user: 'U0NOBODY000' }))).toBe('user_not_found');
  });

  it('accepts a response_url five times, with blocks checked', async () => {
    const url = fake.responseUrl();
    const post = (body: unknown) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post({ text: 'x', blocks: [section('y'.repeat(3_001))] })).status).toBe(400);
    for (let i = 0; i < 5; i++) expect((await post({ response_type: 'ephemeral', text: `reply ${i}` })).status).toBe(200);
    const sixth = await post({ text: 'one too many' });
    expect(sixth.status).toBe(404);
    expect(await sixth.text()).toBe('expired_url');
  });
});

describe('fake Slack views.open', () => {
  const view = (extra: Record<string, unknown> = {}) => ({
    type: 'modal' as const,
    title: { type: 'plain_text' as const, text: 'A form' },
    submit: { type: 'plain_text' as const, text: 'Submit' },
    blocks: [{ type: 'input', block_id: 'f', label: { type: 'plain_text', text: 'Field' }, element: { type: 'plain_text_input', action_id: 'f', initial_value: 'draft' } }],
    ...extra,
  });

  it('opens a view for a trigger it issued, once; an unknown trigger is refused', async () => {
    const trigger = fake.triggerId();
    const result = await client.views.open({ trigger_id: trigger, view: view() });
    expect(result.ok).toBe(true);
    expect(fake.views.at(-1)).toMatchObject({ triggerId: trigger, view: { title: { text: 'A form' } } });
    expect(await platformError(client.views.open({ trigger_id: trigger, view: view() }))).toBe('invalid_trigger_id');
    expect(await platformError(client.views.open({ trigger_id: '123.456.789', view: view() }))).toBe('invalid_trigger_id');
  });

  it('refuses a trigger older than 3 s', async () => {
    const trigger = fake.triggerId();
    const stale = fake.triggerId(Date.now() - 3_500);
    expect(await platformError(client.views.open({ trigger_id: stale, view: view() }))).toBe('expired_trigger_id');
    expect((await client.views.open({ trigger_id: trigger, view: view() })).ok).toBe(true);
  });

  it('refuses a view over Slack’s limits with invalid_arguments', async () => {
    expect(await platformError(client.views.open({ trigger_id: fake.triggerId(), view: view({ title: { type: 'plain_text', text: 'x'.repeat(25) } }) }))).toBe('invalid_arguments');
    expect(checkView(view({ title: { type: 'plain_text', text: 'x'.repeat(25) } }))).toEqual(['view.title.text must be at most 24 characters']);
    expect(checkView(view({ private_metadata: 'x'.repeat(3_001) }))).toEqual(['view.private_metadata must be at most 3000 characters']);
    expect(checkView(view({ submit: undefined }))).toEqual(['view.submit is required with input blocks']);
    const long = view({ blocks: [{ type: 'input', block_id: 'f', label: { type: 'plain_text', text: 'F' }, element: { type: 'plain_text_input', action_id: 'f', max_length: 3, initial_value: 'four' } }] });
    expect(checkView(long)).toEqual(['view.blocks[0].element.initial_value must be at most 3 characters']);
    expect(checkView(view())).toEqual([]);
  });
});

describe('fake Slack Socket Mode', () => {
  it('opens a socket for the app token, says hello and collects acks', async () => {
    const app = new webApi.WebClient(fake.appToken, { slackApiUrl: fake.apiUrl, retryConfig: fast, logger: quiet });
    const { url } = await app.apps.connections.open({});
    expect(url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/link\/\?ticket=/);
    const ws = new WebSocket(url!);
    const hello = await new Promise<{ type: string }>((resolve) => ws.once('message', (data: Buffer) => resolve(JSON.parse(data.toString('utf8')) as { type: string })));
    expect(hello.type).toBe('hello');
    // An app that takes 100 ms to ack: the delay is what ack.ms must measure (socket-mode.test.ts
    // holds the bot's acks to Slack's 3 s with it).
    const delayMs = 100;
    ws.on('message', (data: Buffer) => {
      const envelope = JSON.parse(data.toString('utf8')) as { envelope_id: string };
      setTimeout(() => ws.send(JSON.stringify({ envelope_id: envelope.envelope_id, payload: { text: 'ok' } })), delayMs);
    });
    const sent = Date.now();
    const ack = await fake.sendEnvelope('slash_commands', { command: '/kuril', text: 'brief' });
    const elapsed = Date.now() - sent;
    expect(ack.payload).toEqual({ text: 'ok' });
    // setTimeout may fire up to 1 ms early by Date.now()'s clock.
    expect(ack.ms).toBeGreaterThanOrEqual(delayMs - 1);
    expect(ack.ms).toBeLessThanOrEqual(elapsed);
    ws.close();
    // A ticket works once.
    const again = new WebSocket(url!);
    const status = await new Promise<string>((resolve) => {
      again.once('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
      again.once('open', () => resolve('open'));
      again.once('error', () => resolve('error'));
    });
    expect(status).toBe('401');
  });
});

describe('Block Kit checks and request signing', () => {
  it('report each problem', () => {
    expect(checkBlocks([section('ok')])).toEqual([]);
    expect(checkBlocks({})).toEqual(['blocks must be an array']);
    expect(checkMessage({ text: 'x', blocks: '[not json' }).error).toBe('invalid_blocks_format');
    expect(checkMessage({ text: 'x'.repeat(40_001) }).error).toBe('msg_too_long');
    expect(checkBlocks([{ type: 'section', text: { type: 'mrkdwn', text: 'a', emoji: true } }])).toEqual(['blocks[0].text.emoji is only allowed on plain_text']);
    expect(checkBlocks([{ type: 'divider', block_id: 'a' }, { type: 'divider', block_id: 'a' }])).toEqual(['blocks[1].block_id "a" is repeated']);
  });

  it('check buttons in an actions block: text, action_id unique in the block, value length, style', () => {
    const button = (id: string, extra: Record<string, unknown> = {}) => ({ type: 'button', text: { type: 'plain_text', text: 'Chart' }, action_id: id, value: 'chart:from=2025-12', ...extra });
    expect(checkBlocks([{ type: 'actions', elements: [button('a'), button('b', { style: 'primary' })] }])).toEqual([]);
    expect(checkBlocks([{ type: 'actions', elements: [button('a'), button('a')] }])).toEqual(['blocks[0].elements[1].action_id "a" is repeated in its block']);
    expect(checkBlocks([{ type: 'actions', elements: [button('a', { text: { type: 'plain_text', text: 'x'.repeat(76) } })] }])).toEqual(['blocks[0].elements[0].text.text is 76 characters; the limit is 75']);
    expect(checkBlocks([{ type: 'actions', elements: [button('a', { value: 'v'.repeat(2_001) })] }])).toEqual(['blocks[0].elements[0].value must be at most 2,000 characters']);
    expect(checkBlocks([{ type: 'actions', elements: [button('a', { style: 'secondary' })] }])).toEqual(['blocks[0].elements[0].style must be primary or danger']);
  });

  it('signs requests the way Bolt verifies them', () => {
    const secret = 'signing-secret-for-the-check';
    const body = 'command=%2Fkuril&text=brief';
    const timestamp = Math.floor(Date.now() / 1000);
    const verify = (signature: string, ts = timestamp) =>
      verifySlackRequest({ signingSecret: secret, body, headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': ts } });
    expect(() => verify(slackSignature(secret, timestamp, body))).not.toThrow();
    expect(() => verify(slackSignature('other-secret', timestamp, body))).toThrow();
    expect(() => verify(slackSignature(secret, timestamp - 301, body), timestamp - 301)).toThrow();
  });
});
