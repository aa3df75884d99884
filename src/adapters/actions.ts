import type { ReplyAction } from '../briefings/reply.js';
import type { CommandRequest } from '../commands/dispatch.js';

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
