import { ENDED } from './judge.js';
import type { Plan } from './plan.js';
import type { Hit } from './search.js';
import { sentences } from './text.js';

/**
 * "When did Russia tear up the 1999 visits agreement?": the agreement's own record says "Russia ended
 * the arrangement in September 2022", and the end has a record of its own that month. That record
 * answers, not the agreement's date. A record's sentence that tells an end and names a later month
 * or year points to the record of that end, when one that answers the question is dated then.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WHEN = new RegExp(`\\b(?:(${MONTHS.join('|')})\\s+)?((?:1[89]|20)\\d\\d)\\b`, 'gi');

/** The months or years ("2022-09", "2022") that a record's end sentences name, after its own date. */
function endDates(hit: Hit): string[] {
  if (hit.doc.kind !== 'event') return [];
  const own = hit.doc.event.date.start;
  const told = sentences(hit.doc.event.summary).filter((s) => ENDED.test(s));
  return told.flatMap((s) =>
    [...s.matchAll(WHEN)].map((m) => (m[1] ? `${m[2]}-${String(MONTHS.indexOf(m[1].toLowerCase()) + 1).padStart(2, '0')}` : m[2]!)).filter((d) => d > own.slice(0, d.length)),
  );
}

/** The record of the end the primary record tells of, among those that answer; undefined when there is none. */
export function laterEnd(plan: Plan, primary: Hit, accepted: readonly Hit[]): Hit | undefined {
  if (plan.cues.phase !== 'end' || plan.intent !== 'when' || primary.doc.kind !== 'event' || primary.doc.event.date.precision === 'range') return undefined;
  const dates = endDates(primary);
  if (dates.length === 0) return undefined;
  return accepted.find((h) => h !== primary && h.doc.kind === 'event' && ENDED.test(`${h.doc.event.title} ${h.doc.event.summary}`) && dates.some((d) => h.doc.kind === 'event' && h.doc.event.date.start.startsWith(d)));
}
