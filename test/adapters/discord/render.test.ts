import { describe, expect, test } from 'vitest';
import type { Reply, ReplyItem } from '../../../src/briefings/reply.js';
import { renderReply, type DiscordMessage } from '../../../src/adapters/discord/render.js';
import { checkMessage, embedCharacters } from '../../support/fake-discord/index.js';

/**
 * The renderer against replies far larger than the event set produces today: every message must pass
 * the fake's independent limit checks, links must survive whole, and cuts must fall at boundaries.
 */

const sentence = (i: number) => `Sentence number ${i} says something about the islands.`;
const prose = (sentences: number, from = 0) => Array.from({ length: sentences }, (_, i) => sentence(from + i)).join(' ');
const url = (i: number) => `https://example.org/news/${'long-path-segment-'.repeat(4)}${i}?q=(kuril)`;

function item(i: number, sources = 3, sentences = 40): ReplyItem {
  return {
    date: `${(i % 28) + 1} March 2022`,
    title: `Event ${i}: *talks* _stall_ again`,
    text: prose(sentences, i * 100),
    sources: Array.from({ length: sources }, (_, j) => ({ outlet: `Outlet ${j}`, url: url(i * 100 + j), published: '2022-03-21' })),
    eventId: `2022-03-${String((i % 28) + 1).padStart(2, '0')}-event-${i}`,
    ...(i % 3 === 0 ? { verification: 'single-source' as const } : {}),
  };
}

const huge: Reply = {
  kind: 'briefing',
  title: `A title that goes on ${'and on '.repeat(60)}`,
  lead: prose(120),
  trend: {
    direction: 'deteriorated',
    reason: prose(3),
    window: { from: '2026-08-29', to: '2026-11-26' },
    previous: { from: '2026-06-01', to: '2026-08-28' },
    score: -12,
    previousScore: -3,
    basis: [],
  },
  sections: [
    { heading: 'Developments', text: prose(5), items: Array.from({ length: 60 }, (_, i) => item(i)) },
    { heading: 'Sources', items: Array.from({ length: 150 }, (_, i) => ({ title: `Outlet ${i}`, sources: [{ outlet: `Outlet ${i}`, url: url(10_000 + i) }] })) },
    { heading: 'Note', text: prose(150), items: [] },
  ],
  footer: `As of 26 November 2026 · ${'footer words '.repeat(300)}`,
  visibility: 'public',
};

const allUrls = new Set(
  huge.sections.flatMap((s) => s.items.flatMap((i) => i.sources.flatMap((s) => (s.url ? [s.url.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))] : [])))),
);

function texts(message: DiscordMessage): string[] {
  return message.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text ?? '']);
}

describe('limits hold whatever the size', () => {
  test.each([1, 2, 4, 10])('a huge reply in at most %i message(s)', (maxMessages) => {
    const messages = renderReply(huge, { maxMessages });
    expect(messages.length).toBeGreaterThanOrEqual(1);
    expect(messages.length).toBeLessThanOrEqual(maxMessages);
    for (const message of messages) {
      expect(checkMessage(message, { requireContent: true })).toEqual([]);
      expect(message.embeds.reduce((sum, e) => sum + embedCharacters(e as Record<string, unknown>), 0)).toBeLessThanOrEqual(6_000);
    }
    // Cut short: the last message says so.
    const footer = messages.at(-1)!.embeds.at(-1)!.footer?.text ?? '';
    expect(footer).toContain('not shown');
  });

  test('links are never cut: every link in the output is whole and is one of the sources', () => {
    for (const maxMessages of [1, 4]) {
      for (const message of renderReply(huge, { maxMessages })) {
        for (const text of texts(message)) {
          const links = [...text.matchAll(/\]\((https?:[^)\s]*)\)/g)].map((m) => m[1]!);
          for (const link of links) expect(allUrls.has(link), link).toBe(true);
          // No dangling link syntax: every "](" starts a complete link.
          expect((text.match(/\]\(/g) ?? []).length).toBe(links.length);
          expect(text).not.toMatch(/https?:\/\/\S*…/);
        }
      }
    }
  });

  test('trimmed prose ends at a sentence with an ellipsis', () => {
    const [message] = renderReply({ ...huge, lead: prose(2), sections: [huge.sections[0]!] }, { maxMessages: 1 });
    const values = message!.embeds.flatMap((e) => e.fields ?? []).map((f) => f.value.split('\n')[0]!);
    const cut = values.filter((v) => v.endsWith('…'));
    expect(cut.length).toBeGreaterThan(0);
    for (const value of cut) expect(value).toMatch(/\.…$/);
  });

  test('with room to spare nothing is trimmed', () => {
    const small: Reply = { ...huge, title: 'Small', lead: 'Lead.', trend: undefined, footer: 'As of today', sections: [{ heading: 'Events', items: [item(1, 2, 3)] }] };
    const messages = renderReply(small);
    expect(messages).toHaveLength(1);
    const all = texts(messages[0]!).join('\n');
    expect(all).toContain(prose(3, 100));
    expect(all).not.toContain('…');
    expect(all).toContain('[Outlet 0, 21 March 2022](https://example.org/news/');
    expect(all).toContain('`2022-03-02-event-1`');
  });
});

