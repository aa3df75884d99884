import type { KurilEvent } from '../../dossier/dossier.js';
import type { Plan } from './plan.js';
import { FRAME_WORDS, processTerm, terms } from './text.js';

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
  // Not the note: it tells of other records too ("the 1956 Joint Declaration ended the state of war",
  // in the 1951 treaty's), and "in the 1956 declaration" is no occasion of the 1951 treaty.
  return new Set(terms([event.title, event.summary, ...event.quotes.map((q) => q.text)].join(' ')));
}

/** Auxiliaries of a question with a verb of its own ("did the summit settle …"); "is the chain disputed" has none. */
const AUXILIARY = /^(?:did|does|do|has|have|had)$/i;
const DETERMINER_WORD = /^(?:the|that|this|those|these)$/i;
/** Nouns that name a record: a meeting, a document, an occasion. */
const RECORD_NOUNS = new Set(
  [...OCCASION_NOUNS, 'treaty', 'treaties', 'agreement', 'accord', 'pact', 'law', 'constitution', 'amendment', 'amendments', 'order', 'memo', 'drills', 'exercises', 'protest', 'sanctions', 'exchange', 'exchanges']
    .map((w) => processTerm(w))
    .filter((w): w is string => Boolean(w)),
);
/** Words that open a verb's object: "protest the …", "order its …", "protest Japan's …". */
const VERB_OBJECT = /^(?:the|a|an|its|their|his|her|this|that|these|those|[\p{L}-]+['’]s)$/iu;
/** How many words a record's name may take ("the 1956 Soviet–Japanese joint declaration"). */
const NAME_WORDS = 5;

/**
 * "Did the Nagato summit settle …?": a subject with an article that ends in a record's noun
 * ("summit", "declaration", "notes") names the record, and every clause of the record is about it.
 * Its words that are not names, when the record holds them all, are lent to each clause; names
 * never are (the clause must name them itself), and the verb after the noun is the question's own.
 */
export function recordNameGroups(plan: Plan, own: ReadonlySet<string>): number[] {
  const named = nameGroups(plan);
  return named.every((at) => plan.groups[at]!.terms.some((t) => own.has(t))) ? named : [];
}

/**
 * The word groups of the record's name a question opens with ("did the 1993 Tokyo Declaration …"):
 * its subject, not the deed asked about (doer.ts). A year in the name is the record's date, which no
 * text need spell; it is held by the date (record-context.ts) or not at all.
 */
export function nameGroups(plan: Plan): number[] {
  const words = plan.rest.split(/\s+/);
  if (!AUXILIARY.test(words[0] ?? '') || !DETERMINER_WORD.test(words[1] ?? '')) return [];
  const name = words.slice(2, 2 + NAME_WORDS);
  const end = name.findIndex((w) => terms(w).some((t) => RECORD_NOUNS.has(t)));
  if (end < 0) return [];
  // "Did the Eastern Military District protest Japan's drills?": a record noun with an object of its
  // own after it is the doer's verb, not the last word of a record's name ("the 2022 protest").
  if (VERB_OBJECT.test(words[2 + end + 1] ?? '')) return [];
  const out: number[] = [];
  for (const word of name.slice(0, end + 1)) {
    if (/^\d{4}$/.test(word)) continue;
    for (const term of terms(word)) {
      const at = plan.groups.findIndex((g) => g.typed.includes(term));
      if (at >= 0 && !plan.groups[at]!.entity) out.push(at);
    }
  }
  return out;
}

/**
 * The deed asked of a record put as the subject ("did the 1993 Tokyo Declaration settle …"): the
 * first word group after its name that is no name, year or framing word; -1 when the question puts
 * no record first.
 */
export function deedOfRecord(plan: Plan): number {
  const name = new Set(nameGroups(plan));
  if (name.size === 0) return -1;
  return plan.groups.findIndex((g, i) => !g.entity && g.known && !name.has(i) && !g.typed.every((t) => FRAME_WORDS.has(t) || /^\d{4}$/.test(t)));
}
