import { errorReply, type Reply } from '../briefings/reply.js';
import type { Command } from './command.js';
import { cleanLine, MAX_LINE_LENGTH, quoteUserText } from './sanitize.js';
import { nearest } from './suggest.js';

/**
 * The shared text-argument parser: `/kuril timeline from:2022-01 to:2022-12 actor:russia`.
 * The console and Slack feed it the typed line; Discord skips it (its options arrive already named)
 * and joins the same path at validation (see dispatch.ts).
 *
 * Grammar: [/kuril] [subcommand] (name:value | name:"quoted value" | bare word)*
 * Bare words fill the command's positional option (the id of `event`); an option marked `rest`
 * (the question of `ask`) takes the rest of the line as typed.
 */
export interface CommandRequest {
  readonly name: string;
  readonly raw: Readonly<Record<string, string>>;
}

export type ParseResult = { readonly ok: true; readonly request: CommandRequest } | { readonly ok: false; readonly reply: Reply };

export const DEFAULT_COMMAND = 'brief';

interface Token {
  readonly key?: string;
  readonly value: string;
  /** Offset of the token in the line, so `rest` options can take the line from there. */
  readonly start: number;
}

const TOKEN = /([A-Za-z][\w-]*):(?:"([^"]*)"|“([^”]*)”|'([^']*)'|(\S*))|"([^"]*)"|“([^”]*)”|(\S+)/g;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    if (m[1] !== undefined) tokens.push({ key: m[1].toLowerCase(), value: m[2] ?? m[3] ?? m[4] ?? m[5] ?? '', start });
    else tokens.push({ value: m[6] ?? m[7] ?? m[8] ?? '', start });
  }
  return tokens;
}

function fail(title: string, lead: string, hint?: string): ParseResult {
  return { ok: false, reply: errorReply(title, lead, hint) };
}

export function parseCommandLine(line: string, commands: readonly Command[]): ParseResult {
  if (line.length > MAX_LINE_LENGTH) {
    return fail(
      'Message too long',
      `That message is ${line.length.toLocaleString('en-GB')} characters long; commands take at most ${MAX_LINE_LENGTH.toLocaleString('en-GB')}.`,
      '/kuril help',
    );
  }
  const text = cleanLine(line).trim().replace(/^\/?kuril(?=\s|$)/i, '').trim();
  const tokens = tokenize(text);
  const first = tokens[0];

  let command: Command | undefined;
  let rest = tokens;
  if (first && first.key === undefined) {
    command = commands.find((c) => c.name === first.value.toLowerCase());
    if (!command) return { ok: false, reply: unknownSubcommand(first.value, commands) };
    rest = tokens.slice(1);
  } else {
    command = commands.find((c) => c.name === DEFAULT_COMMAND)!;
  }

  const raw: Record<string, string> = {};
  const options = Object.entries(command.options);
  const restOption = options.find(([, spec]) => spec.rest);
  if (restOption) {
    const from = rest[0]?.start;
    const value = from === undefined ? '' : text.slice(from).trim();
    if (value) raw[restOption[0]] = value;
    return { ok: true, request: { name: command.name, raw } };
  }

  const positional = options.find(([, spec]) => spec.positional)?.[0];
  const names = options.map(([name]) => name);
  const bare: string[] = [];
  for (const token of rest) {
    if (token.key === undefined || !command.options[token.key]) {
      if (token.key !== undefined && !positional) {
        const guess = nearest(token.key, names, 1)[0];
        return fail(
          'Unknown option',
          `/kuril ${command.name} has no option "${quoteUserText(token.key, 30)}".${guess ? ` Did you mean ${guess}:?` : ''}`,
          names.length ? `Options: ${names.map((n) => `${n}:`).join(' ')}` : `/kuril ${command.name} takes no options.`,
        );
      }
      bare.push(token.key === undefined ? token.value : `${token.key}:${token.value}`);
      continue;
    }
    if (token.key in raw) return fail('Repeated option', `The option ${token.key}: is given twice.`, usage(command));
    raw[token.key] = token.value;
  }

  if (bare.length > 0) {
    if (!positional) {
      return fail(
        'Unexpected text',
        `/kuril ${command.name} does not take "${quoteUserText(bare.join(' '), 40)}".${names.length ? ' Give options as name:value.' : ''}`,
        usage(command),
      );
    }
    if (positional in raw) return fail('Repeated option', `The option ${positional}: is given twice.`, usage(command));
    raw[positional] = bare.join(' ');
  }
  return { ok: true, request: { name: command.name, raw } };
}

/** The reply to a subcommand that does not exist, with the nearest one that does. */
export function unknownSubcommand(name: string, commands: readonly Command[]): Reply {
  const names = commands.map((c) => c.name);
  const guess = nearest(name, names, 1)[0];
  return errorReply(
    'Unknown subcommand',
    `There is no /kuril subcommand "${quoteUserText(name, 40)}".${guess ? ` Did you mean /kuril ${guess}?` : ''}`,
    `Subcommands: ${names.join(', ')}. /kuril help lists them with examples.`,
  );
}

/** One usage line derived from the declarations, e.g. "/kuril event <id>" or "/kuril timeline [from:YYYY-MM-DD] …". */
export function usage(command: Command): string {
  const parts = Object.entries(command.options).map(([name, spec]) => {
    const shown = spec.positional || spec.rest ? `<${name}>` : `${name}:${spec.placeholder}`;
    return spec.required ? shown : `[${shown}]`;
  });
  return [`/kuril ${command.name}`, ...parts].join(' ');
}
