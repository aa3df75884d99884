import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commands } from '../../../src/commands/registry.js';
import { MEMBER_PERMISSIONS, MODERATOR_PERMISSIONS, type FakeInteraction, type StoredMessage } from '../../support/fake-discord/index.js';
import { embedsOf, finalReply, recordingCommands, startHarness, textOf, type Harness, type SeenCommand } from './helpers.js';

/**
 * Every /kuril subcommand end to end: the real discord.js client, logged in to the fake Discord,
 * answering interactions the fake dispatches, rendered from the real event set.
 */

const EPHEMERAL = 64;
let h: Harness;
/** What each command ran with. */
const seen: SeenCommand[] = [];

beforeAll(async () => {
  h = await startHarness(recordingCommands(seen));
});
afterAll(async () => h?.stop());

/**
 * Sends a slash command and returns the messages it produced: its final first message, and with
 * `until`, every message up to the one that makes `until` hold for their text (multi-message replies).
 * Every request made for it by then has been answered. (Whether anything the bot sent later was
 * refused is checked once for the whole file, in the last test.)
 */
async function run(sub: string, options: Record<string, string | number | boolean> = {}, extra = {}, until?: (text: string) => boolean) {
  const interaction = h.fake.chatInput(sub, options, extra);
  await finalReply(h.fake, interaction);
  if (until) await h.fake.waitFor(() => until(h.fake.messagesOf(interaction).map(textOf).join('\n')), 10_000, `the whole /kuril ${sub} reply`);
  await h.fake.waitFor(() => h.fake.requestsFor(interaction).every((r) => r.status > 0), 5_000, `the answers to /kuril ${sub}`);
  const messages = h.fake.messagesOf(interaction);
  const requests = h.fake.requestsFor(interaction);
  return { interaction, messages, requests, text: messages.map(textOf).join('\n'), first: messages[0]! };
}

const flags = (m: StoredMessage) => Number(m.object.flags);
const callbackOf = (i: FakeInteraction) => h.fake.requestsFor(i).find((r) => r.path.endsWith('/callback'))!;

function expectAccepted(requests: ReturnType<typeof h.fake.requestsFor>) {
  expect(requests.length).toBeGreaterThan(0);
  for (const r of requests) expect(r.status, `${r.method} ${r.path} -> ${JSON.stringify(r.response)}`).toBeLessThan(300);
}

/** All `[label](url)` links in a text. */
const linksIn = (text: string) => [...text.matchAll(/\[(?:[^\]\\]|\\.)*\]\((https:[^)\s]+)\)/g)].map((m) => m[1]!);

