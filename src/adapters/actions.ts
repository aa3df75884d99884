import { actionLine, type Reply, type ReplyAction } from '../briefings/reply.js';
import { expectedVisibility, type CommandRequest } from '../commands/dispatch.js';

/**
 * A reply's follow-up action (Reply.actions) written into a button, and read back when it is
 * pressed: `<command>:<options as a query string>`, e.g. `chart:from=2025-12`. The button carries
 * everything, so a press needs no state on our side and works after a restart; it runs through the
 * one command dispatch like the typed line, with the presser's own rights, so a forged value can do
 * nothing the presser could not type. Discord puts it in a custom id, Slack in a button's value.
 */
export function encodeAction(action: Pick<ReplyAction, 'command' | 'args'>): string {
  return `${action.command}:${new URLSearchParams(action.args).toString()}`;
}

/** The command request a button's text stands for; undefined for anything encodeAction did not make. */
export function decodeAction(text: string): CommandRequest | undefined {
  const match = /^([a-z]+):(.*)$/s.exec(text);
  if (!match) return undefined;
  const raw: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(match[2])) raw[name] = value;
  return { name: match[1]!, raw };
}

/**
 * Who sees the answer to a press: at most whoever could see the message pressed. A button on a reply
 * only the presser sees (`/kuril preview`'s digest) answers only them, though the command typed would
 * answer the channel: a private look should not turn into a post everyone sees. A button on a public
 * message answers as the command does (its errors still privately). Each platform reads which kind of
 * message was pressed (Discord's Ephemeral flag, Slack's `container.is_ephemeral`) and nothing else.
 */
export function pressVisibility(answer: Reply['visibility'], pressedOn: Reply['visibility']): Reply['visibility'] {
  return pressedOn === 'ephemeral' ? 'ephemeral' : answer;
}

/** The reply to a press, made private when the message pressed was (pressVisibility). */
export function replyToPress(reply: Reply, pressedOn: Reply['visibility']): Reply {
  const visibility = pressVisibility(reply.visibility, pressedOn);
  return visibility === reply.visibility ? reply : { ...reply, visibility };
}

/**
 * The line that posts for everyone what a press on a private message showed only the presser, for a
 * platform that cannot carry the answer's files privately (Slack); undefined when the press was on a
 * public message or the command, typed, answers privately anyway.
 */
export function lineToShare(request: CommandRequest, pressedOn: Reply['visibility']): string | undefined {
  return pressedOn === 'ephemeral' && expectedVisibility(request) === 'public' ? actionLine({ command: request.name, args: request.raw }) : undefined;
}
