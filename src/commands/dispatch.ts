import { errorReply, noticeReply, type Reply } from '../briefings/reply.js';
import type { CommandOutcome } from '../common/metrics.js';
import { DigestRefusal } from '../digests/refusal.js';
import { NewsQueueUnavailableError } from '../intake/store/queue-unavailable.js';
import { StoreUnavailableError } from '../store/unavailable.js';
import { apologise } from './apology.js';
import type { Command, CommandContext, Visibility } from './command.js';
import { commands, findCommand } from './registry.js';
import { parseCommandLine, unknownSubcommand, usage, type CommandRequest } from './parse.js';
import { rememberRights, whoMay } from './rights.js';
import { quoteUserText } from './sanitize.js';

/**
 * Running a command. Every adapter ends up here:
 * - runText (text.ts): any line typed to the bot, anywhere; it decides help, command or question;
 * - runTextCommand: the text of a `/kuril …` command (Slack's slash command), parsed by the shared parser;
 * - runCommand: a subcommand name with raw string options (Discord, where options arrive named).
 * All validate with the commands' own option schemas and never throw: bad input gets a clear reply,
 * and an unexpected error gets the apology with a reference id (the details are logged).
 */

export type { CommandRequest } from './parse.js';

export async function runTextCommand(line: string, ctx: CommandContext): Promise<Reply> {
  const parsed = parseCommandLine(line, commands);
  if (parsed.ok) return runCommand(parsed.request, ctx);
  ctx.metrics?.commandRun('unknown', 'invalid');
  return parsed.reply;
}

export async function runCommand(request: CommandRequest, ctx: CommandContext): Promise<Reply> {
  const command = findCommand(request.name);
  const { reply, outcome } = command ? await runFound(command, request, ctx) : { reply: unknownSubcommand(request.name, commands), outcome: 'unknown' as const };
  // The registry's name, never the typed one: a metric label must not carry user text.
  ctx.metrics?.commandRun(command?.name ?? 'unknown', outcome);
  return reply;
}

async function runFound(command: Command, request: CommandRequest, ctx: CommandContext): Promise<{ reply: Reply; outcome: CommandOutcome }> {
  const validated = validateInput(command, request.raw);
  if (!validated.ok) return { reply: validated.reply, outcome: 'invalid' };
  const caller = rememberRights(ctx.caller);
  try {
    const refused = await refusal(command, { ...ctx, caller });
    if (refused) return { reply: refused, outcome: 'refused' };
    const reply = await command.run(validated.input, { ...ctx, caller });
    return { reply, outcome: reply.kind === 'error' ? 'error' : 'answered' };
  } catch (error) {
    if (error instanceof DigestRefusal) return { reply: errorReply(error.title, error.lead), outcome: 'refused' };
    if (error instanceof StoreUnavailableError) return { reply: storeUnavailable(ctx, command, error), outcome: 'failed' };
    return { reply: apologise(ctx.log, error, { command: command.name, platform: ctx.caller.platform }, 'command failed'), outcome: 'failed' };
  }
}

/** The store did not answer: say which part is unavailable and what still works, instead of apologising for a bug. */
function storeUnavailable(ctx: CommandContext, command: Command, error: StoreUnavailableError): Reply {
  ctx.log.error({ err: error, command: command.name }, 'command needs the store, which is unavailable');
  if (error instanceof NewsQueueUnavailableError) {
    return noticeReply(
      'The news queue is unavailable for now',
      'News reports waiting for review cannot be read or decided at the moment. Try again in a few minutes; briefings, the timeline and questions work as usual. A decision that was under way is applied whole or not at all: /kuril review shows which.',
    );
  }
  return noticeReply(
    'Daily digests are unavailable for now',
    'Daily digests and alerts cannot be read or changed at the moment. Try again in a few minutes; briefings, the timeline and questions work as usual.',
  );
}

/** Why this caller may not run the command here (before it runs), or undefined if they may. */
export async function refusal(command: Command, ctx: CommandContext): Promise<Reply | undefined> {
  if (command.channelOnly && (ctx.caller.isDirect || !ctx.caller.channelId)) return channelOnly(command);
  if (command.requires?.for === 'all' && !(await ctx.caller.can(command.requires.right))) {
    return errorReply('Not allowed', whoMay(command.requires.right, ctx.caller.platform, `use /kuril ${command.name}`), '/kuril help lists what everyone can do.');
  }
  return undefined;
}

/**
 * Who will see the reply to a request, before it has run: what the command declares for valid
 * input, private for anything that will be refused. Discord defers by it.
 */
export function expectedVisibility(request: CommandRequest): Visibility {
  const command = findCommand(request.name);
  if (!command) return 'ephemeral';
  const validated = validateInput(command, request.raw);
  if (!validated.ok) return 'ephemeral';
  const declared = command.visibility ?? 'public';
  return typeof declared === 'function' ? declared(validated.input) : declared;
}

function channelOnly(command: Command): Reply {
  return errorReply(
    'Only in a channel',
    `/kuril ${command.name} works only in a channel, not in a direct message or the console.`,
    '/kuril preview shows what a daily digest says; /kuril brief gives the current briefing here.',
  );
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
