import { errorReply, type Reply } from '../briefings/reply.js';
import type { CommandContext } from './command.js';
import { runCommand, runTextCommand } from './dispatch.js';
import { findCommand, commands } from './registry.js';
import { quoteUserText } from './sanitize.js';
import { nearest } from './suggest.js';

/**
 * The one way in for typed text. A line from any surface (the console, a direct message or a mention
 * on Discord or Slack) is help, a command or a question, decided here and nowhere else:
 * - nothing, `help`, `/help`, `kuril help`, `?` (or `help <subcommand>`): help;
 * - `/kuril …`: that command; `/<subcommand> …` is taken as `/kuril <subcommand> …`;
 * - another `/word`: not a command we know, said so (never answered as a question);
 * - anything else: a question, answered from the event set.
 */
export type TextRoute =
  | { readonly kind: 'help'; readonly topic?: string }
  | { readonly kind: 'command'; readonly line: string }
  | { readonly kind: 'unknown-command'; readonly word: string }
  | { readonly kind: 'question'; readonly text: string };

const HELP = /^(?:\/?kuril\s+)?\/?(?:help|\?)(?:\s+\/?(\S+))?$/i;

export function routeText(line: string): TextRoute {
  const text = line.trim();
  if (!text) return { kind: 'help' };
  const help = HELP.exec(text);
  // "help me understand the talks" is a question; "help timeline" and "/help anything" ask for help.
  if (help && (!help[1] || text.startsWith('/') || findCommand(help[1]))) return { kind: 'help', ...(help[1] ? { topic: help[1] } : {}) };
  if (/^\/kuril(?:\s|$)/i.test(text)) return { kind: 'command', line: text };
  const slash = /^\/(\S+)/.exec(text);
  if (slash) {
    const word = slash[1]!;
    return findCommand(word) ? { kind: 'command', line: `/kuril ${text.slice(1)}` } : { kind: 'unknown-command', word };
  }
  return { kind: 'question', text };
}

/** Answers a typed line: help, the command it names, or the question it asks. */
export function runText(line: string, ctx: CommandContext): Promise<Reply> {
  const route = routeText(line);
  switch (route.kind) {
    case 'help':
      return runCommand({ name: 'help', raw: route.topic ? { command: route.topic } : {} }, ctx);
    case 'command':
      return runTextCommand(route.line, ctx);
    case 'question':
      return runCommand({ name: 'ask', raw: { question: route.text } }, ctx);
    case 'unknown-command':
      ctx.metrics?.commandRun('unknown', 'unknown');
      return Promise.resolve(unknownCommand(route.word));
  }
}

function unknownCommand(word: string): Reply {
  const guess = nearest(word, commands.map((c) => c.name), 1)[0];
  return errorReply(
    'Unknown command',
    `There is no command /${quoteUserText(word, 40)}. Every command starts with /kuril${guess ? `: did you mean /kuril ${guess}?` : '.'}`,
    'Type /kuril help for the commands, or ask a question in plain words.',
  );
}
