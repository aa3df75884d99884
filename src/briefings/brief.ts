import { formatDay, formatPartialDate, isoDay } from '../dossier/dates.js';
import type { Dossier, SourceLink } from '../dossier/dossier.js';
import { eventItem, eventsUpTo, groundedItem, sourcesOf, basisEvents } from './items.js';
import type { Reply, ReplyItem } from './reply.js';
import { RANKING_NOTE, topDevelopments } from './significance.js';
import { trend, type TrendContext } from './trend.js';

export const DEVELOPMENT_COUNT = 5;

/** One item per outlet with all its links, so a long source list stays readable. */
function byOutlet(sources: readonly SourceLink[]): ReplyItem[] {
  const groups = new Map<string, SourceLink[]>();
  for (const source of sources) groups.set(source.outlet, [...(groups.get(source.outlet) ?? []), source]);
  return [...groups].map(([outlet, links]) => ({ title: outlet, sources: links }));
}

/**
 * The briefing: where the dispute stands, the most significant recent developments, the trend,
 * each side's position, what to watch, and the sources behind all of it.
 */
export function brief(dossier: Dossier, asOf: Date, context: TrendContext = {}): Reply {
  const day = isoDay(asOf);
  const known = eventsUpTo(dossier, day);
  const newest = known.at(-1);
  const developments = topDevelopments(known, day, DEVELOPMENT_COUNT);
  const statusEvents = basisEvents(dossier, dossier.status);
  const positions = [
    groundedItem(dossier, 'Japan', dossier.positions.japan),
    groundedItem(dossier, 'Russia', dossier.positions.russia),
  ];
  const watch: ReplyItem[] = dossier.watch.map((w) => ({ title: w.text, sources: [w.source] }));
  const cited = sourcesOf([...developments, ...statusEvents, ...basisEvents(dossier, dossier.positions.japan), ...basisEvents(dossier, dossier.positions.russia)]);

  return {
    kind: 'briefing',
    title: dossier.title,
    // First, how current the record is: a reader should not take an old record for a quiet world.
    lead: `${newest ? `Newest event on record: ${formatPartialDate(newest.date)}. ` : ''}${dossier.status.text}`,
    trend: trend(dossier, asOf, context),
    sections: [
      { heading: 'Latest developments', text: RANKING_NOTE, items: developments.map((e) => eventItem(e)) },
      { heading: 'Where things stand', items: statusEvents.filter((e) => !developments.includes(e)).map((e) => eventItem(e, null)) },
      { heading: 'Positions', items: positions },
      ...(watch.length ? [{ heading: 'What to watch', items: watch }] : []),
      { heading: 'Sources', items: byOutlet(cited) },
    ],
    footer: `As of ${formatDay(day)} · ${known.length} events on record · /kuril timeline for the full record`,
    visibility: 'public',
  };
}
