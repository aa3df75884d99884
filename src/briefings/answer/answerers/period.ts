import { formatPartialDate } from '../../../dossier/dates.js';
import { describeRange } from '../question-dates.js';
import { MAX_CITED, respond, type AnswerContext, type AnswerResult } from '../respond.js';
import { eventsInRange } from '../search-index.js';
import { decline } from './decline.js';
import { newsBeyondRecords } from '../news-beyond.js';

/** A question about a period with nothing more specific: the most significant events of that period. */
export function period(ctx: AnswerContext): AnswerResult {
  const { plan, dossier } = ctx;
  const range = plan.range!;
  const events = eventsInRange(ctx.index, range).map((i) => dossier.events[i]!);
  const span = describeRange(range);
  // "Anything new this week?": the period is past the records, so the newest on record (news-beyond.ts).
  if (events.length === 0) return newsBeyondRecords(ctx, span) ?? decline(ctx, `No events are on record ${span}.`);
  const top = [...events]
    .sort((a, b) => Math.abs(b.coding.goldstein) - Math.abs(a.coding.goldstein) || b.date.start.localeCompare(a.date.start))
    .slice(0, MAX_CITED)
    .sort((a, b) => a.date.start.localeCompare(b.date.start));
  const count = `${events.length} event${events.length === 1 ? ' is' : 's are'} on record ${span}`;
  const list = top.map((e) => `${e.title} (${formatPartialDate(e.date)})`);
  const lead = `${count}${events.length > top.length ? '; the most significant' : ''}: ${list.join('; ')}.${events.length > top.length ? ` /kuril timeline${range.start === '0000-01-01' ? '' : ` from:${range.start}`} to:${range.end} lists them all.` : ''}`;
  return respond(ctx, lead, top, 'period');
}
