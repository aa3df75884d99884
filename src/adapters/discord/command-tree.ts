import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type CommandInteractionOption,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command } from '../../commands/command.js';
import type { OptionKind, OptionSpec } from '../../commands/options.js';
import { commands as declared, ROOT_COMMAND } from '../../commands/registry.js';
import { fitText } from '../fit-text.js';
import { DISCORD_LIMITS as L } from './limits.js';

/**
 * The /kuril application command, generated from the command layer's declarations: one subcommand per
 * Command, one typed option per OptionSpec. Nothing here is written twice, so registration can never
 * disagree with what the commands accept (the zod schemas still validate every value).
 */

/** Discord's option type for each kind of option. Dates, times and zones are typed as text and validated by the schema. */
export const OPTION_TYPES: Readonly<Record<OptionKind, ApplicationCommandOptionType.String | ApplicationCommandOptionType.Integer | ApplicationCommandOptionType.Boolean>> = {
  string: ApplicationCommandOptionType.String,
  date: ApplicationCommandOptionType.String,
  time: ApplicationCommandOptionType.String,
  timezone: ApplicationCommandOptionType.String,
  choice: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  boolean: ApplicationCommandOptionType.Boolean,
};

const description = (text: string) => fitText(text, L.commandDescription);

export function optionJson(name: string, spec: OptionSpec): APIApplicationCommandBasicOption {
  const base = { name, description: description(spec.description), required: spec.required };
  const type = OPTION_TYPES[spec.kind];
  if (type === ApplicationCommandOptionType.Integer) {
    return { ...base, type, ...(spec.min !== undefined && { min_value: spec.min }), ...(spec.max !== undefined && { max_value: spec.max }) };
  }
  if (type === ApplicationCommandOptionType.Boolean) return { ...base, type };
  // Discord offers at most 25 fixed choices; with more, the option stays free text and the schema checks it.
  const choices = spec.choices && spec.choices.length <= 25 ? spec.choices.map((c) => ({ name: c, value: c })) : undefined;
  return {
    ...base,
    type,
    ...(choices ? { choices } : spec.autocomplete ? { autocomplete: true } : {}),
    ...(spec.maxLength !== undefined && { max_length: Math.min(spec.maxLength, L.stringOptionMaxLength) }),
  };
}

export function subcommandJson(command: Command): APIApplicationCommandSubcommandOption {
  // Discord requires required options before optional ones; the sort is stable, so declaration order holds otherwise.
  const options = Object.entries(command.options)
    .map(([name, spec]) => optionJson(name, spec))
    .sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false));
  return { type: ApplicationCommandOptionType.Subcommand, name: command.name, description: description(command.description), options };
}

/** The body of PUT /applications/{app}(/guilds/{guild})/commands. */
export function buildCommandTree(list: readonly Command[] = declared): RESTPutAPIApplicationCommandsJSONBody {
  return [
    {
      type: ApplicationCommandType.ChatInput,
      name: ROOT_COMMAND.name,
      description: description(ROOT_COMMAND.description),
      // Servers and direct messages with the bot; installed to servers.
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
      integration_types: [ApplicationIntegrationType.GuildInstall],
      options: list.map(subcommandJson),
    },
  ];
}

/** The subcommand's options as the raw strings the command layer validates. */
export function rawOptions(options: readonly CommandInteractionOption[]): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const option of options) {
    if (option.value !== undefined && option.value !== null) raw[option.name] = String(option.value);
  }
  return raw;
}
