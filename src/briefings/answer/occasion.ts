import type { KurilEvent } from '../../dossier/dossier.js';
import type { Plan } from './plan.js';
import { processTerm, terms } from './text.js';

/**
 * Words of a question that say which record it is about rather than what the record must state:
 * "in her February Diet speech", "at the rally". A record of that speech holds them in its title,
 * its opening words or its date, and every clause of it was said there, so the clause that decides
 * the question ("She again criticised Russia's war in Ukraine") need not repeat them.
 */

/** Month names as the stemmer leaves them. "May" is left out: in a question it is mostly the modal. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  ['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map((m, i) => [processTerm(m)!, i < 4 ? i + 1 : i + 2]),
);

/** A month a record's dates hold: a record dated to a day, a month or a range, not to a year only. */
export function monthHeld(term: string, event: KurilEvent): boolean {
  const month = MONTHS.get(term);
  if (month === undefined || event.date.precision === 'year') return false;
  const from = Number(event.date.start.slice(5, 7));
  const to = Number(event.date.end.slice(5, 7));
  const sameYear = event.date.start.slice(0, 4) === event.date.end.slice(0, 4);
  return sameYear ? month >= from && month <= to : month >= from || month <= to;
}

/** Whether a concept is only a month name ("in Feb", "in her February speech"). */
export function isMonth(typed: readonly string[]): boolean {
  return typed.length > 0 && typed.every((t) => MONTHS.has(t));
}

/** Occasions on which things are said or done, the head of an adjunct that names a record. */
const OCCASION_NOUNS = [
  'speech', 'speeches', 'address', 'remarks', 'rally', 'conference', 'briefing', 'interview', 'summit', 'meeting',
  'talks', 'session', 'visit', 'trip', 'statement', 'declaration', 'decree', 'note', 'notes', 'memorandum', 'memoranda',
  'report', 'bluebook', 'letter', 'article', 'broadcast', 'parade', 'ceremony', 'debate', 'hearing', 'video',
];
const DETERMINER = '(?:(?:his|her|its|their|the|a|an|that|this|those|these)\\s+)?';
/** "in her February Diet speech", "at the rally", "during his 2019 visit": up to three words before the occasion. */
const OCCASION = new RegExp(`\\b(?:in|at|during|on)\\s+${DETERMINER}((?:(?!in\\b|at\\b|on\\b|during\\b|that\\b)[\\p{L}\\p{N}'-]+\\s+){0,3}(?:${OCCASION_NOUNS.join('|')}))\\b`, 'giu');

/** The question's concept groups (indices) that stand in an adjunct naming the occasion, names left out. */
export function occasionGroups(plan: Plan): number[] {
  const words = new Set<string>();
  for (const m of plan.rest.matchAll(OCCASION)) for (const t of terms(m[1]!)) words.add(t);
  if (words.size === 0) return [];
  return plan.groups.flatMap((g, i) => (!g.entity && g.typed.length > 0 && g.typed.every((t) => words.has(t)) ? [i] : []));
}

/** The record's own words, as terms: what it holds of an occasion. */
export function recordTerms(event: KurilEvent): Set<string> {
  return new Set(terms([event.title, event.summary, event.note ?? '', ...event.quotes.map((q) => q.text)].join(' ')));
}
