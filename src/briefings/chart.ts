import { addDays, formatDay, isoDay } from '../dossier/dates.js';
import type { Dossier, KurilEvent } from '../dossier/dossier.js';
import { timelineEvents, type TimelineQuery } from './timeline.js';
import { errorReply, type Reply } from './reply.js';
import { TREND_WINDOW_DAYS } from './trend.js';

/**
 * What the trend chart shows, worked out from the record (pure: the picture is drawn elsewhere).
 * Each period (a month, or a year for spans over ten years) gets two bars on either side of zero:
 * the summed Goldstein scores of its conflictual events (below) and of its cooperative ones (above).
 * The two 90-day windows the trend compares are marked, and the most significant events labelled.
 */

export type ChartQuery = Omit<TimelineQuery, 'page'>;

export interface ChartPeriod {
  /** "2022" or "2022-03". */
  readonly period: string;
  /** First and last day, YYYY-MM-DD. */
  readonly start: string;
  readonly end: string;
  /** Sum of the negative Goldstein scores (0 or less). */
  readonly conflict: number;
  /** Sum of the positive Goldstein scores (0 or more). */
  readonly cooperation: number;
  readonly events: number;
}

export interface ChartLabel {
  readonly eventId: string;
  /** The event's first day. */
  readonly date: string;
  readonly title: string;
  readonly goldstein: number;
}

export interface ChartWindow {
  readonly from: string;
  readonly to: string;
  readonly label: string;
}

export interface ChartData {
  readonly unit: 'month' | 'year';
  readonly span: { readonly from: string; readonly to: string };
  readonly periods: readonly ChartPeriod[];
  readonly labels: readonly ChartLabel[];
  /** The trend's two windows, where they fall inside the span (clipped to it). */
  readonly windows: readonly ChartWindow[];
  /** What is selected, e.g. "involving Russia, concerning Etorofu (Итуруп, 択捉島)"; empty for everything. */
  readonly filters: string;
  readonly eventCount: number;
  readonly asOf: string;
  /** One or two lines under the chart: what is shown, the span, the as-of date and the source. */
  readonly caption: readonly string[];
}

/** Spans longer than this many years are drawn per year, shorter ones per month. */
export const YEARLY_OVER_YEARS = 10;
/** Event labels on a chart: enough to orient, few enough not to collide. */
export const MAX_LABELS = 6;
const LABEL_CHARACTERS = 34;

const round = (n: number) => Math.round(n * 10) / 10;

/** The chart's data, or an error reply for a range that shows nothing (after today, or no events). */
export function chartData(dossier: Dossier, query: ChartQuery, asOf: Date): ChartData | Reply {
  const today = isoDay(asOf);
  if (query.from && query.from.start > today) {
    return errorReply('Nothing to chart', `from: ${query.from.text} is after today (${formatDay(today)}); the record ends there.`, 'Pick an earlier start, e.g. /kuril chart from:2020.');
  }
  const filters = describe(query);
  const events = timelineEvents(dossier, query).filter((e) => e.date.start <= today);
  if (events.length === 0) {
    return errorReply('Nothing to chart', `No events on record${filters ? ` ${filters}` : ''}${query.from || query.to ? ' in that range' : ''}.`, 'Widen the dates or drop a filter: /kuril chart from:2020 · /kuril timeline lists what is on record.');
  }
  const from = query.from?.start ?? events[0]!.date.start;
  const to = query.to && query.to.end < today ? query.to.end : today;
  const unit: ChartData['unit'] = Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > YEARLY_OVER_YEARS ? 'year' : 'month';
  const periods = periodsOf(events, from, to, unit);
  const shownFrom = periods[0]!.start;
  const windows = trendWindows(today).flatMap((w) => {
    const clipped = { from: w.from < shownFrom ? shownFrom : w.from, to: w.to > to ? to : w.to };
    return clipped.from <= clipped.to ? [{ ...clipped, label: w.label }] : [];
  });
  const span = { from, to };
  const base = { unit, span, periods, windows, filters, eventCount: events.length, asOf: today };
  return { ...base, labels: pickLabels(events, from, to), caption: caption(base) };
}

/** The two windows the trend compares on `today`: the last 90 days and the 90 before. */
function trendWindows(today: string): ChartWindow[] {
  const from = addDays(today, -(TREND_WINDOW_DAYS - 1));
  return [
    { from: addDays(from, -TREND_WINDOW_DAYS), to: addDays(from, -1), label: `previous ${TREND_WINDOW_DAYS} days` },
    { from, to: today, label: `last ${TREND_WINDOW_DAYS} days` },
  ];
}

