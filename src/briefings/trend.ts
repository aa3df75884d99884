import { addDays, formatDay, formatPartialDate, isoDay } from '../dossier/dates.js';
import type { Dossier, KurilEvent } from '../dossier/dossier.js';
import type { Trend } from './reply.js';

/** CrisisWatch compares a period with the one before it; ours are 90-day windows. */
export const TREND_WINDOW_DAYS = 90;
/** A change in summed Goldstein score smaller than this is noise, not a trend. */
export const TREND_THRESHOLD = 2;

const sum = (events: readonly KurilEvent[]) => Math.round(events.reduce((t, e) => t + e.coding.goldstein, 0) * 10) / 10;
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What the record cannot show by itself: reports waiting for a curator. */
export interface TrendContext {
  /** Reported items from the current window that await a curator's review. */
  readonly awaitingReview?: number;
}

/**
 * The trend of the dispute on a given day: the last 90 days against the 90 before, by the summed
 * Goldstein score of the events that started in each window. The reason names the event that moved it.
 * A window with no event on record is not "unchanged": a gap in the record says nothing about the
 * world, so it is reported as a gap, with the reports that may fill it.
 */
export function trend(dossier: Dossier, asOf: Date, context: TrendContext = {}): Trend {
  const to = isoDay(asOf);
  const from = addDays(to, -(TREND_WINDOW_DAYS - 1));
  const previous = { from: addDays(from, -TREND_WINDOW_DAYS), to: addDays(from, -1) };
  const inWindow = (w: { from: string; to: string }) => (e: KurilEvent) => e.date.start >= w.from && e.date.start <= w.to;
  const current = dossier.events.filter(inWindow({ from, to })).reverse();
  const before = dossier.events.filter(inWindow(previous));
  const score = sum(current);
  const previousScore = sum(before);
  const base = { window: { from, to }, previous, score, previousScore, basis: current.map((e) => e.id) };

  if (current.length === 0) {
    const last = dossier.events.filter((e) => e.date.start < from).at(-1);
    const since = last ? `since ${formatPartialDate(last.date)} (${last.title})` : `in the ${TREND_WINDOW_DAYS} days to ${formatDay(to)}`;
    const waiting = context.awaitingReview ? ` ${plural(context.awaitingReview, 'news report')} from this period ${context.awaitingReview === 1 ? 'awaits' : 'await'} review.` : '';
    return { ...base, direction: 'unrecorded', reason: `No developments recorded ${since}; the record may be behind the news.${waiting}` };
  }

  const counts = `${plural(current.length, 'development')} in the last ${TREND_WINDOW_DAYS} days (Goldstein ${signed(score)}) against ${before.length} in the ${TREND_WINDOW_DAYS} before (${signed(previousScore)})`;
  const delta = score - previousScore;
  if (delta <= -TREND_THRESHOLD) {
    const worst = [...current].sort((a, b) => a.coding.goldstein - b.coding.goldstein)[0]!;
    return { ...base, direction: 'deteriorated', reason: `${counts}; the sharpest: ${worst.title} (${formatPartialDate(worst.date)}).` };
  }
  if (delta >= TREND_THRESHOLD) {
    const best = [...current].sort((a, b) => b.coding.goldstein - a.coding.goldstein)[0]!;
    return { ...base, direction: 'improved', reason: `${counts}; the most cooperative: ${best.title} (${formatPartialDate(best.date)}).` };
  }
  return { ...base, direction: 'unchanged', reason: `${counts}: no net change.` };
}
