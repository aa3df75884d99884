import type { Dossier, KurilEvent, SourceLink } from '../dossier/dossier.js';
import { OUTLET_TYPES, type OutletType } from '../dossier/outlets.js';
import { outletItem } from './items.js';
import type { Reply, ReplyItem, ReplySection } from './reply.js';

const TYPE_HEADINGS: Readonly<Record<OutletType, string>> = {
  government: 'Governments',
  'state-media': 'State media',
  wire: 'News agencies',
  newspaper: 'Newspapers and news sites',
  broadcaster: 'Broadcasters',
  analysis: 'Analysis',
  encyclopedia: 'Reference works',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** "3 events rest", "1 event rests". */
const events = (n: number, verb: string, verbOne: string) => `${plural(n, 'event')} ${n === 1 ? verbOne : verb}`;

/**
 * Every outlet the event set cites, grouped by type and, inside a type, by country; how many events
 * cite each; the sources without a public link; and the balance of the record: how many events rest
 * only on one state's own media and government.
 */
export function sources(dossier: Dossier): Reply {
  const byOutlet = new Map<string, { links: Map<string, SourceLink>; events: Set<string> }>();
  for (const event of dossier.events) {
    // Sources without a link (the unattributed report) are listed in their own section below.
    for (const source of event.sources.filter((s) => s.url)) {
      const entry = byOutlet.get(source.outlet) ?? { links: new Map(), events: new Set() };
      entry.links.set(source.url!, source);
      entry.events.add(event.id);
      byOutlet.set(source.outlet, entry);
    }
  }
  const country = (name: string) => dossier.outlets.find(name)?.country ?? '~';
  const typeOf = (name: string): OutletType | undefined => dossier.outlets.find(name)?.type;
  const item = ([, entry]: [string, { links: Map<string, SourceLink>; events: Set<string> }]): ReplyItem => ({
    ...outletItem([...entry.links.values()]),
    text: `Cited by ${plural(entry.events.size, 'event')}.`,
  });
  const entries = [...byOutlet.entries()].sort(
    ([a, x], [b, y]) => country(a).localeCompare(country(b)) || y.events.size - x.events.size || a.localeCompare(b),
  );
  const sections: ReplySection[] = OUTLET_TYPES.map((type) => ({
    heading: TYPE_HEADINGS[type],
    items: entries.filter(([name]) => typeOf(name) === type).map(item),
  }));
  const unlisted = entries.filter(([name]) => typeOf(name) === undefined).map(item);
  const documents = dossier.documents.map((d) => {
    const citing = dossier.events.filter((e) => e.sources.some((s) => s.document === d.id)).length;
    return {
      title: d.outlet,
      text: `${d.description}. ${d.note} Cited by ${plural(citing, 'event')}.`,
      sources: [],
      verification: 'unverified' as const,
    };
  });
  return {
    kind: 'list',
    title: 'Sources',
    lead: `${byOutlet.size} outlets back the ${dossier.events.length} events on record, grouped here by type and country. Every statement in a briefing links to one of them.`,
    sections: [
      { heading: 'Balance of the record', text: balance(dossier), items: [] },
      ...[...sections, { heading: 'Other outlets', items: unlisted }, { heading: 'Without a public link', items: documents }].filter((s) => s.items.length > 0),
    ],
    visibility: 'public',
  };
}

/** "3 events rest only on Russian state media or government sources; …": which side's own voice carries which events. */
function balance(dossier: Dossier): string {
  const onlyOwn = new Map<string, KurilEvent[]>();
  let unlinked = 0;
  for (const event of dossier.events) {
    const outlets = event.sources.filter((s) => s.url).map((s) => dossier.outlets.find(s.outlet));
    if (outlets.length === 0) {
      unlinked++;
      continue;
    }
    const countries = new Set(outlets.map((o) => o?.country));
    const official = outlets.every((o) => o && (o.type === 'government' || o.state === 'owned' || o.state === 'aligned'));
    const [only] = countries;
    if (official && countries.size === 1 && only) onlyOwn.set(only, [...(onlyOwn.get(only) ?? []), event]);
  }
  const parts = [...onlyOwn.entries()]
    .sort(([, a], [, b]) => b.length - a.length)
    .map(([code, list]) => `${events(list.length, 'rest', 'rests')} only on ${dossier.outlets.countries[code]?.adjective ?? code} state media or government sources`);
  const rest = dossier.events.length - unlinked - [...onlyOwn.values()].reduce((n, e) => n + e.length, 0);
  return [
    ...parts,
    `${events(rest, 'have', 'has')} at least one source that is not a state's own`,
    ...(unlinked ? [`${events(unlinked, 'rest', 'rests')} only on a source without a public link`] : []),
  ].join('; ') + '.';
}
