import type { ReplyAction } from '../../briefings/reply.js';
import type { CommandRequest } from '../../commands/dispatch.js';
import { decodeAction, encodeAction } from '../actions.js';
import { DISCORD_LIMITS } from './limits.js';
import { PAGE_PREFIX } from './paging.js';

/**
 * Action buttons (Reply.actions) on Discord: `kuril:run:<command>:<options>` (../actions.ts), routed
 * with the page buttons (every custom id of ours starts `kuril:`). It cannot be mistaken for a page
 * button (`kuril:<command>:<page>:…`), whose third part is a number. Discord allows 100 characters; an
 * action that does not fit gets no button (the renderer prints the command to type instead).
 */
const ACTION_PREFIX = `${PAGE_PREFIX}run:`;

/** The custom id for an action, or undefined when it would be longer than Discord allows. */
export function actionCustomId(action: Pick<ReplyAction, 'command' | 'args'>): string | undefined {
  const id = `${ACTION_PREFIX}${encodeAction(action)}`;
  return id.length <= DISCORD_LIMITS.customId ? id : undefined;
}

/** The command a custom id made by actionCustomId runs; undefined for anything else. */
export function parseActionCustomId(customId: string): CommandRequest | undefined {
  return customId.startsWith(ACTION_PREFIX) ? decodeAction(customId.slice(ACTION_PREFIX.length)) : undefined;
}
