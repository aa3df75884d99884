import { describe, expect, it } from 'vitest';
import { decodeAction } from '../../../src/adapters/actions.js';
import { ACTION_ID_PATTERN, renderSlack, SLACK_LIMITS } from '../../../src/adapters/slack/render.js';
import type { Reply, ReplyAction, ReplyItem } from '../../../src/briefings/reply.js';
import { checkMessage } from '../../support/fake-slack/index.js';

/** Reply.actions as Block Kit buttons: where they go, what they carry, and what happens past Slack's limits. */

const chart: ReplyAction = { label: 'Chart', command: 'chart', args: { from: '2025-12', actor: 'Muneo Suzuki' } };
const item = (i: number): ReplyItem => ({ title: `Event ${i}`, text: `Text ${i}.`, sources: [{ outlet: 'Outlet', url: `https://example.org/${i}` }] });
const reply = (actions: readonly ReplyAction[], items = 2): Reply => ({
  kind: 'briefing',
  title: 'Brief',
  sections: [{ heading: 'News', items: Array.from({ length: items }, (_, i) => item(i)) }],
  footer: 'As of today',
  visibility: 'public',
  actions,
});

type Buttons = { type: string; elements: { action_id: string; value: string; text: { text: string } }[] };
const actionsOf = (blocks: readonly { type: string }[]) => blocks.filter((b): b is Buttons => b.type === 'actions');

describe('action buttons on Slack', () => {
  it('one actions block after the footer; each value reads back as the command, each id matches the listener', () => {
    const [message] = renderSlack(reply([chart]));
    expect(message!.blocks.at(-2)!.type).toBe('context');
    const [block] = actionsOf(message!.blocks);
    expect(message!.blocks.at(-1)).toBe(block);
    const [button] = block!.elements;
    expect(button!.text.text).toBe('Chart');
    expect(button!.action_id).toMatch(ACTION_ID_PATTERN);
    expect(decodeAction(button!.value)).toEqual({ name: 'chart', raw: { from: '2025-12', actor: 'Muneo Suzuki' } });
    expect(checkMessage(message as never)).toEqual({ problems: [] });
  });

  it('a value over 2,000 characters is given as the command to type instead', () => {
    const long: ReplyAction = { label: 'Chart', command: 'chart', args: { actor: 'z'.repeat(SLACK_LIMITS.actionValue) } };
    const [message] = renderSlack(reply([chart, long]));
    expect(actionsOf(message!.blocks).flatMap((b) => b.elements)).toHaveLength(1);
    expect(JSON.stringify(message!.blocks.at(-1))).toContain('Chart: /kuril chart actor:zzz');
    expect(checkMessage(message as never)).toEqual({ problems: [] });
  });

  it('kept on the last message when a long reply is shortened to fit a response_url', () => {
    const messages = renderSlack(reply([chart], 200), { maxMessages: 2 });
    expect(messages).toHaveLength(2);
    expect(actionsOf(messages[0]!.blocks)).toEqual([]);
    expect(actionsOf(messages[1]!.blocks)).toHaveLength(1);
    for (const message of messages) expect(checkMessage(message as never)).toEqual({ problems: [] });
  });
});
