import { parsePartialDate } from '../dossier/dates.js';
import type { Dossier } from '../dossier/dossier.js';
import type { Reply, ReplyAction } from './reply.js';
import { timelineEvents } from './timeline.js';

/**
 * The chart the brief and the digest offer with their reply: the last twelve calendar months, this
 * one included (`from:` its first month; no `to:`, so the chart runs to the day it is asked for).
 * A year because it is what a reader of a briefing about "now" would want to look at: it shows the
 * two 90-day windows the trend compares (shaded on the chart) and the months before them for
 * context, as twelve monthly bars that stay readable. The digest's own window (a day, at most a week)
 * would be a single bar. No filters: the brief and the digest cover the whole record.
 */
export const CHART_OFFER_MONTHS = 12;

/** The offer on `day` (YYYY-MM-DD), or undefined when the year has no event (the chart would only say so). */
export function chartOffer(dossier: Dossier, day: string): ReplyAction | undefined {
  const from = monthsBefore(day.slice(0, 7), CHART_OFFER_MONTHS - 1);
  // What the chart command will select with these options (it refuses a span with no event in it).
  const inSpan = timelineEvents(dossier, { from: parsePartialDate(from) }).some((e) => e.date.start <= day);
  return inSpan ? { label: 'Chart', command: 'chart', args: { from } } : undefined;
}

/** The offer as a reply's `actions` (nothing when there is no offer), to spread into a reply. */
export function withChart(dossier: Dossier, day: string): Pick<Reply, 'actions'> {
  const offer = chartOffer(dossier, day);
  return offer ? { actions: [offer] } : {};
}

/** `YYYY-MM` minus `count` months. */
export function monthsBefore(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
