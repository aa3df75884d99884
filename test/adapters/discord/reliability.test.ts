import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { invalidFormBody, type FakeInteraction } from '../../support/fake-discord/index.js';
import { finalReply, startHarness, textOf, type Harness } from './helpers.js';

/**
 * The hard parts: the 3-second deadline (defer, then edit), rate limits, failures while sending,
 * gateway reconnects, and shutdown with replies in flight.
 */

/** Longer than Discord's 3 s: only a deferred interaction can still be answered. */
const SLOW_MS = 3_500;
const slow = new Set<string>();

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    beforeCommand: async (request) => {
      if ('name' in request && slow.has(request.name)) await sleep(SLOW_MS);
    },
  });
});
afterAll(async () => h?.stop());

const callbackOf = (i: FakeInteraction) => h.fake.requestsFor(i).find((r) => r.path.endsWith('/callback'))!;

describe('slow commands are deferred within 3 s, then edited', () => {
  test('public, private, private-after-public and a button click, all at once', async () => {
    const timeline = h.fake.chatInput('timeline');
    const timelineMessage = await finalReply(h.fake, timeline);
    slow.add('brief').add('help').add('event').add('timeline');
    try {
      const next = (timelineMessage.object.components as Array<{ components: Array<{ custom_id: string }> }>)[0]!.components[1]!.custom_id;

      const brief = h.fake.chatInput('brief');
      const help = h.fake.chatInput('help');
      const badEvent = h.fake.chatInput('event', { id: 'no-such-event' });
      const click = h.fake.clickButton(timelineMessage, next);
      const all = [brief, help, badEvent, click];
      // Each: the defer, then the edit (the unknown event: the defer, a delete and a private follow-up).
      const expected = new Map([[brief, 2], [help, 2], [badEvent, 3], [click, 2]]);
      await h.fake.waitFor(() => all.every((i) => h.fake.requestsFor(i).filter((r) => r.status > 0).length >= expected.get(i)!), 10_000, 'four deferred replies');
      await h.fake.settle();

      for (const i of all) {
        const callback = callbackOf(i);
        expect(callback.status).toBe(204);
        expect(callback.at - i.dispatchedAt).toBeLessThan(3_000);
        // Deferred, not answered: the answer was not ready within the window.
        expect([5, 6]).toContain((callback.body as { type: number }).type);
        const later = h.fake.requestsFor(i).filter((r) => r !== callback);
        expect(later.length).toBeGreaterThan(0);
        for (const r of later) {
          expect(r.at).toBeGreaterThan(callback.at);
          expect(r.status, `${r.method} ${r.path}`).toBeLessThan(300);
        }
      }

      // Public brief: deferred in public, then the placeholder became the briefing.
      expect(callbackOf(brief).body).toEqual({ type: 5, data: { flags: 0 } });
      const briefMessage = await finalReply(h.fake, brief);
      expect(textOf(briefMessage)).toContain(h.dossier.title);
      expect(Number(briefMessage.object.flags) & 64).toBe(0);

      // Help is private: deferred privately.
      expect(callbackOf(help).body).toEqual({ type: 5, data: { flags: 64 } });
      expect(textOf(await finalReply(h.fake, help))).toContain('/kuril brief');

      // An unknown event looked public until it ran: the public placeholder is removed, the error sent privately.
      expect(callbackOf(badEvent).body).toEqual({ type: 5, data: { flags: 0 } });
      const methods = h.fake.requestsFor(badEvent).map((r) => `${r.method} ${r.path.replace(/\/\d+\/[^/]+/, '/…')}`);
      expect(methods).toEqual(['POST /interactions/…/callback', 'DELETE /webhooks/…/messages/@original', 'POST /webhooks/…']);
      const [errorMessage] = h.fake.messagesOf(badEvent);
      expect(Number(errorMessage!.object.flags) & 64).toBe(64);
      expect(textOf(errorMessage!)).toContain('No such event');

      // The click: deferred update (type 6), then the page edited in place.
      expect((callbackOf(click).body as { type: number }).type).toBe(6);
      expect(textOf(h.fake.messages.get(timelineMessage.id)!)).toMatch(/Page 2 of/);
    } finally {
      slow.clear();
    }
  }, 20_000);
});

