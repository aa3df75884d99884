import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import { FakeDiscord, shardOf } from '../../support/fake-discord/index.js';

/**
 * The fake must refuse what Discord refuses, or "accepted by the fake" proves nothing. These tests talk
 * to it with plain fetch, no bot involved.
 */

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start({ interactionDeadlineMs: 300 });
});
afterAll(async () => fake?.close());

const api = (path: string) => `${fake.apiUrl}/v10${path}`;
async function post(path: string, body: unknown, auth = true) {
  const response = await fetch(api(path), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: `Bot ${fake.token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}
const send = (message: unknown) => post(`/channels/${fake.channelId}/messages`, message);
const x = (n: number) => 'x'.repeat(n);

describe('authentication', () => {
  test('401 without the bot token', async () => {
    const response = await fetch(api('/gateway/bot'), { headers: { Authorization: 'Bot not-the-token' } });
    expect(response.status).toBe(401);
    const ok = await fetch(api('/gateway/bot'), { headers: { Authorization: `Bot ${fake.token}` } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ url: fake.gatewayUrl, shards: 1, session_start_limit: { max_concurrency: 1 } });
  });

  test('snowflakes look like Discord ids', () => {
    for (const id of [fake.appId, fake.guildId, fake.channelId, fake.botUser.id]) expect(id).toMatch(/^\d{17,19}$/);
  });
});

describe('message limits: 400, code 50035', () => {
  const cases: Array<[string, unknown, string]> = [
    ['content over 2,000', { content: x(2_001) }, 'content'],
    ['11 embeds', { embeds: Array.from({ length: 11 }, () => ({ description: 'a' })) }, 'embeds'],
    ['title over 256', { embeds: [{ title: x(257) }] }, 'embeds.0.title'],
    ['description over 4,096', { embeds: [{ description: x(4_097) }] }, 'embeds.0.description'],
    ['26 fields', { embeds: [{ fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })) }] }, 'embeds.0.fields'],
    ['field name over 256', { embeds: [{ fields: [{ name: x(257), value: 'v' }] }] }, 'embeds.0.fields.0.name'],
    ['field value over 1,024', { embeds: [{ fields: [{ name: 'n', value: x(1_025) }] }] }, 'embeds.0.fields.0.value'],
    ['empty field value', { embeds: [{ fields: [{ name: 'n', value: '' }] }] }, 'embeds.0.fields.0.value'],
    ['footer over 2,048', { embeds: [{ footer: { text: x(2_049) } }] }, 'embeds.0.footer.text'],
    ['6,001 characters across embeds', { embeds: [{ description: x(4_000) }, { description: x(2_001) }] }, 'embeds'],
    ['custom id over 100', { components: [{ type: 1, components: [{ type: 2, style: 2, label: 'b', custom_id: x(101) }] }] }, 'components.0.components.0.custom_id'],
    ['an empty message', { content: '' }, ''],
  ];

  test.each(cases)('%s', async (_name, message, path) => {
    const response = await send(message);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 50035 });
    let node = response.body!.errors as Record<string, unknown>;
    for (const key of path.split('.').filter(Boolean)) node = node[key] as Record<string, unknown>;
    expect(node._errors).toBeDefined();
  });

  test('exactly at every limit is accepted', async () => {
    const fields = Array.from({ length: 25 }, (_, i) => ({ name: `f${i}`.padEnd(20, '.'), value: x(40) }));
    const response = await send({
      content: x(2_000),
      embeds: [
        { title: x(256), description: x(4_096), footer: { text: x(148) } },
        { fields },
      ],
    });
    // 256 + 4,096 + 148 + 25 × 60 = 6,000.
    expect(response.status, JSON.stringify(response.body)).toBe(200);
  });
});

describe('interactions', () => {
  test('a first response after the deadline gets 404, code 10062; a second response gets 40060', async () => {
    const late = fake.chatInput('help');
    const early = fake.chatInput('help');
    const ok = await post(`/interactions/${early.id}/${early.token}/callback`, { type: 4, data: { content: 'hi' } }, false);
    expect(ok.status).toBe(204);
    const again = await post(`/interactions/${early.id}/${early.token}/callback`, { type: 4, data: { content: 'hi' } }, false);
    expect(again.body).toMatchObject({ code: 40060 });
    // The wait is the behaviour under test: the fake's 300 ms deadline (set above) passing.
    await sleep(350);
    const tooLate = await post(`/interactions/${late.id}/${late.token}/callback`, { type: 5, data: {} }, false);
    expect(tooLate.status).toBe(404);
    expect(tooLate.body).toMatchObject({ code: 10062, message: 'Unknown interaction' });
  });

  test('the webhook does not exist before the first response', async () => {
    const interaction = fake.chatInput('brief');
    const response = await fetch(api(`/webhooks/${fake.appId}/${interaction.token}/messages/%40original`), {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ content: 'x' }),
    });
    expect(response.status).toBe(404);
  });

  test('an autocomplete answer is limited to 25 choices', async () => {
    const interaction = fake.autocomplete('event', 'id', '');
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `c${i}` }));
    const response = await post(`/interactions/${interaction.id}/${interaction.token}/callback`, { type: 8, data: { choices } }, false);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 50035 });
  });
});

describe('modals: callback type 9', () => {
  const input = (extra: Record<string, unknown> = {}) => ({ type: 1, components: [{ type: 4, custom_id: 'f', label: 'Field', style: 1, ...extra }] });
  const modal = (extra: Record<string, unknown> = {}) => ({ custom_id: 'kuril-form:x', title: 'A form', components: [input()], ...extra });
  const show = async (data: unknown, interaction = fake.chatInput('brief')) => {
    const response = await post(`/interactions/${interaction.id}/${interaction.token}/callback`, { type: 9, data }, false);
    return { response, interaction };
  };

  test('a valid modal is recorded; a submission sends its custom id and the values back', async () => {
    const { response, interaction } = await show(modal({ components: [input({ value: 'draft' }), { type: 1, components: [{ type: 4, custom_id: 'g', label: 'Other', style: 2 }] }] }));
    expect(response.status).toBe(204);
    expect(interaction.modal).toMatchObject({ custom_id: 'kuril-form:x' });
    const submitted = fake.submitModal(interaction, { g: 'typed' });
    expect(submitted.type).toBe(5);
    // A modal submission cannot itself be answered with another modal.
    expect((await show(modal(), submitted)).response.status).toBe(400);
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['six inputs', { components: Array.from({ length: 6 }, () => input()) }, 'data.components'],
    ['a label over 45', { components: [input({ label: x(46) })] }, 'data.components.0.components.0.label'],
    ['a custom id over 100', { custom_id: x(101) }, 'data.custom_id'],
    ['a title over 45', { title: x(46) }, 'data.title'],
    ['a value longer than its max_length', { components: [input({ value: 'abc', max_length: 2 })] }, 'data.components.0.components.0.value'],
    ['an empty value', { components: [input({ value: '' })] }, 'data.components.0.components.0.value'],
  ])('%s: 400, code 50035', async (_name, extra, path) => {
    const { response, interaction } = await show(modal(extra));
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain(path.split('.').at(-1)!);
    expect(response.body).toMatchObject({ code: 50035 });
    expect(interaction.modal).toBeUndefined();
  });
});

describe('rate limits', () => {
  test('429 with Retry-After and X-RateLimit headers, N times, then the route works', async () => {
    const limit = fake.rateLimit({ method: 'POST', path: /\/typing$/, times: 2, retryAfter: 0.2 });
    const first = await post(`/channels/${fake.channelId}/typing`, {});
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('0.2');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(first.headers.get('x-ratelimit-reset-after')).toBe('0.2');
    expect(first.body).toMatchObject({ retry_after: 0.2, global: false });
    // Coming back at once is noted as not waiting.
    expect((await post(`/channels/${fake.channelId}/typing`, {})).status).toBe(429);
    expect(limit.early).toBe(1);
    expect((await post(`/channels/${fake.channelId}/typing`, {})).status).toBe(204);
  });
});

describe('command registration', () => {
  test('refuses required options after optional ones and over-long descriptions', async () => {
    const put = (body: unknown) =>
      fetch(api(`/applications/${fake.appId}/commands`), {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Authorization: `Bot ${fake.token}` },
        body: JSON.stringify(body),
      });
    const optionalFirst = [{ name: 'k', description: 'd', type: 1, options: [{ type: 3, name: 'a', description: 'a' }, { type: 3, name: 'b', description: 'b', required: true }] }];
    expect((await put(optionalFirst)).status).toBe(400);
    expect((await put([{ name: 'k', description: x(101), type: 1 }])).status).toBe(400);
    expect((await put([{ name: 'Kuril', description: 'd', type: 1 }])).status).toBe(400);
    expect((await put([{ name: 'k', description: 'd', type: 1 }])).status).toBe(200);
  });
});

describe('file uploads: multipart payload_json and files[n]', () => {
  async function upload(payload: Record<string, unknown>, files: Array<{ index: number; name: string; bytes: number }>) {
    const form = new FormData();
    form.append('payload_json', JSON.stringify(payload));
    for (const file of files) form.append(`files[${file.index}]`, new Blob([new Uint8Array(file.bytes).fill(7)], { type: 'image/png' }), file.name);
    const response = await fetch(api(`/channels/${fake.channelId}/messages`), { method: 'POST', headers: { Authorization: `Bot ${fake.token}` }, body: form });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }
  const described = (name: string) => ({ embeds: [{ title: 't', image: { url: `attachment://${name}` } }], attachments: [{ id: '0', description: 'a chart' }] });

  test('keeps a described file with its bytes and returns it as an attachment', async () => {
    const response = await upload(described('chart.png'), [{ index: 0, name: 'chart.png', bytes: 1_000 }]);
    expect(response.status).toBe(200);
    expect(response.body.attachments).toMatchObject([{ filename: 'chart.png', size: 1_000, content_type: 'image/png', description: 'a chart' }]);
    const stored = fake.messages.get(response.body.id as string)!;
    expect(stored.files[0]!.data).toEqual(Buffer.alloc(1_000, 7));
  });

  test('413, code 40005, over the upload limit', async () => {
    const response = await upload(described('big.png'), [{ index: 0, name: 'big.png', bytes: 10 * 1024 * 1024 + 1 }]);
    expect(response).toMatchObject({ status: 413, body: { code: 40005 } });
  });

  test.each([
    ['a file payload_json does not describe', { embeds: [{ title: 't' }], attachments: [] }],
    ['an embed image naming a file not sent', described('other.png')],
  ])('400 for %s', async (_name, payload) => {
    const response = await upload(payload, [{ index: 0, name: 'chart.png', bytes: 10 }]);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.errors)).toContain('ATTACHMENT_NOT_FOUND');
  });
});

