import { formatPartialDate } from '../dossier/dates.js';
import { CAMEO_CODEBOOK } from '../dossier/codebook.js';
import type { Dossier, KurilEvent, SourceLink } from '../dossier/dossier.js';
import { eventItem } from './items.js';
import type { Reply, ReplyItem } from './reply.js';

const VERIFICATION_TEXT = {
  verified: 'Verified against the sources listed.',
  'single-source': 'Single source: not confirmed elsewhere.',
  unverified: 'Unverified: reported only by the source listed; not found in any other source.',
} as const;

/** What a source without a link is about ("An English-language news report on …"), from its description. */
function describedDocument(dossier: Dossier, source: SourceLink): string | undefined {
  return source.document ? dossier.documents.find((d) => d.id === source.document)?.description : undefined;
}

/** One event in full: summary, who and where, coding, quotes, caveats and sources. */
export function eventDetail(dossier: Dossier, event: KurilEvent): Reply {
  const actors = event.actors.map((id) => dossier.actorsById.get(id)?.name ?? id);
  const islands = event.islands.map((id) => {
    const island = dossier.islandsById.get(id);
    return island ? `${island.names.en} / ${island.names.ru}${island.disputed ? '' : ' (not one of the four disputed islands)'}` : id;
  });
  const code = CAMEO_CODEBOOK[event.coding.cameo];
  const details: ReplyItem[] = [
    { title: 'Date', text: `${formatPartialDate(event.date)} (precision: ${event.date.precision})`, sources: [] },
    { title: 'Actors', text: actors.join(', '), sources: [] },
    ...(islands.length ? [{ title: 'Islands', text: islands.join('; '), sources: [] }] : []),
    {
      title: 'Coding',
      text: `CAMEO ${event.coding.cameo}${code ? ` (${code.label})` : ''} · Goldstein ${event.coding.goldstein} · PLOVER ${event.coding.plover}`,
      sources: [],
    },
    { title: 'Verification', text: VERIFICATION_TEXT[event.verification], sources: [] },
    ...(event.note ? [{ title: 'Note', text: event.note, sources: [] }] : []),
  ];
  const quotes: ReplyItem[] = event.quotes.map((q) => ({
    title: `${q.speaker}, ${q.role}`,
    text: `“${q.text}”`,
    sources: [q.source],
    ...(event.verification === 'verified' ? {} : { verification: event.verification }),
  }));
  const item = eventItem(event);
  return {
    kind: 'list',
    title: event.title,
    lead: event.summary,
    sections: [
      { heading: 'Details', items: details },
      ...(quotes.length ? [{ heading: 'Quotes', items: quotes }] : []),
      { heading: 'Sources', items: event.sources.map((s) => ({ title: s.title ?? describedDocument(dossier, s) ?? s.outlet, sources: [s] })) },
    ],
    footer: `Event ${event.id} · ${item.date ?? ''}${item.verification ? ` · ${item.verification}` : ''}`,
    visibility: 'public',
  };
}
