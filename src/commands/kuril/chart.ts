import { chartData, chartReply, chartSpec, findActor, findIsland } from '../../briefings/index.js';
import { errorReply } from '../../briefings/reply.js';
import { LATIN_FAMILY } from '../../charts/fonts.js';
import { defineCommand } from '../command.js';
import { option } from '../options.js';
import { quoteUserText } from '../sanitize.js';

export default defineCommand({
  name: 'chart',
  description: 'A picture of conflict and cooperation over time; filter by dates, actor or island',
  options: {
    from: option.date('Earliest date: YYYY, YYYY-MM or YYYY-MM-DD'),
    to: option.date('Latest date: YYYY, YYYY-MM or YYYY-MM-DD'),
    island: option.island('Etorofu/Iturup, Kunashiri/Kunashir, Shikotan or Habomai'),
    actor: option.actor('A person, state or body, e.g. russia, kishida'),
  },
  // Drawing takes a second or more of CPU, during which no timer (such as Discord's deferral) can fire.
  slow: true,
  examples: ['/kuril chart from:2020', '/kuril chart from:2022 to:2022 island:iturup'],
  check: ({ from, to }) =>
    from && to && from.start > to.end ? `from: (${from.text}) is after to: (${to.text}); swap them.` : undefined,
  run: async (input, ctx) => {
    const actor = input.actor === undefined ? undefined : findActor(ctx.dossier, input.actor);
    if (input.actor !== undefined && !actor) {
      return errorReply('Unknown actor', `No actor called "${quoteUserText(input.actor, 40)}" is on record.`, '/kuril actors lists everyone on record.');
    }
    const island = input.island === undefined ? undefined : findIsland(ctx.dossier, input.island);
    if (input.island !== undefined && !island) {
      const names = ctx.dossier.islands.filter((i) => i.disputed).map((i) => `${i.names.en}/${i.names.ru}`);
      return errorReply('Unknown island', `No island called "${quoteUserText(input.island, 40)}" is on record.`, `The four disputed islands: ${names.join(', ')}.`);
    }
    const data = chartData(ctx.dossier, { from: input.from, to: input.to, actor, island }, ctx.now);
    if ('kind' in data) return data;
    // Loaded on first use, not at start-up: Vega is heavy, and loaded before discord.js it breaks the
    // start of discord.js's event emitter (node-inspect-extracted: 'string "Set()" is not iterable').
    const { renderPng } = await import('../../charts/render-png.js');
    const { png } = await renderPng(chartSpec(data, LATIN_FAMILY));
    return chartReply(data, png);
  },
});
