import type { Dossier, SourceLink } from '../dossier/dossier.js';
import type { Reply, ReplyItem } from './reply.js';

/** Every outlet the event set cites, with how many events cite it and its links. */
export function sources(dossier: Dossier): Reply {
  const byOutlet = new Map<string, { links: Map<string, SourceLink>; events: Set<string> }>();
  for (const event of dossier.events) {
    // Documents without a link (the seed article) are listed in their own section below.
    for (const source of event.sources.filter((s) => s.url)) {
      const entry = byOutlet.get(source.outlet) ?? { links: new Map(), events: new Set() };
      entry.links.set(source.url!, source);
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
  const documents = dossier.documents.map((d) => {
    const citing = dossier.events.filter((e) => e.sources.some((s) => s.document === d.id)).length;
    return {
      title: d.title,
      text: `${d.note} Cited by ${citing} event${citing === 1 ? '' : 's'}.`,
      sources: [{ outlet: d.outlet, title: d.title, published: d.published, document: d.id }],
      verification: 'unverified' as const,
    };
  });
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
