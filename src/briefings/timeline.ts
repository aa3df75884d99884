import { formatDay, formatPartialDate, type PartialDate } from '../dossier/dates.js';
import type { Dossier, KurilEvent } from '../dossier/dossier.js';
import type { ActorRecord, IslandRecord } from '../dossier/schema.js';
import { eventItem } from './items.js';
import { actorFamily } from './lookup.js';
import { errorReply, type Reply } from './reply.js';

export const TIMELINE_PAGE_SIZE = 10;

export interface TimelineQuery {
  readonly from?: PartialDate;
  readonly to?: PartialDate;
  readonly actor?: ActorRecord;
  readonly island?: IslandRecord;
  /** 1-based; a page past the end is refused with a reply that says how many there are. */
  readonly page?: number;
}

/** The events matching a query, oldest first. An event matches a date range if it overlaps it. */
export function timelineEvents(dossier: Dossier, query: TimelineQuery): KurilEvent[] {
  const family = query.actor ? actorFamily(dossier, query.actor.id) : undefined;
  return dossier.events.filter(
    (e) =>
      (!query.from || e.date.end >= query.from.start) &&
      (!query.to || e.date.start <= query.to.end) &&
      (!family || e.actors.some((a) => family.has(a)) || e.quotes.some((q) => family.has(q.by))) &&
      (!query.island || e.islands.includes(query.island.id)),
  );
}

/** A query in words, e.g. "from 2022, involving Russia", or "all events" when nothing narrows it. */
export function describeQuery(query: TimelineQuery): string {
  const filters = [
    query.from && `from ${formatPartialDate(query.from)}`,
    query.to && `to ${formatPartialDate(query.to)}`,
    query.actor && `involving ${query.actor.name}`,
    query.island && `concerning ${query.island.names.en} (${query.island.names.ru})`,
  ].filter(Boolean);
  return filters.length ? filters.join(', ') : 'all events';
}

export function timeline(dossier: Dossier, query: TimelineQuery, asOf: Date): Reply {
  const events = timelineEvents(dossier, query);
  const described = describeQuery(query);
  if (events.length === 0) {
    return {
      kind: 'list',
      title: 'Timeline',
      lead: `No events on record ${described === 'all events' ? '' : `${described} `}on record.`.replace(/\s+/g, ' '),
      sections: [{ heading: 'Try', text: 'Widen the dates or drop a filter: /kuril timeline from:2022 · /kuril actors lists who is on record.', items: [] }],
      visibility: 'ephemeral',
    };
  }
  const count = Math.ceil(events.length / TIMELINE_PAGE_SIZE);
  if (query.page !== undefined && query.page > count) {
    return errorReply(
      'No such page',
      `Page ${query.page} is past the end: this timeline has ${events.length} event${events.length === 1 ? '' : 's'}, ${described}, on ${count} page${count === 1 ? '' : 's'}.`,
      `page:${count} shows the last page; page:1 the first.`,
    );
  }
  const index = Math.max(query.page ?? 1, 1);
  const pageEvents = events.slice((index - 1) * TIMELINE_PAGE_SIZE, index * TIMELINE_PAGE_SIZE);
  const first = (index - 1) * TIMELINE_PAGE_SIZE + 1;
  return {
    kind: 'list',
    title: 'Timeline',
    lead: `${events.length} event${events.length === 1 ? '' : 's'}, ${described}, oldest first${count > 1 ? ` (showing ${first}–${first + pageEvents.length - 1})` : ''}.`,
    sections: [{ heading: count > 1 ? `Page ${index} of ${count}` : 'Events', items: pageEvents.map((e) => eventItem(e)) }],
    footer: `As of ${formatDay(asOf.toISOString().slice(0, 10))} · /kuril event <id> for details`,
    visibility: 'public',
    page: { index, count },
  };
}