describe('subcommands', () => {
  test('brief: public embeds with the dossier title, trend colour, sources as links and the as-of footer', async () => {
    const { interaction, messages, requests, text, first } = await run('brief', {}, {}, (t) => t.includes('As of 26 November 2026'));
    expectAccepted(requests);
    expect(callbackOf(interaction).body).toMatchObject({ type: 4 });
    for (const m of messages) expect(flags(m) & EPHEMERAL).toBe(0);
    const head = embedsOf(first)[0]!;
    expect(head.title).toBe(h.dossier.title);
    expect([0xd83c3e, 0xe8a33d, 0x2ea04f, 0x8f979e]).toContain(head.color);
    expect(text).toMatch(/\*\*Trend, .+: (Deteriorated|Unchanged|Improved|Nothing recorded)\.\*\*/);
    expect(text).toContain('Latest developments');
    expect(linksIn(text).length).toBeGreaterThan(3);
    const last = embedsOf(messages.at(-1)!).at(-1)!;
    expect(last.footer?.text).toMatch(/^As of 26 November 2026 · \d+ events on record/);
  });

  test('timeline with dates: every event of 2022 and nothing else, oldest first', async () => {
    const { requests, text, first } = await run('timeline', { from: '2022', to: '2022' });
    expectAccepted(requests);
    const expected = h.dossier.events.filter((e) => e.date.start <= '2022-12-31' && e.date.end >= '2022-01-01');
    expect(expected.length).toBeGreaterThan(0);
    expect(embedsOf(first)[0]!.description).toContain(`${expected.length} event${expected.length === 1 ? '' : 's'}`);
    const ids = [...text.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]);
    expect(ids).toEqual(expected.slice(0, 10).map((e) => e.id));
  });

  test('timeline with an actor filter given by alias', async () => {
    const actor = h.dossier.actors.find((a) => a.id === 'russia')!;
    const { text } = await run('timeline', { actor: actor.aliases[0]! });
    expect(text).toContain(`involving ${actor.name}`);
  });

  test('timeline with a bad date answers privately with the reason', async () => {
    const { first, text } = await run('timeline', { from: 'yesterday' });
    expect(flags(first) & EPHEMERAL).toBe(EPHEMERAL);
    expect(text).toContain('is not a date');
  });

  test('event: the event in full, each source a Markdown link', async () => {
    const event = [...h.dossier.events].sort((a, b) => b.sources.length + b.quotes.length - (a.sources.length + a.quotes.length))[0]!;
    const { requests, text, first } = await run('event', { id: event.id });
    expectAccepted(requests);
    expect(flags(first) & EPHEMERAL).toBe(0);
    expect(embedsOf(first)[0]!.title).toBe(event.title.replace(/[*_~`|>]/g, (c) => `\\${c}`));
    for (const source of event.sources) if (source.url) expect(linksIn(text)).toContain(source.url);
    expect(text).toContain(`Event ${event.id}`);
  });

  test('event with an unknown id: a private "no such event" with suggestions', async () => {
    const { first, text } = await run('event', { id: '2022-03-2' });
    expect(flags(first) & EPHEMERAL).toBe(EPHEMERAL);
    expect(text).toContain('No such event');
  });

  test('actors: every actor on record, over as many messages as the limits need', async () => {
    const escaped = h.dossier.actors.map((a) => a.name.replace(/[*_~`|>]/g, (c) => `\\${c}`));
    const { messages, requests, text } = await run('actors', {}, {}, (t) => escaped.every((name) => t.includes(name)));
    expectAccepted(requests);
    for (const name of escaped) expect(text).toContain(name);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(flags(m) & EPHEMERAL).toBe(0);
  });

  test('sources: every outlet the event set cites', async () => {
    const outlets = new Set(h.dossier.events.flatMap((e) => e.sources.map((s) => s.outlet)));
    const { requests, text } = await run('sources', {}, {}, (t) => [...outlets].every((o) => t.includes(o)));
    expectAccepted(requests);
    for (const outlet of outlets) expect(text).toContain(outlet);
    const urls = new Set(h.dossier.events.flatMap((e) => e.sources.flatMap((s) => (s.url ? [s.url] : []))));
    const shown = new Set(linksIn(text));
    for (const url of urls) expect(shown.has(url.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29')))).toBe(true);
  });

  test('ask: an answer from the event set, in public, citing its source', async () => {
    const event = h.dossier.eventsById.get('2022-03-21-russia-suspends-peace-talks')!;
    const { first, text } = await run('ask', { question: 'when did Russia suspend the peace talks?' });
    expect(flags(first) & EPHEMERAL).toBe(0);
    expect(text).toContain('21 March 2022');
    expect(linksIn(text)).toContain(event.sources[0]!.url);
  });

  test('ask: a question the sources do not answer gets a private "not in my sources"', async () => {
    const { first, text } = await run('ask', { question: 'what is the weather like on Mars?' });
    expect(flags(first) & EPHEMERAL).toBe(EPHEMERAL);
    expect(text).toMatch(/not in my sources/i);
  });

  test('help: every declared subcommand, privately', async () => {
    const { first, text } = await run('help');
    expect(flags(first) & EPHEMERAL).toBe(EPHEMERAL);
    for (const c of commands) expect(text).toContain(`/kuril ${c.name}`);
  });

  test.each(['subscribe', 'unsubscribe', 'pause', 'resume', 'preview'])('%s: the digest notice, privately', async (sub) => {
    const { first, requests, text } = await run(sub);
    expectAccepted(requests);
    expect(flags(first) & EPHEMERAL).toBe(EPHEMERAL);
    expect(text).toMatch(/digest/i);
  });
});

describe('who is calling', () => {
  test('a member with Manage Channels in a server', async () => {
    seen.length = 0;
    await run('brief', {}, { permissions: MODERATOR_PERMISSIONS });
    expect(seen[0]!.caller).toEqual({
      platform: 'discord',
      userId: h.fake.user.id,
      userName: h.fake.user.username,
      channelId: h.fake.channelId,
      workspaceId: h.fake.guildId,
      scope: h.fake.appId,
      isDirect: false,
      canManageChannel: true,
    });
  });

  test('an ordinary member cannot manage the channel', async () => {
    seen.length = 0;
    await run('brief', {}, { permissions: MEMBER_PERMISSIONS });
    expect(seen[0]!.caller).toMatchObject({ isDirect: false, canManageChannel: false, workspaceId: h.fake.guildId });
  });

  test('a slash command in a direct message', async () => {
    seen.length = 0;
    await run('help', {}, { dm: true });
    expect(seen[0]!.caller).toMatchObject({ isDirect: true, channelId: h.fake.dmChannelId, workspaceId: undefined });
  });

  test('options arrive as the raw strings the command layer validates', async () => {
    seen.length = 0;
    await run('timeline', { from: '2020', page: 2 });
    expect(seen[0]!.request).toEqual({ name: 'timeline', raw: { from: '2020', page: '2' } });
  });
});

describe('autocomplete', () => {
  async function choices(sub: string, focused: string, typed: string) {
    const interaction = h.fake.autocomplete(sub, focused, typed);
    await h.fake.waitFor(() => interaction.choices, 5_000, 'autocomplete choices');
    const callback = callbackOf(interaction);
    expect(callback.status).toBe(204);
    expect(callback.at - interaction.dispatchedAt).toBeLessThan(3_000);
    return interaction.choices as Array<{ name: string; value: string }>;
  }

  test('event ids by substring of the title', async () => {
    const found = await choices('event', 'id', 'treaty');
    const expected = h.dossier.events.filter((e) => e.id.includes('treaty') || e.title.toLowerCase().includes('treaty'));
    expect(found.length).toBe(Math.min(25, expected.length));
    for (const c of found) expect(expected.map((e) => e.id)).toContain(c.value);
  });

  test('event ids by date prefix come first', async () => {
    const prefix = h.dossier.events[h.dossier.events.length - 1]!.id.slice(0, 7);
    const found = await choices('event', 'id', prefix);
    const expected = h.dossier.events.filter((e) => e.id.startsWith(prefix));
    expect(found.slice(0, expected.length).map((c) => c.value).sort()).toEqual(expected.map((e) => e.id).sort());
  });

  test('nothing typed: the 25 newest events', async () => {
    const found = await choices('event', 'id', '');
    expect(found.map((c) => c.value)).toEqual([...h.dossier.events].reverse().slice(0, 25).map((e) => e.id));
  });

  test('actors by alias', async () => {
    const actor = h.dossier.actors.find((a) => a.aliases.length > 0 && a.kind === 'person') ?? h.dossier.actors.find((a) => a.aliases.length > 0)!;
    const alias = actor.aliases[0]!;
    const found = await choices('timeline', 'actor', alias.slice(0, Math.max(3, alias.length - 1)));
    expect(found.map((c) => c.value)).toContain(actor.id);
  });

  test('an option without autocomplete gets no choices', async () => {
    const found = await choices('timeline', 'island', 'itu');
    expect(found).toEqual([]);
  });
});

describe('paging', () => {
  test('Next on the full timeline shows page 2 in the same message', async () => {
    const { interaction, first } = await run('timeline');
    expect(h.dossier.events.length).toBeGreaterThan(10);
    const rows = first.object.components as Array<{ components: Array<{ custom_id: string; label: string; disabled: boolean }> }>;
    const [previous, next] = rows[0]!.components;
    expect(previous!.disabled).toBe(true);
    expect(next!.disabled).toBe(false);
    expect(next!.custom_id.length).toBeLessThanOrEqual(100);
    expect(next!.custom_id).toMatch(/^kuril:timeline:2:/);

    const click = h.fake.clickButton(first, next!.custom_id);
    await h.fake.waitFor(() => click.callbackType, 5_000, 'the button callback');
    await h.fake.settle();
    expect(click.callbackType).toBe(7);
    const updated = h.fake.messages.get(first.id)!;
    const ids = [...textOf(updated).matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]);
    expect(ids).toEqual(h.dossier.events.slice(10, 20).map((e) => e.id));
    const buttons = (updated.object.components as typeof rows)[0]!.components;
    expect(buttons[0]!.disabled).toBe(false);
    expect(buttons[0]!.custom_id).toMatch(/^kuril:timeline:1:/);
    // The interaction itself made one message, and the click did not add any.
    expect(h.fake.messagesOf(interaction)).toHaveLength(1);
    expect(h.fake.messagesOf(click)).toHaveLength(0);
  });

  test('the buttons keep the filter: page 2 of an actor timeline', async () => {
    const { first } = await run('timeline', { actor: 'Russian Federation' });
    const rows = first.object.components as Array<{ components: Array<{ custom_id: string }> }> | undefined;
    expect(rows, 'russia has more than one page of events').toBeDefined();
    const next = rows![0]!.components[1]!.custom_id;
    expect(next).toContain('actor=russia');
    const click = h.fake.clickButton(first, next);
    await h.fake.waitFor(() => click.callbackType, 5_000, 'the button callback');
    const updated = h.fake.messages.get(first.id)!;
    expect(textOf(updated)).toContain('involving Russia');
    expect(textOf(updated)).toMatch(/Page 2 of \d+/);
  });
});

describe('Discord limits on the largest outputs', () => {
  test('every message the bot sent in this file was accepted by the fake', async () => {
    await h.fake.settle();
    const sent = h.fake.messageRequests();
    expect(sent.length).toBeGreaterThan(20);
    const refused = sent.filter((r) => r.status >= 400);
    expect(refused.map((r) => `${r.method} ${r.path}: ${JSON.stringify(r.response)}`)).toEqual([]);
    expect(h.fake.requests.filter((r) => r.status >= 400)).toEqual([]);
  });
});