describe('presentation', () => {
  test('Markdown in data is escaped, labels are shown, colour follows the trend', () => {
    const reply: Reply = {
      kind: 'briefing',
      title: '**Bold** title',
      lead: '# not a heading\n- not a list [not](a link)',
      sections: [{ heading: 'Items', items: [{ title: 'x', text: 'a `code` b', sources: [], verification: 'unverified' }] }],
      visibility: 'public',
      trend: { ...huge.trend!, direction: 'improved' },
    };
    const [message] = renderReply(reply);
    const [head, section] = message!.embeds;
    expect(head!.title).toBe('\\*\\*Bold\\*\\* title');
    expect(head!.description).toContain('\\# not a heading');
    expect(head!.description).toContain('\\- not a list');
    expect(head!.description).not.toContain('[not](a link)');
    expect(head!.color).toBe(0x2ea04f);
    expect(section!.fields![0]!.value).toContain('Unverified claim');
    expect(section!.fields![0]!.value).toContain('\\`code\\`');
    expect(renderReply({ ...reply, trend: { ...huge.trend!, direction: 'deteriorated' } })[0]!.embeds[0]!.color).toBe(0xd83c3e);
    expect(renderReply({ ...reply, trend: { ...huge.trend!, direction: 'unchanged' } })[0]!.embeds[0]!.color).toBe(0xe8a33d);
  });

  test('mentions in data are defused', () => {
    const [message] = renderReply({ kind: 'error', title: '@everyone', lead: 'hi <@&123456789012345678> and @here', sections: [], visibility: 'ephemeral' });
    const all = texts(message!).join('\n');
    expect(all).not.toMatch(/@(everyone|here)|<@&\d+>/);
    expect(all).toContain('@\u200beveryone');
  });

  test('paged replies get Previous/Next buttons, or a hint when no button id fits', () => {
    const paged: Reply = { kind: 'list', title: 'Timeline', sections: [{ heading: 'Page 2 of 3', items: [item(1, 1, 2)] }], visibility: 'public', page: { index: 2, count: 3 } };
    const [withButtons] = renderReply(paged, { maxMessages: 1, pageButton: (p) => `kuril:timeline:${p}:` });
    const buttons = withButtons!.components![0]!.components;
    expect(buttons.map((b) => [b.custom_id, b.disabled])).toEqual([
      ['kuril:timeline:1:', false],
      ['kuril:timeline:3:', false],
    ]);
    const [without] = renderReply(paged, { maxMessages: 1, pageButton: () => undefined });
    expect(without!.components).toBeUndefined();
    expect(without!.embeds.at(-1)!.footer!.text).toContain('page:3');
  });
});

describe('files', () => {
  const png = (name: string, bytes: number) => ({ name, contentType: 'image/png', data: new Uint8Array(bytes), description: `Chart ${name}` });

  test('files go on the first message, the first image shown in its first embed', () => {
    const messages = renderReply({ ...huge, files: [png('kuril chart.png', 100), { ...png('data.csv', 10), contentType: 'text/csv' }] }, { maxMessages: 3 });
    expect(messages[0]!.files?.map((f) => f.name)).toEqual(['kuril-chart.png', 'data.csv']);
    expect(messages[0]!.embeds[0]!.image).toEqual({ url: 'attachment://kuril-chart.png' });
    expect(messages.slice(1).every((m) => m.files === undefined)).toBe(true);
    for (const message of messages) expect(checkMessage(message, { requireContent: true })).toEqual([]);
  });

  test('a file over the upload limit is left out and the reply says so', () => {
    const [message] = renderReply({ kind: 'briefing', title: 'Chart', sections: [], visibility: 'public', files: [png('huge.png', 9 * 1024 * 1024)] });
    expect(message!.files).toBeUndefined();
    expect(message!.embeds[0]!.image).toBeUndefined();
    expect(JSON.stringify(message!.embeds)).toContain('huge.png (9 MB) is larger than Discord accepts (8 MB per message)');
  });
});
