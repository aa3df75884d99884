import { addDays, formatDay } from '../dossier/dates.js';
import type { Dossier, KurilEvent } from '../dossier/dossier.js';
import { withChart } from './chart-offer.js';
import { eventItem, groundedItem } from './items.js';
import type { Reply } from './reply.js';
import { trend } from './trend.js';

/** A first digest covers at most this many days, so subscribing never floods a channel. */
export const FIRST_DIGEST_DAYS = 7;
/** Developments listed in one digest; the rest are counted with a pointer to the timeline. */
export const DIGEST_ITEM_LIMIT = 10;

/**
 * What a channel's digests have covered so far: the last local day, and the events already reported
 * whose dates run past it (a month-precision event or a range), so they are not repeated daily.
 */
export interface DigestCoverage {
  readonly day: string;
  readonly open: readonly string[];
}

export interface ComposedDigest {
  readonly reply: Reply;
  /** Nothing new: a channel that skips quiet days gets no digest. */
  readonly quiet: boolean;
  /** The coverage once this digest is delivered. */
  readonly coverage: DigestCoverage;
  /** Ids of the new events, newest first. */
  readonly events: readonly string[];
}

/** Noon UTC of a calendar day, so the day-based briefing functions see that day whatever the zone. */
export function dayAsDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The daily digest for one channel and one local day: what is new in the event set since the day its
 * last digest covered (at most the last 7 days for a first digest), the current trend with its reason,
 * and the dossier's status line with its sources. A day with nothing new gets one short line and the
 * trend. Pure: the same dossier, coverage and day always give the same digest. `asOfDay` is the day
 * the data is read (a preview reads today's data for a digest due later).
 */
export function composeDigest(dossier: Dossier, day: string, coverage: DigestCoverage | undefined, asOfDay: string = day): ComposedDigest {
  const first = coverage === undefined;
  const from = coverage ? addDays(coverage.day, 1) : addDays(day, -(FIRST_DIGEST_DAYS - 1));
  const reported = new Set(coverage?.open ?? []);
  // New: events that happened in the window, and records added to the set in it (late reports).
  const isNew = (e: KurilEvent) =>
    e.date.start <= day && (e.date.end >= from || (e.recorded !== undefined && e.recorded >= from && e.recorded <= day));
  const fresh: KurilEvent[] = dossier.events.filter((e) => isNew(e) && !reported.has(e.id)).reverse();

  const stillOpen = [
    ...fresh.filter((e) => e.date.end > day).map((e) => e.id),
    ...[...reported].filter((id) => (dossier.eventsById.get(id)?.date.end ?? '') > day),
  ];
  const next: DigestCoverage = { day: coverage && coverage.day > day ? coverage.day : day, open: [...new Set(stillOpen)] };

  const since = coverage ? formatDay(coverage.day) : undefined;
  let lead: string;
  if (fresh.length === 0) {
    lead = first ? `No new developments in the last ${FIRST_DIGEST_DAYS} days.` : `No new developments since ${since}.`;
  } else if (first) {
    lead = `First digest for this channel: ${plural(fresh.length, 'development')} in the last ${FIRST_DIGEST_DAYS} days, newest first.`;
  } else {
    lead = `${plural(fresh.length, 'new development')} since ${since}, newest first.`;
  }

  const shown = fresh.slice(0, DIGEST_ITEM_LIMIT);
  const more = fresh.length - shown.length;
  const reply: Reply = {
    kind: 'briefing',
    title: `Kuril Islands daily digest, ${formatDay(day)}`,
    lead,
    trend: trend(dossier, dayAsDate(day)),
    sections:
      fresh.length === 0
        ? []
        : [
            {
              heading: 'New developments',
              ...(more > 0 ? { text: `Showing the ${shown.length} newest; ${more} more: /kuril timeline from:${from}` } : {}),
              items: shown.map((e) => eventItem(e)),
            },
            { heading: 'Context', items: [groundedItem(dossier, 'Where things stand', dossier.status)] },
          ],
    footer: `As of ${formatDay(asOfDay)} · /kuril brief for the full briefing`,
    visibility: 'public',
    // The same year as the brief's, not the digest's few days (which would chart as one bar): chart-offer.ts.
    ...withChart(dossier, day),
  };
  return { reply, quiet: fresh.length === 0, coverage: next, events: fresh.map((e) => e.id) };
}
