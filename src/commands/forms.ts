import type { Reply } from '../briefings/reply.js';
import { apologise } from './apology.js';
import type { CommandContext } from './command.js';
import { refusal, validateInput, type CommandRequest } from './dispatch.js';
import { parseCommandLine } from './parse.js';
import { rememberRights } from './rights.js';
import { commands, findCommand } from './registry.js';

/**
 * Forms, for platforms that have them (Discord modals, Slack views). A command that declares a
 * `form` and is run with only its positional option gets a form prefilled from `prefill`; the
 * submitted form runs the command like any other request. The adapters only draw the form and read
 * it back: the id below carries the command and its positional value through the platform.
 */

export interface FormField {
  /** The option the field fills. */
  readonly name: string;
  /** The option's name as a label, e.g. "Summary". */
  readonly label: string;
  /** The option's description, as the field's hint. */
  readonly placeholder: string;
  readonly value: string;
  readonly maxLength: number;
  /** Room for more than a line (a paragraph rather than a one-line input). */
  readonly multiline: boolean;
}

export interface Form {
  /** Carries the command and its positional value through the platform; give it back to formRequest. */
  readonly id: string;
  readonly title: string;
  readonly fields: readonly FormField[];
}

/** What to do with a request: show a form, answer at once (a refusal, an unknown report), or run it as usual. */
export type FormDecision = { readonly form: Form } | { readonly reply: Reply } | undefined;

/** Options longer than this get a paragraph input. */
const ONE_LINE = 200;

/** The form to show for a request, the reply that stands instead of it, or undefined to run the request as it is. */
export async function formFor(request: CommandRequest, ctx: CommandContext): Promise<FormDecision> {
  const command = findCommand(request.name);
  const form = command?.form;
  if (!command || !form) return undefined;
  const positional = Object.entries(command.options).filter(([, spec]) => spec.positional);
  const given = Object.keys(request.raw);
  if (given.length === 0 || given.some((name) => !positional.some(([p]) => p === name))) return undefined;
  const validated = validateInput(command, request.raw);
  if (!validated.ok) return undefined;
  const caller = rememberRights(ctx.caller);
  try {
    const refused = await refusal(command, { ...ctx, caller });
    if (refused) return { reply: refused };
    const prefilled = await form.prefill(validated.input, { ...ctx, caller });
    if (!('values' in prefilled)) return { reply: prefilled };
    const fields = form.fields.map((name): FormField => {
      const spec = command.options[name]!;
      const maxLength = spec.maxLength ?? 100;
      return { name, label: name[0]!.toUpperCase() + name.slice(1), placeholder: spec.description, value: (prefilled.values[name] ?? '').slice(0, maxLength), maxLength, multiline: maxLength > ONE_LINE };
    });
    return { form: { id: `${command.name}?${new URLSearchParams(request.raw as Record<string, string>).toString()}`, title: form.title, fields } };
  } catch (error) {
    return { reply: apologise(ctx.log, error, { command: command.name, platform: ctx.caller.platform }, 'form failed') };
  }
}

/** formFor for a typed `/kuril …` line (Slack's slash command); a line that does not parse wants no form. */
export async function formForText(line: string, ctx: CommandContext): Promise<FormDecision> {
  const parsed = parseCommandLine(line, commands);
  return parsed.ok ? formFor(parsed.request, ctx) : undefined;
}

/**
 * The request a submitted form makes: the positional value from the form's id and the fields the
 * form asked for (empty ones left out, so the command's defaults apply). Undefined for an id that
 * names no form.
 */
export function formRequest(id: string, values: Readonly<Record<string, string>>): CommandRequest | undefined {
  const at = id.indexOf('?');
  const command = findCommand(at < 0 ? id : id.slice(0, at));
  if (!command?.form) return undefined;
  const raw: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(at < 0 ? '' : id.slice(at + 1))) {
    if (command.options[name]?.positional) raw[name] = value;
  }
  for (const name of command.form.fields) {
    const value = values[name]?.trim();
    if (value) raw[name] = value;
  }
  return { name: command.name, raw };
}
