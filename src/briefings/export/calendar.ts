import { isoDay } from '../../dossier/dates.js';
import type { Dossier, KurilEvent, ResolvedWatchItem, SourceLink } from '../../dossier/dossier.js';
import type { CalendarEntry } from '../../dossier/schema.js';
import type { CalendarItem } from './ics.js';
import { citeEvent } from './records.js';

export interface CalendarSelection {
  /** The events the user selected. */
  readonly events: readonly KurilEvent[];
  /** Whether any filter (dates, actor, island) narrowed the selection. */
  readonly filtered: boolean;
}

/**
 * What a calendar export holds: the dates in "what to watch" (yearly ones such as Northern Territories
 * Day on 7 February, and one-off ones not yet past), then the selected events that are still ahead
 * or under way. With filters, a watch date stays only if it rests on a selected event, so
 * `island:` or `from:` narrows the calendar the way it narrows the other exports.
 */
export function calendarItems(dossier: Dossier, selection: CalendarSelection, asOf: Date): CalendarItem[] {
  const today = isoDay(asOf);
  const selected = new Set(selection.events.map((e) => e.id));
  const watched = dossier.watch.flatMap((item) => {
    const entry = item.calendar;
    if (!entry || (!entry.yearly && entry.date < today)) return [];
    if (selection.filtered && !item.basis.some((id) => selected.has(id))) return [];
    return [watchItem(item, entry)];
  });
  const ahead = selection.events.filter((e) => (e.date.precision === 'day' || e.date.precision === 'range') && e.date.end >= today);
  return [...watched, ...ahead.map(eventItem)];
}

function watchItem(item: ResolvedWatchItem, entry: CalendarEntry): CalendarItem {
  return {
    uid: `watch-${entry.id}@kuril-brief`,
    title: entry.title,
    start: entry.date,
    end: entry.date,
    yearly: entry.yearly,
    description: [item.text, '', `Source: ${sourceLine(item.source)}`, `On record: ${item.basis.map(citeEvent).join(' · ')}`].join('\n'),
    ...(item.source.url !== undefined && { url: item.source.url }),
  };
}

function eventItem(event: KurilEvent): CalendarItem {
  const url = event.sources.find((s) => s.url !== undefined)?.url;
  return {
    uid: `event-${event.id}@kuril-brief`,
    title: event.title,
    start: event.date.start,
    end: event.date.end,
    yearly: false,
    description: [
      event.summary,
      ...(event.verification === 'verified' ? [] : [`Not fully verified (${event.verification}).`]),
      '',
      `Sources: ${event.sources.map(sourceLine).join(' · ')}`,
      `On record: ${citeEvent(event.id)}`,
    ].join('\n'),
    ...(url !== undefined && { url }),
  };
}

function sourceLine(source: SourceLink): string {
  return `${source.outlet}, ${source.url ?? source.title ?? `document ${source.document ?? ''}`}`;
}