describe('rate limits', () => {
  test('a 429 with Retry-After is waited out, then the reply goes through', async () => {
    const route = /^\/channels\/\d+\/messages$/;
    const limit = h.fake.rateLimit({ method: 'POST', path: route, times: 2, retryAfter: 0.4 });
    const before = h.fake.requests.length;
    h.fake.directMessage('what happened in 2022?');
    const ok = await h.fake.waitForRequest((r) => r.seq > before && route.test(r.path) && r.status === 200, 8_000);
    const attempts = h.fake.requests.filter((r) => r.seq > before && route.test(r.path));
    expect(attempts.map((r) => r.status)).toEqual([429, 429, 200]);
    expect(limit.early).toBe(0);
    expect(ok.at - attempts[0]!.at).toBeGreaterThanOrEqual(2 * 400 - 20);
    expect(h.logs.some((l) => l.msg === 'discord rate limit: waiting')).toBe(true);
  });
});

describe('failures while sending', () => {
  test('a refused reply becomes an apology with a reference id, and the details are logged', async () => {
    h.fake.failRoute({
      method: 'POST',
      path: /^\/interactions\/\d+\/[^/]+\/callback$/,
      times: 1,
      status: 400,
      body: invalidFormBody([{ path: 'data.embeds.0.description', code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 4096 or fewer in length.' }]),
    });
    const interaction = h.fake.chatInput('sources');
    const apology = await finalReply(h.fake, interaction);
    const text = textOf(apology);
    expect(text).toContain('Something went wrong');
    const reference = /reference ([0-9a-f]{8})/.exec(text)?.[1];
    expect(reference).toBeDefined();
    expect(Number(apology.object.flags) & 64).toBe(64);
    const logged = h.logs.find((l) => l.msg === 'discord reply failed' && l.reference === reference);
    expect(logged).toMatchObject({ command: 'sources', err: { type: 'DiscordAPIError', code: 50035, status: 400 } });
    expect(JSON.stringify(logged)).not.toContain(interaction.token);
  });
});

describe('gateway', () => {
  test('told to reconnect: the client resumes the session, logs it, and keeps answering', async () => {
    const resumes = h.fake.gateway.resumes.length;
    h.fake.requestReconnect();
    await h.fake.waitFor(() => h.logs.some((l) => l.msg === 'discord gateway session resumed'), 10_000, 'the resume');
    expect(h.fake.gateway.resumes.length).toBe(resumes + 1);
    expect(h.logs.some((l) => l.msg === 'discord gateway connection lost; reconnecting')).toBe(true);
    const interaction = h.fake.chatInput('help');
    expect(textOf(await finalReply(h.fake, interaction))).toContain('/kuril');
  });

  test('a dropped connection: events sent meanwhile are replayed on resume and answered', async () => {
    const resumes = h.fake.gateway.resumes.length;
    const connections = h.fake.gateway.connections;
    h.fake.dropConnection(4000);
    const interaction = h.fake.chatInput('help');
    await h.fake.waitFor(() => h.fake.gateway.resumes.length > resumes, 10_000, 'the resume');
    expect(h.fake.gateway.connections).toBe(connections + 1);
    expect(textOf(await finalReply(h.fake, interaction))).toContain('/kuril');
  });

  test('no token ever reaches the log', () => {
    expect(h.rawLogs.length).toBeGreaterThan(0);
    const log = h.rawLogs.join('\n');
    expect(log).not.toContain(h.fake.token);
    for (const i of h.fake.interactions.values()) expect(log).not.toContain(i.token);
  });
});

describe('shutdown', () => {
  test('stop() finishes the reply in flight, then disconnects and takes no more interactions', async () => {
    // Every interaction the bot takes reaches beforeCommand at once; the brief is slow there, so it
    // is still in flight when stop() begins (the wait is the behaviour under test).
    const taken: string[] = [];
    let briefTaken!: () => void;
    const briefRunning = new Promise<void>((resolve) => (briefTaken = resolve));
    const own = await startHarness({
      beforeCommand: async (request) => {
        taken.push('name' in request ? request.name : request.text);
        briefTaken();
        await sleep(500);
      },
    });
    try {
      const inFlight = own.fake.chatInput('brief');
      await briefRunning;
      const stopping = own.bot.stop();
      // Arrives while the bot is shutting down: not taken.
      const late = own.fake.chatInput('help');
      await stopping;
      // stop() resolves after the client is destroyed, so nothing more can arrive; had the late one
      // been taken, it would have reached beforeCommand by now.
      expect(taken).toEqual(['brief']);
      expect(own.fake.requestsFor(late)).toEqual([]);
      // Answered before stop() resolved.
      const reply = own.fake.messagesOf(inFlight)[0];
      expect(reply).toBeDefined();
      expect(textOf(reply!)).toContain(own.dossier.title);
      await own.fake.waitFor(() => own.fake.gateway.closes.length > 0, 5_000, 'the gateway to close');
      expect(own.fake.gateway.closes[0]).toBe(1000);
      expect(own.logs.some((l) => l.msg === 'discord bot stopped')).toBe(true);
    } finally {
      await own.fake.close();
    }
  });
});
