import type { Reply } from '../../briefings/reply.js';
import { defineCommand, type Command } from '../command.js';
import { option } from '../options.js';
import { usage } from '../parse.js';
import { quoteUserText } from '../sanitize.js';

/** Help is built from the declarations themselves, so it can never disagree with the commands. */
export function helpCommand(list: () => readonly Command[]) {
  return defineCommand({
    name: 'help',
    description: 'How to use Kuril Brief: every subcommand with examples',
    options: {
      command: option.string('A subcommand to explain in full', { positional: true, maxLength: 40, placeholder: 'subcommand' }),
    },
    examples: ['/kuril help', '/kuril help timeline'],
    visibility: 'ephemeral',
    run: ({ command }): Reply => {
      const all = list();
      const chosen = command ? all.filter((c) => c.name === command.trim().toLowerCase()) : all;
      if (command && chosen.length === 0) {
        return {
          kind: 'help',
          title: 'Kuril Brief help',
          lead: `There is no subcommand "${quoteUserText(command, 40)}". The subcommands are: ${all.map((c) => c.name).join(', ')}.`,
          sections: [],
          visibility: 'ephemeral',
        };
      }
      return {
        kind: 'help',
        title: 'Kuril Brief help',
        lead: 'Sourced briefings on the Russia–Japan dispute over the southern Kuril Islands (Japan: the Northern Territories). Every statement links to its source; unverified claims are labelled. Message the bot directly to ask a question.',
        sections: chosen.map((c) => ({
          heading: `/kuril ${c.name}`,
          text: `${c.description}.\nUsage: ${usage(c)}${
            command ? Object.entries(c.options).map(([name, spec]) => `\n  ${name}: ${spec.description}${spec.required ? ' (required)' : ''}`).join('') : ''
          }\nExample: ${c.examples[0] ?? usage(c)}`,
          items: [],
        })),
        footer: 'Dates: YYYY, YYYY-MM or YYYY-MM-DD. Quote values with spaces: actor:"Muneo Suzuki".',
        visibility: 'ephemeral',
      };
    },
  });
}
