import { brief } from '../../briefings/index.js';
import { TREND_WINDOW_DAYS } from '../../briefings/trend.js';
import { addDays, isoDay } from '../../dossier/dates.js';
import { defineCommand } from '../command.js';

export default defineCommand({
  name: 'brief',
  description: 'State of the dispute: latest developments, trend, positions, what to watch',
  options: {},
  examples: ['/kuril', '/kuril brief'],
  async run(_input, ctx) {
    // News reports from the trend's window still waiting for a curator: the record may be behind them.
    // The briefing never depends on the store: when it does not answer, the count is left out.
    const awaitingReview = await ctx.intake.awaitingReview(addDays(isoDay(ctx.now), -(TREND_WINDOW_DAYS - 1))).catch(() => undefined);
    return brief(ctx.dossier, ctx.now, awaitingReview === undefined ? {} : { awaitingReview });
  },
});
