import { formatPartialDate } from '../dossier/dates.js';
import type { Dossier } from '../dossier/dossier.js';
import type { ActorRecord } from '../dossier/schema.js';
import type { Reply, ReplyItem, ReplySection } from './reply.js';

const GROUPS: readonly { heading: string; kinds: readonly ActorRecord['kind'][] }[] = [
  { heading: 'People', kinds: ['person'] },
  { heading: 'States and alliances', kinds: ['state', 'alliance'] },
  { heading: 'Governments, ministries and forces', kinds: ['government', 'institution', 'military'] },
  { heading: 'Media', kinds: ['media'] },
];

/** Who is on record: each actor's role, aliases, and their latest event with its source. */
export function actors(dossier: Dossier): Reply {
  const item = (actor: ActorRecord): ReplyItem => {
    const own = dossier.events.filter((e) => e.actors.includes(actor.id) || e.quotes.some((q) => q.by === actor.id));
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
    items: dossier.actors.filter((a) => group.kinds.includes(a.kind)).map(item),
  })).filter((s) => s.items.length > 0);
  return {
    kind: 'list',
    title: 'Actors on record',
    lead: `${dossier.actors.length} people and bodies appear in the event set. Filter the timeline by any of them: /kuril timeline actor:<name>.`,
    sections,
    visibility: 'public',
  };
}
