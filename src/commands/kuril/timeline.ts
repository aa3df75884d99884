import { timeline } from '../../briefings/index.js';
import { defineCommand } from '../command.js';
import { checkDateRange, eventFilterOptions, eventQuery, isReply } from '../event-filters.js';
import { option } from '../options.js';

export default defineCommand({
  name: 'timeline',
  description: 'Dated events, oldest first; filter by dates, actor or island',
  options: {
    ...eventFilterOptions,
    page: option.integer('Page of results', 1, 100),
  },
  paging: { pageOption: 'page' },
  examples: ['/kuril timeline from:2022-01 to:2022-12', '/kuril timeline actor:russia island:iturup'],
  check: checkDateRange,
  run: (input, ctx) => {
    const query = eventQuery(input, ctx.dossier);
    return isReply(query) ? query : timeline(ctx.dossier, { ...query, page: input.page }, ctx.now);
  },
});
