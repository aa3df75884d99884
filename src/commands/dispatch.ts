import { randomBytes } from 'node:crypto';
import { errorReply, type Reply } from '../briefings/reply.js';
import type { Command, CommandContext } from './command.js';
import { commands, findCommand } from './registry.js';
import { parseCommandLine, usage, type CommandRequest } from './parse.js';
import { quoteUserText } from './sanitize.js';
import { nearest } from './suggest.js';

/**
 * The one way into the command layer. Every adapter ends up here:
 * - runTextCommand: a typed line (console, Slack), parsed by the shared parser;
 * - runCommand: a subcommand name with raw string options (Discord, where options arrive named);
 * - runQuestion: free text from a direct message or mention (the `ask` path).
 * All three validate with the commands' own option schemas and never throw: bad input gets a
 * clear reply, and an unexpected error gets an apology with a reference id (the details are logged).
 */

export type { CommandRequest } from './parse.js';

export async function runTextCommand(line: string, ctx: CommandContext): Promise<Reply> {
  const parsed = parseCommandLine(line, commands);
  return parsed.ok ? runCommand(parsed.request, ctx) : parsed.reply;
}

export async function runQuestion(question: string, ctx: CommandContext): Promise<Reply> {
  return runCommand({ name: 'ask', raw: { question } }, ctx);
}

export async function runCommand(request: CommandRequest, ctx: CommandContext): Promise<Reply> {
  const command = findCommand(request.name);
  if (!command) {
    const guess = nearest(request.name, commands.map((c) => c.name), 1)[0];
    return errorReply(
      'Unknown subcommand',
      `There is no /kuril subcommand "${quoteUserText(request.name, 40)}".${guess ? ` Did you mean /kuril ${guess}?` : ''}`,
      '/kuril help',
    );
  }
  const validated = validateInput(command, request.raw);
  if (!validated.ok) return validated.reply;
  try {
    return await command.run(validated.input, ctx);
  } catch (error) {
    const reference = randomBytes(4).toString('hex');
    ctx.log?.error({ err: error, reference, command: command.name, platform: ctx.caller.platform }, 'command failed');
    return errorReply(
      'Something went wrong',
      `Sorry, that did not work on our side. If it keeps happening, quote reference ${reference}.`,
    );
  }
}

type Validated = { ok: true; input: never } | { ok: false; reply: Reply };

/** Turns raw strings into the command's typed input with each option's zod schema. */
export function validateInput(command: Command, raw: Readonly<Record<string, string>>): Validated {
  const input: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(command.options)) {
    const value = raw[name];
    if (value === undefined || value.trim() === '') {
      if (spec.required) {
        return invalid(command, `/kuril ${command.name} needs ${spec.positional || spec.rest ? `<${name}>` : `${name}:`} (${spec.description.toLowerCase()}).`);
      }
      continue;
    }
    const result = spec.schema.safeParse(value);
    if (!result.success) {
      const message = result.error.issues[0]?.message ?? 'is not valid';
      return invalid(command, `${name}: "${quoteUserText(value, 40)}" ${message}.`);
    }
    input[name] = result.data;
  }
  const unknown = Object.keys(raw).find((name) => !(name in command.options));
  if (unknown) return invalid(command, `/kuril ${command.name} has no option "${quoteUserText(unknown, 30)}".`);
  const problem = command.check?.(input);
  if (problem) return invalid(command, problem);
  return { ok: true, input: input as never };
}

function invalid(command: Command, message: string): Validated {
  const examples = command.examples.length ? `\nFor example: ${command.examples.join('  ·  ')}` : '';
  return { ok: false, reply: errorReply(`Cannot run /kuril ${command.name}`, message, `${usage(command)}${examples}`) };
}
