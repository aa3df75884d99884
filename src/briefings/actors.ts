import { formatPartialDate } from '../dossier/dates.js';
import type { Dossier, KurilEvent } from '../dossier/dossier.js';
import type { ActorRecord } from '../dossier/schema.js';
import type { Reply, ReplyItem, ReplySection } from './reply.js';

const GROUPS: readonly { heading: string; kinds: readonly ActorRecord['kind'][] }[] = [
  { heading: 'People', kinds: ['person'] },
  { heading: 'States and alliances', kinds: ['state', 'alliance'] },
  { heading: 'Governments, ministries and forces', kinds: ['government', 'institution', 'military'] },
  { heading: 'Media', kinds: ['media'] },
];

/** Each actor's events: its own and its members' (Peskov's statements are the Kremlin's too), oldest first. */
function eventsByActor(dossier: Dossier): Map<string, KurilEvent[]> {
  const byActor = new Map<string, KurilEvent[]>();
  for (const event of dossier.events) {
    const named = new Set([...event.actors, ...event.quotes.map((q) => q.by)]);
    const involved = new Set<string>();
    for (const id of named) {
      // The actor and every larger body it belongs to, at any depth.
      for (let actor = dossier.actorsById.get(id); actor && !involved.has(actor.id); actor = actor.partOf ? dossier.actorsById.get(actor.partOf) : undefined) {
        involved.add(actor.id);
      }
    }
    for (const id of involved) byActor.set(id, [...(byActor.get(id) ?? []), event]);
  }
  return byActor;
}

/** Who is on record: each actor that appears in the events, its role, aliases, and its latest event with its source. */
export function actors(dossier: Dossier): Reply {
  const events = eventsByActor(dossier);
  const onRecord = dossier.actors.filter((a) => events.has(a.id));
  const item = (actor: ActorRecord): ReplyItem => {
    const own = events.get(actor.id) ?? [];
    const latest = own.at(-1);
    const aliases = actor.aliases.length ? ` Also: ${actor.aliases.join(', ')}.` : '';
    const record = latest ? ` ${own.length} event${own.length === 1 ? '' : 's'}; latest ${formatPartialDate(latest.date)}: ${latest.title}.` : '';
    return {
      title: actor.name,
      text: `${actor.role}.${aliases}${record}`,
      sources: latest ? latest.sources.slice(0, 1) : [],
      ...(actor.verification === 'verified' ? {} : { verification: actor.verification }),
    };
  };
  const sections: ReplySection[] = GROUPS.map((group) => ({
    heading: group.heading,
    items: onRecord.filter((a) => group.kinds.includes(a.kind)).map(item),
  })).filter((s) => s.items.length > 0);
  return {
    kind: 'list',
    title: 'Actors on record',
    lead: `${onRecord.length} people and bodies appear in the events on record (a body's events include its members'). Filter the timeline by any of them: /kuril timeline actor:<name>.`,
    sections,
    visibility: 'public',
  };
}
