import { formatPartialDate } from '../dossier/dates.js';
import type { Dossier, KurilEvent, SourceLink } from '../dossier/dossier.js';
import type { GroundedText } from '../dossier/schema.js';
import type { ReplyItem } from './reply.js';

/**
 * The reply item for one event: its date, title, summary and sources, labelled unless verified.
 * `text` replaces the summary; pass null for a compact item (date, title and sources only).
 */
export function eventItem(event: KurilEvent, text: string | null = event.summary): ReplyItem {
  return {
    date: formatPartialDate(event.date),
    title: event.title,
    ...(text === null ? {} : { text }),
    sources: event.sources,
    eventId: event.id,
    ...(event.verification === 'verified' ? {} : { verification: event.verification }),
  };
}

/** One item for one outlet's links: titled "TASS (Russian state media)", its links named by their own title or date. */
export function outletItem(links: readonly SourceLink[]): ReplyItem {
  const first = links[0]!;
  // A source without a link is one document: it is named once, by its line.
  if (!first.url) return { title: 'Without a public link', sources: links };
  return { title: first.about ? `${first.outlet} (${first.about})` : first.outlet, sources: links, groupedByOutlet: true };
}

/** Sources grouped into one item per outlet, in order of first appearance, so no outlet is named twice. */
export function outletItems(sources: readonly SourceLink[]): ReplyItem[] {
  const groups = new Map<string, SourceLink[]>();
  for (const source of sources) groups.set(source.outlet, [...(groups.get(source.outlet) ?? []), source]);
  return [...groups.values()].map(outletItem);
}

/** Every distinct source of the given events, in order of first appearance. */
export function sourcesOf(events: readonly KurilEvent[]): SourceLink[] {
  const seen = new Map<string, SourceLink>();
  for (const event of events) {
    for (const source of event.sources) {
      const key = source.url ?? `${source.outlet}|${source.title ?? ''}`;
      if (!seen.has(key)) seen.set(key, source);
    }
  }
  return [...seen.values()];
}

/** The events a dossier statement rests on (the validator guarantees they exist). */
export function basisEvents(dossier: Dossier, statement: Pick<GroundedText, 'basis'>): KurilEvent[] {
  return statement.basis.map((id) => dossier.eventsById.get(id)).filter((e): e is KurilEvent => e !== undefined);
}

/** A dossier statement as a reply item, cited with the sources of the events it rests on. */
export function groundedItem(dossier: Dossier, title: string, statement: GroundedText): ReplyItem {
  return { title, text: statement.text, sources: sourcesOf(basisEvents(dossier, statement)) };
}

/** Events that had happened by the given day (an event counts once it has started). */
export function eventsUpTo(dossier: Dossier, day: string): KurilEvent[] {
  return dossier.events.filter((e) => e.date.start <= day);
}
