import { messageTs } from './ids.js';
import type { FakeSlack, PostedMessage } from './server.js';

/**
 * The block_actions payload Slack sends to the app's interactivity URL (or over Socket Mode as an
 * `interactive` envelope) when someone presses a button on a message the app posted: the message as
 * posted, the pressed button as Slack reports it, and a fresh response_url on the fake. Throws when the
 * message has no button with that action_id, as a user cannot press what is not there.
 */
export function blockActions(fake: FakeSlack, message: PostedMessage, actionId: string, user: { id: string; name: string }, channel: { id: string; name?: string }): Record<string, unknown> {
  interface Element { type: string; action_id?: string; value?: string; text?: unknown }
  // Slack gives every block an id when the app sets none.
  const blocks: Record<string, unknown>[] = message.blocks.map((block, i) => ({ ...block, block_id: (block.block_id as string | undefined) ?? `b${i}` }));
  const found = blocks
    .filter((block) => block.type === 'actions')
    .flatMap((block) => ((block.elements as Element[] | undefined) ?? []).map((element) => ({ block, element })))
    .find(({ element }) => element.type === 'button' && element.action_id === actionId);
  if (!found) throw new Error(`fake Slack: the message has no button with action_id ${actionId}`);
  const { block, element } = found;
  return {
    type: 'block_actions',
    user: { id: user.id, username: user.name, name: user.name, team_id: fake.teamId },
    api_app_id: fake.appId,
    token: 'deprecated-verification-token',
    container: { type: 'message', message_ts: message.ts, channel_id: channel.id, is_ephemeral: message.responseType === 'ephemeral' },
    trigger_id: fake.triggerId(),
    team: { id: fake.teamId, domain: fake.teamDomain },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel.id, name: channel.name ?? 'diplomacy' },
    message: { type: 'message', user: fake.botUserId, bot_id: fake.botId, ts: message.ts, text: message.text ?? '', blocks, ...(message.threadTs ? { thread_ts: message.threadTs } : {}) },
    state: { values: {} },
    response_url: fake.responseUrl(),
    actions: [{ type: 'button', action_id: actionId, block_id: block.block_id, text: element.text, ...(element.value !== undefined ? { value: element.value } : {}), action_ts: messageTs() }],
  };
}

