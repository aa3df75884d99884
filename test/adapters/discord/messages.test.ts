import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { snowflake, type RecordedRequest } from '../../support/fake-discord/index.js';
import { recordingCommands, startHarness, type Harness, type SeenCommand } from './helpers.js';

/** Direct messages, mentions in a server channel, and the rule that nothing the bot sends can ping. */

let h: Harness;
/** What each command ran with. */
const seen: SeenCommand[] = [];

beforeAll(async () => {
  h = await startHarness(recordingCommands(seen));
});
afterAll(async () => h?.stop());

const channelPosts = (channelId: string, after: number) =>
  h.fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages` && r.seq > after);

interface MessageBody {
  embeds: Array<{ title?: string; description?: string; fields?: Array<{ name: string; value: string }>; footer?: { text: string } }>;
  allowed_mentions?: { parse?: string[]; replied_user?: boolean };
  message_reference?: { message_id: string };
  content?: string;
}

describe('direct messages', () => {
  test('a DM is a question: answered in the DM with embeds, as a reply to it', async () => {
    seen.length = 0;
    const before = h.fake.requests.length;
    const dm = h.fake.directMessage('when did Russia suspend the peace talks?');
    const post = await h.fake.waitForRequest((r) => r.seq > before && r.method === 'POST' && r.path === `/channels/${h.fake.dmChannelId}/messages`);
    expect(post.status).toBe(200);
    const body = post.body as MessageBody;
    expect(body.embeds.length).toBeGreaterThan(0);
    expect(body.message_reference?.message_id).toBe(dm.id);
    expect(body.allowed_mentions).toMatchObject({ parse: [], replied_user: false });
    expect(seen[0]).toEqual({
      request: { text: 'when did Russia suspend the peace talks?' },
      caller: {
        platform: 'discord',
        userId: h.fake.user.id,
        userName: h.fake.user.username,
        channelId: h.fake.dmChannelId,
        workspaceId: undefined,
        scope: h.fake.appId,
        isDirect: true,
        canManageChannel: true,
      },
    });
  });

  test('a command typed in a DM runs the command, the same as in the console', async () => {
    const before = h.fake.requests.length;
    h.fake.directMessage('/kuril timeline from:2023');
    const post = await h.fake.waitForRequest((r) => r.seq > before && r.method === 'POST' && r.path === `/channels/${h.fake.dmChannelId}/messages`);
    const body = post.body as MessageBody;
    expect(body.embeds[0]!.title).toBe('Timeline');
    expect(JSON.stringify(body.embeds)).toContain('2023-10-01-muneo-suzuki-visits-moscow');
  });

  test('"help" in a DM gets help, not an answer', async () => {
    const before = h.fake.requests.length;
    h.fake.directMessage('help');
    const post = await h.fake.waitForRequest((r) => r.seq > before && r.method === 'POST' && r.path === `/channels/${h.fake.dmChannelId}/messages`);
    expect((post.body as MessageBody).embeds[0]!.title).toBe('Kuril Brief help');
  });

  test('messages from bots, including the bot itself, are ignored', async () => {
    seen.length = 0;
    const before = h.fake.requests.length;
    h.fake.directMessage('I am a bot', { id: snowflake(), username: 'otherbot', global_name: null, discriminator: '0', avatar: null, bot: true });
    h.fake.directMessage('echo', h.fake.botUser);
    // A human message afterwards is answered. Messages are handled in order, and one the bot takes
    // reaches beforeCommand before any reply is sent: by then the two above would have too.
    h.fake.directMessage('who is Muneo Suzuki?');
    await h.fake.waitForRequest((r) => r.seq > before && r.method === 'POST' && r.path === `/channels/${h.fake.dmChannelId}/messages`);
    expect(seen.map((s) => s.request)).toEqual([{ text: 'who is Muneo Suzuki?' }]);
    expect(channelPosts(h.fake.dmChannelId, before)).toHaveLength(1);
  });
});

describe('mentions in a server channel', () => {
  test('a mention is answered, with the mention stripped from the question', async () => {
    seen.length = 0;
    const before = h.fake.requests.length;
    h.fake.guildMessage(`<@${h.fake.botUser.id}> what is the latest on the islands?`);
    const post = await h.fake.waitForRequest((r) => r.seq > before && r.method === 'POST' && r.path === `/channels/${h.fake.channelId}/messages`);
    expect(post.status).toBe(200);
    expect(seen[0]!.request).toEqual({ text: 'what is the latest on the islands?' });
    expect(seen[0]!.caller).toMatchObject({ isDirect: false, workspaceId: h.fake.guildId, channelId: h.fake.channelId, canManageChannel: false });
  });

  test('server messages that do not mention the bot are left alone', async () => {
    seen.length = 0;
    const before = h.fake.requests.length;
    h.fake.guildMessage('talking about the Kurils among ourselves');
    h.fake.guildMessage(`<@${snowflake()}> not you, bot`);
    // A DM afterwards is answered; the two above would have reached beforeCommand before its reply.
    h.fake.directMessage('help me');
    await h.fake.waitForRequest((r) => r.seq > before && r.path === `/channels/${h.fake.dmChannelId}/messages`);
    expect(seen.map((s) => s.request)).toEqual([{ text: 'help me' }]);
    expect(channelPosts(h.fake.channelId, before)).toHaveLength(0);
  });

  test('a bare mention gets help', async () => {
    const before = h.fake.requests.length;
    h.fake.guildMessage(`<@!${h.fake.botUser.id}>`);
    const post = await h.fake.waitForRequest((r) => r.seq > before && r.path === `/channels/${h.fake.channelId}/messages`);
    expect(JSON.stringify(post.body)).toContain('Kuril Brief help');
    expect(seen.at(-1)!.request).toEqual({ text: '' });
  });
});

describe('nothing the bot sends can ping', () => {
  const hostile = '@everyone @here <@&123456789012345678> <@123456789012345678> <#123456789012345678>';
  const pings = /@(everyone|here)|<@&?!?\d+>|<#\d+>/;

  function expectInert(r: RecordedRequest) {
    const body = ((r.body as { type?: number; data?: MessageBody }).data ?? r.body) as MessageBody;
    expect(body.allowed_mentions?.parse, `${r.method} ${r.path}`).toEqual([]);
    expect(JSON.stringify(body.embeds ?? []) + (body.content ?? '')).not.toMatch(pings);
  }

  test('user text echoed in error replies stays inert', async () => {
    const before = h.fake.requests.length;
    const interactions = [
      h.fake.chatInput('timeline', { actor: hostile.slice(0, 60) }),
      h.fake.chatInput('event', { id: hostile }),
      h.fake.chatInput('help', { command: '@everyone <@&123456789012345678>' }),
      h.fake.chatInput('timeline', { island: '@here' }),
    ];
    await h.fake.waitFor(() => interactions.every((i) => i.callbackType !== undefined), 5_000, 'four replies');
    await h.fake.settle();
    const replies = h.fake.messageRequests().filter((r) => r.seq > before);
    expect(replies).toHaveLength(4);
    for (const r of replies) expectInert(r);
    // The echo is there, defused: the user can see what they typed.
    expect(JSON.stringify(replies.map((r) => r.body))).toContain('@\u200beveryone');
  });

  test('a hostile DM and a hostile mention get inert replies', async () => {
    const before = h.fake.requests.length;
    h.fake.directMessage(`${hostile} when did talks stop?`);
    h.fake.guildMessage(`<@${h.fake.botUser.id}> ${hostile}`);
    await h.fake.waitFor(() => h.fake.messageRequests().filter((r) => r.seq > before).length >= 2, 5_000, 'two replies');
    for (const r of h.fake.messageRequests().filter((r) => r.seq > before)) expectInert(r);
  });

  test('every message request in this file carried allowed_mentions with parse []', async () => {
    await h.fake.settle();
    const all = h.fake.messageRequests();
    expect(all.length).toBeGreaterThan(8);
    for (const r of all) {
      const body = ((r.body as { data?: MessageBody }).data ?? r.body) as MessageBody;
      expect(body.allowed_mentions?.parse, `${r.method} ${r.path}`).toEqual([]);
      expect(r.status).toBeLessThan(300);
    }
  });
});
