import { formatDay, formatPartialDate, isoDay } from '../dossier/dates.js';
import type { Dossier, ResolvedPosition } from '../dossier/dossier.js';
import { withChart } from './chart-offer.js';
import { eventItem, eventsUpTo, sourcesOf, basisEvents, outletItems } from './items.js';
import type { Reply, ReplyItem, ReplySection } from './reply.js';
import { RANKING_NOTE, topDevelopments } from './significance.js';
import { trend, type TrendContext } from './trend.js';

export const DEVELOPMENT_COUNT = 5;

/** A side's view in its own words, with its sources once each, one line per outlet. */
function view(dossier: Dossier, heading: string, position: ResolvedPosition): ReplySection {
  // The side's own published words: documents without a public link are no side's statement.
  const links = [...position.sources, ...sourcesOf(basisEvents(dossier, position))].filter((s) => s.url);
  return { heading, text: position.text, items: outletItems([...new Map(links.map((s) => [s.url ?? s.outlet, s])).values()]) };
}

/**
 * The briefing: where the dispute stands, the most significant recent developments, the trend,
 * the view from Tokyo and from Moscow (each in that side's own words), what to watch, and the
 * sources behind all of it.
 */
export function brief(dossier: Dossier, asOf: Date, context: TrendContext = {}): Reply {
  const day = isoDay(asOf);
  const known = eventsUpTo(dossier, day);
  const newest = known.at(-1);
  const developments = topDevelopments(known, day, DEVELOPMENT_COUNT);
  const statusEvents = basisEvents(dossier, dossier.status);
  const watch: ReplyItem[] = dossier.watch.map((w) => ({ title: w.text, sources: [w.source] }));
  const { japan, russia } = dossier.positions;
  const cited = [...japan.sources, ...russia.sources, ...sourcesOf([...developments, ...statusEvents, ...basisEvents(dossier, japan), ...basisEvents(dossier, russia)])];

  return {
    kind: 'briefing',
    title: dossier.title,
    // First, how current the record is: a reader should not take an old record for a quiet world.
    lead: `${newest ? `Newest event on record: ${formatPartialDate(newest.date)}. ` : ''}${dossier.status.text}`,
    trend: trend(dossier, asOf, context),
    sections: [
      { heading: 'Latest developments', text: RANKING_NOTE, items: developments.map((e) => eventItem(e)) },
      { heading: 'Where things stand', items: statusEvents.filter((e) => !developments.includes(e)).map((e) => eventItem(e, null)) },
      view(dossier, 'View from Tokyo', dossier.positions.japan),
      view(dossier, 'View from Moscow', dossier.positions.russia),
      ...(watch.length ? [{ heading: 'What to watch', items: watch }] : []),
      { heading: 'Sources', items: outletItems(cited) },
    ],
    footer: `As of ${formatDay(day)} · ${known.length} events on record · /kuril timeline for the full record`,
    visibility: 'public',
    ...withChart(dossier, day),
  };
}

