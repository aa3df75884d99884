import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { brief } from '../../../src/briefings/index.js';
import { createDigestService, type DigestRuntime } from '../../../src/digests/service.js';
import { createDigestStore } from '../../../src/digests/store/open-store.js';
import type { DigestSender, DigestService } from '../../../src/digests/types.js';
import { createLogger } from '../../../src/logger.js';
import { MEMBER_PERMISSIONS, MODERATOR_PERMISSIONS } from '../../support/fake-discord/index.js';
import { finalReply, NOW, realDossier, startHarness, textOf, type Harness } from './helpers.js';

/**
 * With a digest service (an in-memory store), the digest subcommands work on Discord: the adapter passes
 * the service and the caller's permissions to the commands, and hands the scheduler a sender that posts
 * to channels.
 */

let h: Harness;
let runtime: DigestRuntime;
let sender: DigestSender | undefined;

beforeAll(async () => {
  const log = createLogger('silent');
  const store = await createDigestStore({ url: 'sqlite://:memory:', log });
  runtime = createDigestService({ store, dossier: realDossier, log, defaultTimeZone: 'UTC' });
  // The real service; only the hand-over of the sender is noted so the test can use it.
  const digests: DigestService = {
    ...runtime,
    registerSender(s) {
      sender = s;
      runtime.registerSender(s);
    },
  };
  h = await startHarness({}, { digests });
});
afterAll(async () => {
  await h?.stop();
  await runtime?.close();
});

const channel = () => ({ platform: 'discord' as const, channelId: h.fake.channelId, scope: h.fake.appId });

describe('digest commands on Discord', () => {
  test('a member without Manage Channels cannot subscribe the channel', async () => {
    const interaction = h.fake.chatInput('subscribe', { time: '08:30', tz: 'Asia/Tokyo' }, { permissions: MEMBER_PERMISSIONS });
    const reply = await finalReply(h.fake, interaction);
    expect(textOf(reply)).toContain('Manage Channels');
    expect(Number(reply.object.flags) & 64).toBe(64);
    expect(await runtime.get(channel())).toBeUndefined();
  });

  test('a member with Manage Channels subscribes it, in public', async () => {
    const interaction = h.fake.chatInput('subscribe', { time: '08:30', tz: 'Asia/Tokyo', quiet: 'skip' }, { permissions: MODERATOR_PERMISSIONS });
    const reply = await finalReply(h.fake, interaction);
    expect(Number(reply.object.flags) & 64).toBe(0);
    expect(textOf(reply)).toContain('08:30');
    expect(await runtime.get(channel())).toMatchObject({ time: '08:30', tz: 'Asia/Tokyo', quiet: 'skip', workspaceId: h.fake.guildId });
  });

  test('in a direct message the digest commands explain they work only in a channel', async () => {
    const interaction = h.fake.chatInput('pause', {}, { dm: true });
    expect(textOf(await finalReply(h.fake, interaction))).toContain('/kuril pause works only in a channel');
  });
});

describe('the digest sender', () => {
  test('is handed over once connected, scoped by the application, and posts each part with a nonce within the limits', async () => {
    expect(sender?.platform).toBe('discord');
    expect(sender?.scope).toBe(h.fake.appId);
    const before = h.fake.requests.length;
    const parts = sender!.render(brief(h.dossier, NOW));
    for (const [index, part] of parts.entries()) {
      const result = await sender!.sendPart(part, { channelId: h.fake.channelId, delivery: '2026-11-26', index, count: parts.length, verify: false });
      expect(result.kind).toBe('sent');
    }
    const posts = h.fake.requests.filter((r) => r.seq > before && r.method === 'POST' && r.path === `/channels/${h.fake.channelId}/messages`);
    expect(posts).toHaveLength(parts.length);
    for (const post of posts) {
      expect(post.status).toBe(200);
      expect(post.body).toMatchObject({ allowed_mentions: { parse: [] }, enforce_nonce: true });
    }
    expect(JSON.stringify(posts[0]!.body)).toContain(h.dossier.title);
  });

  test('a channel that does not exist is reported gone', async () => {
    const [part] = sender!.render(brief(h.dossier, NOW));
    expect(await sender!.sendPart(part, { channelId: '123456789012345678', delivery: '2026-11-26', index: 0, count: 1, verify: false })).toMatchObject({ kind: 'gone' });
  });
});
