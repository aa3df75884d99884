import { formatDay, isoDay, type PartialDate } from '../dossier/dates.js';
import type { Dossier, KurilEvent } from '../dossier/dossier.js';
import { eventItem } from './items.js';
import type { Reply } from './reply.js';
import { trend } from './trend.js';

/** Events that happened on or after a day and by the as-of day, newest first. */
export function eventsSince(dossier: Dossier, sinceDay: string, asOf: Date): KurilEvent[] {
  const today = isoDay(asOf);
  return dossier.events.filter((e) => e.date.end >= sinceDay && e.date.start <= today).reverse();
}

/** What is new since a date, with the current trend: the daily digest is built on this. */
export function since(dossier: Dossier, from: PartialDate, asOf: Date): Reply {
  const events = eventsSince(dossier, from.start, asOf);
  const current = trend(dossier, asOf);
  const lead = events.length
    ? `${events.length} development${events.length === 1 ? '' : 's'} since ${formatDay(from.start)}, newest first.`
    : `No new developments on record since ${formatDay(from.start)}.`;
  return {
    kind: 'briefing',
    title: `What is new since ${formatDay(from.start)}`,
    lead,
    trend: current,
    sections: events.length ? [{ heading: 'Developments', items: events.map((e) => eventItem(e)) }] : [],
    footer: `As of ${formatDay(isoDay(asOf))}`,
    visibility: 'public',
  };
}