describe('shards', () => {
  /** Opens a raw gateway connection, identifies with `shard`, and resolves with the close code, Invalid Session or the first dispatch. */
  async function identify(target: FakeDiscord, shard: unknown): Promise<{ close?: number; invalidSession?: boolean; ready?: { shard: unknown; guilds: Array<{ id: string }> } }> {
    const ws = new WebSocket(target.gatewayUrl);
    return new Promise((resolve) => {
      ws.on('message', (data: Buffer) => {
        const packet = JSON.parse(data.toString('utf8')) as { op: number; t?: string; d: never };
        if (packet.op === 10) ws.send(JSON.stringify({ op: 2, d: { token: target.token, intents: 0, properties: {}, shard } }));
        if (packet.op === 9) {
          resolve({ invalidSession: packet.d });
          ws.close();
        }
        if (packet.t === 'READY') {
          resolve({ ready: packet.d });
          ws.close();
        }
      });
      ws.on('close', (code) => resolve({ close: code }));
    });
  }

  test('an IDENTIFY must carry a valid [id, count], with no fewer shards than recommended', async () => {
    const sharded = await FakeDiscord.start({ shards: 2 });
    try {
      expect(await identify(sharded, [2, 2])).toEqual({ close: 4010 });
      expect(await identify(sharded, ['0', 2])).toEqual({ close: 4010 });
      expect(await identify(sharded, [0, 1])).toEqual({ close: 4011 });
      expect(await identify(sharded, undefined)).toEqual({ close: 4011 });
      const guild = sharded.addGuild(1);
      const { ready } = await identify(sharded, [1, 2]);
      expect(ready?.shard).toEqual([1, 2]);
      // READY lists only the servers on that shard.
      expect(ready?.guilds.map((g) => g.id)).toEqual(sharded.guilds.filter((g) => shardOf(g.id, 2) === 1).map((g) => g.id));
      expect(ready?.guilds.map((g) => g.id)).toContain(guild.id);
    } finally {
      await sharded.close();
    }
  });

  test('one IDENTIFY per bucket (shard % max_concurrency) per window, over every connection: an early one gets Invalid Session, not resumable, and is recorded', async () => {
    const sharded = await FakeDiscord.start({ shards: 4, maxConcurrency: 2, identifyWindowMs: 500 });
    try {
      expect((await identify(sharded, [0, 4])).ready?.shard).toEqual([0, 4]);
      // another bucket goes through at once
      expect((await identify(sharded, [1, 4])).ready?.shard).toEqual([1, 4]);
      // bucket 0 again, on a new connection (as another process would): too early
      expect(await identify(sharded, [2, 4])).toEqual({ invalidSession: false });
      expect(sharded.gateway.refusedIdentifies).toMatchObject([{ shard: [2, 4], bucket: 0 }]);
      expect(sharded.gateway.refusedIdentifies[0]!.afterMs).toBeLessThan(500);
      // once the window has passed since bucket 0's last accepted IDENTIFY, it is accepted
      await sleep(600);
      expect((await identify(sharded, [2, 4])).ready?.shard).toEqual([2, 4]);
      expect(sharded.gateway.refusedIdentifies).toHaveLength(1);
    } finally {
      await sharded.close();
    }
  });

  test('addGuild puts a server on the shard asked for', async () => {
    const sharded = await FakeDiscord.start({ shards: 5 });
    try {
      for (const shard of [0, 1, 2, 3, 4, 4, 0]) expect(shardOf(sharded.addGuild(shard).id, 5)).toBe(shard);
      expect(() => sharded.addGuild(5)).toThrow('shard 5 is not one of 0–4');
    } finally {
      await sharded.close();
    }
  });
});
