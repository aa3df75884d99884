import { EXPORT_FORMATS, exportEvents } from '../../briefings/export/export.js';
import { defineCommand } from '../command.js';
import { checkDateRange, eventFilterOptions, eventQuery, isReply } from '../event-filters.js';
import { option } from '../options.js';

export default defineCommand({
  name: 'export',
  description: 'The selected events as a file: CSV or JSON, or a calendar (ICS) of the dates to watch',
  options: {
    format: option.choice('csv (the default), json, or ics for a calendar', EXPORT_FORMATS),
    ...eventFilterOptions,
  },
  examples: ['/kuril export format:csv from:2022', '/kuril export format:ics'],
  check: checkDateRange,
  run: (input, ctx) => {
    const query = eventQuery(input, ctx.dossier);
    return isReply(query) ? query : exportEvents(ctx.dossier, query, input.format ?? 'csv', ctx.now);
  },
});
