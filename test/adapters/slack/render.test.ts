import { testCaller, testContext } from '../../support/context.js';
import { describe, expect, it } from 'vitest';
import type { Reply, ReplyItem } from '../../../src/briefings/reply.js';
import { runTextCommand } from '../../../src/commands/dispatch.js';
import { commands } from '../../../src/commands/registry.js';
import { escapeMrkdwn, fitMrkdwn, fromSlackText, link, splitMrkdwn, stripMention } from '../../../src/adapters/slack/mrkdwn.js';
import { renderSlack, SLACK_LIMITS, type SlackMessage } from '../../../src/adapters/slack/render.js';
import { eventCaller, slashCommandCaller } from '../../../src/adapters/slack/slack-bot.js';
import { checkMessage } from '../../support/fake-slack/index.js';
import { NOW, realDossier } from '../../support/slack-harness.js';

/**
 * Every string Slack parses as mrkdwn in a message: the fallback `text` and every mrkdwn text object.
 * (plain_text, used only for the header, is shown as typed: Slack never turns it into a mention.)
 */
function texts(message: SlackMessage, types: readonly string[] = ['mrkdwn']): string[] {
  const out = [message.text];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.text === 'string' && types.includes(String(record.type))) out.push(record.text);
      Object.values(record).forEach(visit);
    }
  };
  visit(message.blocks);
  return out;
}

/** Asserts what Slack would check, plus the renderer's own promises (no cut links, no raw mentions). */
function expectValid(messages: readonly SlackMessage[]): void {
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    expect(checkMessage({ text: message.text, blocks: message.blocks })).toEqual({ problems: [] });
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.messageText);
    for (const text of texts(message)) {
      // Every "<" opens a complete link the renderer built; everything else is escaped.
      const withoutLinks = text.replace(/<https?:\/\/[^\s<>|]+\|[^<>]+>/g, '');
      expect(withoutLinks).not.toMatch(/[<>]/);
      expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/);
    }
  }
}

const longUrl = (n: number) => `https://example.org/archive/${'segment-'.repeat(20)}${n}?q=a&b=<c>|d`;

function bigItem(n: number): ReplyItem {
  return {
    date: `${(n % 28) + 1} March 2022`,
    title: `Event ${n}: ${'A very long title about talks, drills and protests. '.repeat(4)}`,
    text: `${'Sentence about the dispute, with a claim & a counter-claim. '.repeat(90)}End of ${n}.`,
    sources: Array.from({ length: 25 }, (_, i) => ({ outlet: `Outlet ${i} <News & Views>`, url: longUrl(i), published: '2022-03-21' })),
    verification: n % 3 === 0 ? 'unverified' : n % 3 === 1 ? 'single-source' : undefined,
    eventId: `2022-03-${String((n % 28) + 1).padStart(2, '0')}-event-${n}`,
  };
}

const huge: Reply = {
  kind: 'list',
  title: `A title that is far too long for a Slack header block ${'x'.repeat(300)}`,
  lead: `Lead ${'with a lot of words. '.repeat(400)}`,
  sections: [
    { heading: 'First', text: 'Section text.\n'.repeat(400), items: Array.from({ length: 60 }, (_, i) => bigItem(i)) },
    { heading: 'Second', items: Array.from({ length: 60 }, (_, i) => bigItem(i + 60)) },
  ],
  footer: 'As of 1 July 2026 · 120 events on record',
  visibility: 'public',
  page: { index: 1, count: 3 },
};

