import { findActor, findIsland, timeline } from '../../briefings/index.js';
import { errorReply } from '../../briefings/reply.js';
import { defineCommand } from '../command.js';
import { option } from '../options.js';
import { quoteUserText } from '../sanitize.js';

export default defineCommand({
  name: 'timeline',
  description: 'Dated events, oldest first; filter by dates, actor or island',
  options: {
    from: option.date('Earliest date: YYYY, YYYY-MM or YYYY-MM-DD'),
    to: option.date('Latest date: YYYY, YYYY-MM or YYYY-MM-DD'),
    actor: option.actor('A person, state or body, e.g. russia, kishida'),
    island: option.island('Etorofu/Iturup, Kunashiri/Kunashir, Shikotan or Habomai'),
    page: option.integer('Page of results', 1, 100),
  },
  paging: { pageOption: 'page' },
  examples: ['/kuril timeline from:2022-01 to:2022-12', '/kuril timeline actor:russia island:iturup'],
  check: ({ from, to }) =>
    from && to && from.start > to.end ? `from: (${from.text}) is after to: (${to.text}); swap them.` : undefined,
  run: (input, ctx) => {
    const actor = input.actor === undefined ? undefined : findActor(ctx.dossier, input.actor);
    if (input.actor !== undefined && !actor) {
      return errorReply('Unknown actor', `No actor called "${quoteUserText(input.actor, 40)}" is on record.`, '/kuril actors lists everyone on record.');
    }
    const island = input.island === undefined ? undefined : findIsland(ctx.dossier, input.island);
    if (input.island !== undefined && !island) {
      const names = ctx.dossier.islands.filter((i) => i.disputed).map((i) => `${i.names.en}/${i.names.ru}`);
      return errorReply('Unknown island', `No island called "${quoteUserText(input.island, 40)}" is on record.`, `The four disputed islands: ${names.join(', ')}.`);
    }
    return timeline(ctx.dossier, { from: input.from, to: input.to, actor, island, page: input.page }, ctx.now);
  },
});
