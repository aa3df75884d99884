import type { Dossier, KurilEvent } from '../../dossier/dossier.js';
import { isMonth, monthHeld, occasionGroups, recordNameGroups, recordTerms } from './occasion.js';
import type { Plan } from './plan.js';

/**
 * What a record says in every clause without repeating it: its dates, its month, the occasion or
 * name the question gives it, the islands it is tagged with. And which clauses speak of another
 * record. Read by the yes/no verdict (yes-no.ts).
 */

/** What a record is as of: the status line and the positions speak for now; an event up to its last day. */
export interface AsOf {
  readonly current: boolean;
  readonly lastDay?: string;
  /** An event's first day: a year of the question within its dates is the record's own. */
  readonly firstDay?: string;
  /** The event itself: its month and the occasion it tells are every clause's (occasion.ts). */
  readonly event?: KurilEvent;
}

/**
 * "Did the 1855 treaty give Etorofu to Japan?": a record dated 1855 is about 1855 in every clause,
 * so a year of the question within the record's dates counts as held by each of them; so do its
 * month, the occasion or name the question gives it, "the islands" when it is tagged with all
 * the disputed ones, and the news outlet it is tagged with (`outlets`: the media actors' ids).
 */
export function heldByRecord(plan: Plan, asOf: AsOf, scored: { score: number; matched: Set<string> }, disputed: readonly string[], outlets: ReadonlySet<string> = new Set(), clause = ''): { score: number; matched: Set<string> } {
  if (!asOf.firstDay || !asOf.lastDay) return scored;
  const from = Number(asOf.firstDay.slice(0, 4));
  const to = Number(asOf.lastDay.slice(0, 4));
  const matched = new Set(scored.matched);
  let score = scored.score;
  // "In her February Diet speech", "at the rally": the record's occasion, said in its title, opening
  // words or date, is every clause's (occasion.ts).
  const event = asOf.event;
  const own = event ? recordTerms(event) : undefined;
  const occasion = new Set(event && own ? [...occasionGroups(plan), ...recordNameGroups(plan, own)] : []);
  plan.groups.forEach((g, i) => {
    if (matched.has(String(i))) return;
    const years = g.typed.filter((t) => /^\d{4}$/.test(t)).map(Number);
    const inYears = years.length > 0 && years.length === g.typed.length && years.some((y) => y >= from && y <= to);
    const inMonth = event !== undefined && isMonth(g.typed) && g.typed.some((t) => monthHeld(t, event));
    // A month is the record's only by its date: the note's "in October 2025" is another record's.
    // A year is the record's only by its date, as a month is: "in the 1956 declaration" is not held by
    // a 1951 record that mentions the declaration.
    const onOccasion = occasion.has(i) && !isMonth(g.typed) && years.length === 0 && own !== undefined && g.terms.some((t) => own.has(t));
    // "The islands": a record tagged with every disputed island is about them in each clause
    // ("There was little progress on sovereignty itself").
    const onTheIslands = g.entity?.kind === 'group' && event !== undefined && disputed.length > 0 && disputed.every((id) => event.islands.includes(id));
    // "That analyst on Sky News Arabia": the outlet a record is tagged with is where it was said, so
    // every clause of it was said there, though only the note names the channel.
    const onOutlet = g.entity?.kind === 'actor' && event !== undefined && outlets.has(g.entity.id) && event.actors.includes(g.entity.id);
    // "There was little progress on sovereignty itself": a clause that puts no one in it tells of the
    // record's own meeting, so its actors are the clause's ("did Abe and Putin settle sovereignty?").
    const ofItsActors = g.entity?.kind === 'actor' && event !== undefined && NO_ONE_IN_IT.test(clause) && event.actors.includes(g.entity.id);
    if (!inYears && !inMonth && !onOccasion && !onTheIslands && !onOutlet && !ofItsActors) return;
    matched.add(String(i));
    score += g.weight;
  });
  return { score, matched };
}

/** A clause that says what there was, with no one as its subject: "There was little progress on …". */
export const NO_ONE_IN_IT = /^\s*there\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\b/i;

/** An event id as the records write them in notes: a date, then words joined by hyphens. */
const RECORD_ID = /\b\d{4}(?:-\d{2}){0,2}(?:-[a-z0-9]+)+\b/g;

/** Whether a clause names another record of the dossier by its id. */
export function citesAnother(dossier: Dossier, clause: string, own: string | undefined): boolean {
  return [...clause.matchAll(RECORD_ID)].some((m) => m[0] !== own && dossier.eventsById.has(m[0]));
}

/**
 * A note's words on the record's own sourcing ("Could not be found in any source other than …",
 * "Relabelled … under the written rule", "… was added as a second outlet"): they say how far the
 * record is confirmed, nothing of what happened or was said, so their "not" decides no verdict.
 */
const SOURCING = /\b(?:could\s+not\s+be\s+(?:found|confirmed|verified)\s+in\s+any|relabelled\s+from|under\s+the\s+written\s+rule|(?:was|were)\s+added\s+as\s+(?:a\s+)?(?:second|third|another)\s+(?:outlet|source)|(?:is|was)\s+marked\s+(?:verified|single-source|unverified))\b/i;

/** Whether a clause speaks of the record's sources rather than of its event. */
export function aboutSourcing(clause: string): boolean {
  return SOURCING.test(clause);
}
