import type { Dossier, SourceLink } from '../dossier/dossier.js';
import type { Reply, ReplyItem } from './reply.js';

/** Every outlet the event set cites, with how many events cite it and its links. */
export function sources(dossier: Dossier): Reply {
  const byOutlet = new Map<string, { links: Map<string, SourceLink>; events: Set<string> }>();
  for (const event of dossier.events) {
    for (const source of event.sources) {
      const entry = byOutlet.get(source.outlet) ?? { links: new Map(), events: new Set() };
      entry.links.set(source.url ?? source.title ?? source.outlet, source);
      entry.events.add(event.id);
      byOutlet.set(source.outlet, entry);
    }
  }
  const items: ReplyItem[] = [...byOutlet.entries()]
    .sort(([a, x], [b, y]) => y.events.size - x.events.size || a.localeCompare(b))
    .map(([outlet, entry]) => ({
      title: outlet,
      text: `Cited by ${entry.events.size} event${entry.events.size === 1 ? '' : 's'}.`,
      sources: [...entry.links.values()],
    }));
  const documents = dossier.documents.map((d) => ({ title: d.title, text: d.note, sources: [{ outlet: d.outlet, title: d.title, published: d.published }], verification: 'unverified' as const }));
  return {
    kind: 'list',
    title: 'Sources',
    lead: `${items.length} outlets back the ${dossier.events.length} events on record. Every statement in a briefing links to one of them.`,
    sections: [
      { heading: 'Outlets', items },
      ...(documents.length ? [{ heading: 'Documents without a public link', items: documents }] : []),
    ],
    visibility: 'public',
  };
}
