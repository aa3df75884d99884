import { describe, expect, test } from 'vitest';
import { actionCustomId, parseActionCustomId } from '../../../src/adapters/discord/actions.js';
import { parsePageCustomId } from '../../../src/adapters/discord/paging.js';
import { renderReply } from '../../../src/adapters/discord/render.js';
import type { Reply, ReplyAction } from '../../../src/briefings/reply.js';
import { checkMessage } from '../../support/fake-discord/index.js';

/** Reply.actions as Discord buttons: the custom id, the rows beside the page buttons, and the typed fallback. */

const chart: ReplyAction = { label: 'Chart', command: 'chart', args: { from: '2025-12' } };
const reply = (actions: readonly ReplyAction[], extra: Partial<Reply> = {}): Reply => ({ kind: 'briefing', title: 'Brief', lead: 'Lead.', sections: [], footer: 'As of today', visibility: 'public', actions, ...extra });

describe('action custom ids', () => {
  test('carry the command and its options, and are never read as a page button', () => {
    const id = actionCustomId({ command: 'chart', args: { from: '2025-12', actor: 'Muneo Suzuki' } })!;
    expect(id).toBe('kuril:run:chart:from=2025-12&actor=Muneo+Suzuki');
    expect(parseActionCustomId(id)).toEqual({ name: 'chart', raw: { from: '2025-12', actor: 'Muneo Suzuki' } });
    expect(parsePageCustomId(id)).toBeUndefined();
    expect(parseActionCustomId('kuril:timeline:2:from=2022')).toBeUndefined();
  });

  test('longer than 100 characters: no id', () => {
    expect(actionCustomId({ command: 'chart', args: { actor: 'x'.repeat(100) } })).toBeUndefined();
  });
});

describe('action buttons', () => {
  test('a row of its own under the page buttons, on the first message only, accepted by the fake', () => {
    const paged = reply([chart], { page: { index: 1, count: 3 } });
    const [first] = renderReply(paged, { pageButton: (p) => `kuril:timeline:${p}:` });
    expect(first!.components).toHaveLength(2);
    expect(first!.components![1]!.components).toEqual([expect.objectContaining({ label: 'Chart', custom_id: 'kuril:run:chart:from=2025-12', style: 1 })]);
    expect(checkMessage(first, { requireContent: false })).toEqual([]);
  });

  test('five to a row, at most five rows with the page buttons; what does not fit is given as a command to type', () => {
    const many = Array.from({ length: 30 }, (_, i): ReplyAction => ({ label: `Year ${2000 + i}`, command: 'chart', args: { from: String(2000 + i) } }));
    const [first] = renderReply(reply(many, { page: { index: 2, count: 3 } }), { pageButton: (p) => `kuril:timeline:${p}:` });
    const rows = first!.components!;
    expect(rows).toHaveLength(5);
    expect(rows.slice(1).map((row) => row.components.length)).toEqual([5, 5, 5, 5]);
    expect(checkMessage(first, { requireContent: false })).toEqual([]);
    // 20 buttons; the footer names the rest (as many as fit in it).
    expect(first!.embeds.at(-1)!.footer!.text).toContain('Year 2020: /kuril chart from:2020');
  });

  test('an action too long for a custom id is given in the footer instead, and a repeated one once', () => {
    const long: ReplyAction = { label: 'Chart', command: 'chart', args: { actor: 'y'.repeat(100) } };
    const [first] = renderReply(reply([chart, chart, long]));
    expect(first!.components).toHaveLength(1);
    expect(first!.components![0]!.components).toHaveLength(1);
    const footer = first!.embeds.at(-1)!.footer!.text;
    expect(footer).toContain(`Chart: /kuril chart actor:${'y'.repeat(100)}`);
    expect(footer).not.toContain('from:2025-12');
  });
});