describe('Slack rendering', () => {
  it('keeps an oversized reply within every Block Kit limit, split over several messages', () => {
    const messages = renderSlack(huge);
    expectValid(messages);
    expect(messages.length).toBeGreaterThan(5);
    const header = messages[0]!.blocks[0]!;
    expect(header.type).toBe('header');
    expect((header as { text: { text: string } }).text.text.length).toBeLessThanOrEqual(150);
    // Continuations say so in their notification text; only the first message has the header.
    expect(messages[1]!.text).toMatch(/\(continued, 2 of \d+\)$/);
    expect(messages.slice(1).every((m) => m.blocks.every((b) => b.type !== 'header'))).toBe(true);
  });

  it('keeps every item, in order, when splitting', () => {
    const all = renderSlack(huge).flatMap((m) => texts(m)).join('\n');
    let from = 0;
    for (const item of huge.sections.flatMap((s) => s.items)) {
      const at = all.indexOf(`\`${item.eventId!}\``, from);
      expect(at, item.eventId).toBeGreaterThan(from - 1);
      from = at;
    }
  });

  it('caps the number of messages for response_url and says what was left out', () => {
    const messages = renderSlack(huge, { maxMessages: 5 });
    expectValid(messages);
    expect(messages).toHaveLength(5);
    const last = messages[4]!.blocks;
    const lastTexts = texts({ text: '', blocks: last });
    expect(lastTexts.some((t) => /^Shortened: \d+ more entries are not shown/.test(t))).toBe(true);
    expect(lastTexts.at(-1)).toBe('As of 1 July 2026 · 120 events on record');
  });

  it('cuts long text at a sentence or line boundary and never inside a link', () => {
    const message = renderSlack(huge)[0]!;
    const sections = message.blocks.filter((b) => b.type === 'section').map((b) => (b as { text: { text: string } }).text.text);
    const lead = sections.filter((t) => t.startsWith('Lead') || t.startsWith('with'));
    expect(lead.length).toBeGreaterThan(1);
    for (const chunk of lead) expect(chunk).toMatch(/\.$/);
    // 25 long links do not fit one 2,000-character context element: they are spread over several, each whole.
    const contexts = renderSlack(huge).flatMap((m) => m.blocks.filter((b) => b.type === 'context'));
    const sourceContext = contexts.find((b) => JSON.stringify(b).includes('Outlet 24')) as { elements: Array<{ text: string }> } | undefined;
    expect(sourceContext).toBeDefined();
    expect(sourceContext!.elements.length).toBeGreaterThan(1);
    expect(sourceContext!.elements.length).toBeLessThanOrEqual(10);
    const links = sourceContext!.elements.flatMap((e) => e.text.match(/<[^>]*>/g) ?? []);
    expect(links).toHaveLength(25);
    for (const l of links) expect(l).toMatch(/^<https:\/\/example\.org\/archive\/[^\s<>|]+\|Outlet \d+ &lt;News &amp; Views&gt;, 21 March 2022>$/);
  });

  it('escapes data and user text, so mentions typed by anyone stay inert', () => {
    const reply: Reply = {
      kind: 'error',
      title: 'No such event <!channel>',
      lead: 'No event has the id "<!here> <@U12345678> <!everyone> & <#C12345678>".',
      sections: [{ heading: 'Try <@U1>', text: '/kuril timeline lists events with their ids.', items: [{ title: '<!channel> title', sources: [{ outlet: '<@U999>', url: 'javascript:alert(1)' }] }] }],
      footer: '<!subteam^S123|@team>',
      visibility: 'ephemeral',
    };
    const messages = renderSlack(reply);
    expectValid(messages);
    const all = messages.flatMap((m) => texts(m)).join('\n');
    expect(all).not.toMatch(/<[!@#]/);
    const plain = messages.flatMap((m) => texts(m, ['plain_text']).slice(1));
    expect(plain).toEqual(['No such event <!channel>']);
    expect(all).toContain('&lt;!here&gt; &lt;@U12345678&gt; &lt;!everyone&gt; &amp; &lt;#C12345678&gt;');
    // A non-http URL is never made a link.
    expect(all).not.toContain('javascript:');
  });

  it('labels unverified and single-source items and links sources with outlet and date', () => {
    const reply: Reply = {
      kind: 'list',
      title: 'Labels',
      sections: [
        {
          heading: 'Items',
          items: [
            { title: 'Claim A', sources: [{ outlet: 'TASS', url: 'https://tass.com/politics/1' }], verification: 'unverified' },
            { title: 'Claim B', sources: [{ outlet: 'Kyodo', url: 'https://english.kyodonews.net/2', published: '2022-03-22' }], verification: 'single-source' },
            { title: 'Claim C', sources: [{ outlet: 'Seed article' }] },
          ],
        },
      ],
      visibility: 'public',
    };
    const all = renderSlack(reply).flatMap((m) => texts(m)).join('\n');
    expect(all).toContain('*Claim A* _(Unverified claim)_');
    expect(all).toContain('*Claim B* _(Single source)_');
    expect(all).toMatch(/\*Claim C\*(?! _)/);
    expect(all).toContain('Source: <https://tass.com/politics/1|TASS>');
    expect(all).toContain('Source: <https://english.kyodonews.net/2|Kyodo, 22 March 2022>');
    expect(all).toContain('Source: Seed article (no public link)');
  });

  it('renders every real reply within the limits', async () => {
    const dossier = realDossier();
    const ctx = testContext(dossier, NOW, { caller: testCaller({ platform: 'slack', userId: 'U0TESTUSER1', isDirect: false }) });
    const lines = [
      ...commands.map((c) => c.examples[0] ?? `/kuril ${c.name}`),
      ...commands.map((c) => `/kuril help ${c.name}`),
      ...dossier.events.map((e) => `/kuril event ${e.id}`),
      ...Array.from({ length: 10 }, (_, i) => `/kuril timeline page:${i + 1}`),
    ];
    for (const line of lines) {
      const reply = await runTextCommand(line, ctx);
      const messages = renderSlack(reply, { maxMessages: SLACK_LIMITS.responseUrlMessages });
      expectValid(messages);
      expect(messages.length, line).toBeLessThanOrEqual(5);
      // Nothing of the real data set needs shortening.
      expect(messages.flatMap((m) => texts(m)).join('\n'), line).not.toContain('Shortened:');
    }
  });
});

describe('mrkdwn helpers', () => {
  it('escapes exactly &, < and >', () => {
    expect(escapeMrkdwn('a & b <!here> > c *bold*')).toBe('a &amp; b &lt;!here&gt; &gt; c *bold*');
  });

  it('builds links only for http(s) and keeps them parseable', () => {
    expect(link('https://a.example/x?y=1&z=2', 'A & B')).toBe('<https://a.example/x?y=1&amp;z=2|A &amp; B>');
    expect(link('https://a.example/a|b>c', 'X')).toBe('<https://a.example/a%7Cb%3Ec|X>');
    expect(link('ftp://a.example/', 'X')).toBe('X');
    expect(link(undefined, '<X>')).toBe('&lt;X&gt;');
  });

  it('decodes what Slack sends back into the typed line', () => {
    expect(fromSlackText('event &lt;b&gt; &amp; <@U12345678|ann> <#C12345678|general> <!here> <https://x.example|x.example>')).toBe(
      'event <b> & @ann #general @here x.example',
    );
    expect(stripMention('<@U0BOT00001> /kuril brief <@U0BOT00001|kb>', 'U0BOT00001')).toBe('/kuril brief');
  });

  it('never splits an entity or a link', () => {
    const text = `${'&amp;'.repeat(700)}`;
    for (const chunk of splitMrkdwn(text, 3_000)) {
      expect(chunk.length).toBeLessThanOrEqual(3_000);
      expect(chunk).toMatch(/^(&amp;)+$/);
    }
    const fitted = fitMrkdwn(`${'word '.repeat(10)}<https://example.org/${'a'.repeat(80)}|label>`, 60);
    expect(fitted.length).toBeLessThanOrEqual(60);
    expect(fitted).not.toContain('<');
  });
});

describe('caller from Slack payloads', () => {
  it('maps a slash command: team, channel, user, DM or not', async () => {
    const base = { user_id: 'U0ANALYST01', user_name: 'ann', channel_id: 'C0DIPLOMAC1', channel_name: 'diplomacy', team_id: 'T0KURIL0001' };
    // Rights are asked lazily; here they answer whether the conversation was direct, to show what was passed.
    const rights = (isDirect: boolean) => () => Promise.resolve(isDirect);
    const caller = slashCommandCaller(base, rights);
    const { can: _can, ...fields } = caller;
    expect(fields).toEqual({
      platform: 'slack',
      userId: 'U0ANALYST01',
      userName: 'ann',
      channelId: 'C0DIPLOMAC1',
      workspaceId: 'T0KURIL0001',
      isDirect: false,
    });
    await expect(caller.can('manageChannel')).resolves.toBe(false);
    const direct = slashCommandCaller({ ...base, channel_id: 'D0DIRECT001', channel_name: 'directmessage' }, rights);
    expect(direct.isDirect).toBe(true);
    await expect(direct.can('manageChannel')).resolves.toBe(true);
  });

  it('maps message and mention events', async () => {
    const rights = (isDirect: boolean) => () => Promise.resolve(isDirect);
    const { can, ...fields } = eventCaller({ channel: 'D0DIRECT001', channel_type: 'im' }, 'U0ANALYST01', 'T0KURIL0001', 'Ann', rights);
    expect(fields).toEqual({
      platform: 'slack',
      userId: 'U0ANALYST01',
      userName: 'Ann',
      channelId: 'D0DIRECT001',
      workspaceId: 'T0KURIL0001',
      isDirect: true,
    });
    await expect(can('manageChannel')).resolves.toBe(true);
    expect(eventCaller({ channel: 'C0DIPLOMAC1', channel_type: 'channel' }, 'U0ANALYST01', 'T0KURIL0001', undefined, rights).isDirect).toBe(false);
  });
});