function periodsOf(events: readonly KurilEvent[], from: string, to: string, unit: ChartData['unit']): ChartPeriod[] {
  const keyOf = (day: string) => (unit === 'year' ? day.slice(0, 4) : day.slice(0, 7));
  const periods: ChartPeriod[] = [];
  for (let key = keyOf(from); key <= keyOf(to); key = nextKey(key)) {
    const start = unit === 'year' ? `${key}-01-01` : `${key}-01`;
    const end = addDays(unit === 'year' ? `${nextKey(key)}-01-01` : `${nextKey(key)}-01`, -1);
    const inside = events.filter((e) => keyOf(e.date.start) === key);
    const sum = (pick: (g: number) => boolean) => round(inside.reduce((t, e) => t + (pick(e.coding.goldstein) ? e.coding.goldstein : 0), 0));
    periods.push({ period: key, start, end, conflict: sum((g) => g < 0), cooperation: sum((g) => g > 0), events: inside.length });
  }
  return periods;
}

function nextKey(key: string): string {
  if (key.length === 4) return String(Number(key) + 1);
  const [year, month] = key.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/**
 * The most significant events in the span, by the size of their Goldstein score (the newer first on
 * a tie), skipping any too close in time to one already chosen so the labels do not collide.
 */
function pickLabels(events: readonly KurilEvent[], from: string, to: string): ChartLabel[] {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  const gap = (day(to) - day(from)) / (MAX_LABELS * 2);
  const chosen: KurilEvent[] = [];
  const ranked = [...events].sort((a, b) => Math.abs(b.coding.goldstein) - Math.abs(a.coding.goldstein) || (a.date.start < b.date.start ? 1 : -1));
  for (const event of ranked) {
    if (chosen.length >= MAX_LABELS) break;
    if (chosen.every((c) => Math.abs(day(c.date.start) - day(event.date.start)) >= gap)) chosen.push(event);
  }
  return chosen
    .sort((a, b) => (a.date.start < b.date.start ? -1 : 1))
    .map((e) => ({ eventId: e.id, date: e.date.start, title: shortTitle(e.title), goldstein: e.coding.goldstein }));
}

/** A title cut at a word boundary to fit a label, with an ellipsis when cut. */
export function shortTitle(title: string, max = LABEL_CHARACTERS): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

function describe(query: ChartQuery): string {
  return [
    query.actor && `involving ${query.actor.name}`,
    query.island && `concerning ${query.island.names.en} (${query.island.names.ru}, ${query.island.names.ja})`,
  ]
    .filter(Boolean)
    .join(', ');
}

function caption(data: Omit<ChartData, 'labels' | 'caption'>): string[] {
  const per = data.unit === 'year' ? 'year' : 'month';
  const span = `${formatDay(data.span.from)} – ${formatDay(data.span.to)}`;
  const windows = data.windows.length ? `; shaded: the ${TREND_WINDOW_DAYS}-day windows the trend compares` : '';
  return [
    `Goldstein scores per ${per}, conflictual below zero and cooperative above${data.filters ? `, ${data.filters}` : ''}${windows}.`,
    `${span} · as of ${formatDay(data.asOf)} · Source: Kuril Brief event set, ${data.eventCount} event${data.eventCount === 1 ? '' : 's'}.`,
  ];
}

const BLOCKS = '▁▂▃▄▅▆▇█';

/** The net score of each period as one line of block characters, lowest ▁ to highest █. */
export function sparkline(periods: readonly ChartPeriod[]): string {
  const net = periods.map((p) => p.conflict + p.cooperation);
  const low = Math.min(...net);
  const high = Math.max(...net);
  return net.map((n) => BLOCKS[high === low ? 3 : Math.round(((n - low) / (high - low)) * (BLOCKS.length - 1))]).join('');
}

/** The span's years as the file name and title say them: "2020–2026", or "2022". */
export function spanLabel(data: Pick<ChartData, 'span'>): string {
  const [from, to] = [data.span.from.slice(0, 4), data.span.to.slice(0, 4)];
  return from === to ? from : `${from}–${to}`;
}

/** An image over this size is refused rather than sent: the issue's budget, well within every platform's limit. */
export const MAX_CHART_BYTES = 1_000_000;

/** The reply carrying a drawn chart: the caption as its lead, the PNG as its file, the sparkline as the file's text stand-in. */
export function chartReply(data: ChartData, png: Uint8Array): Reply {
  if (png.byteLength > MAX_CHART_BYTES) {
    return errorReply('Chart too large', `This chart came out larger than ${MAX_CHART_BYTES / 1_000_000} MB, too large to send.`, 'Chart a shorter span, e.g. /kuril chart from:2020.');
  }
  const span = spanLabel(data);
  return {
    kind: 'briefing',
    title: `Trend chart, ${span}`,
    lead: data.caption.join(' '),
    sections: [],
    footer: `As of ${formatDay(data.asOf)} · ${data.eventCount} event${data.eventCount === 1 ? '' : 's'} · /kuril timeline lists them`,
    visibility: 'public',
    files: [
      {
        name: `kuril-chart-${span}.png`,
        contentType: 'image/png',
        data: png,
        description: data.caption.join(' '),
        preview: `Net Goldstein per ${data.unit}, ${formatDay(data.span.from)} – ${formatDay(data.span.to)} (▁ most conflictual, █ most cooperative): ${sparkline(data.periods)}`,
      },
    ],
  };
}
