import { ENDED } from './judge.js';
import type { Plan, TermGroup } from './plan.js';
import type { Hit } from './search.js';
import { FRAME_WORDS, sentences, terms, wordTerms } from './text.js';

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
  if (plan.intent !== 'when' || primary.doc.kind !== 'event' || primary.doc.event.date.precision === 'range') return undefined;
  // "When did the fishing pact stop?" asks the end in the records' word ("suspend"): the pact's own
  // record tells it with a later date, as for an end asked outright.
  if (plan.cues.phase !== 'end' && (plan.cues.phase || plan.cues.recency || !(datedElsewhere(plan, primary) || deedDatedElsewhere(plan, primary)))) return undefined;
  const dates = endDates(primary);
  if (dates.length === 0) return undefined;
  return accepted.find((h) => h !== primary && h.doc.kind === 'event' && ENDED.test(`${h.doc.event.title} ${h.doc.event.summary}`) && dates.some((d) => h.doc.kind === 'event' && h.doc.event.date.start.startsWith(d)));
}

/** How many words after an end word its object may start ("ended the state of war"). */
const OBJECT_REACH = 4;

/**
 * "When did the USSR and Japan stop being at war?": the record that says the thing itself ended
 * ("ended the state of war") answers, though another that covers the question as well ranks first
 * (the declaration of that war). A record tells the thing's end when a distinctive word of the
 * question follows one of its end words closely, as that word's object.
 */
export function endsTheThing(plan: Plan, hit: Hit): boolean {
  if (hit.doc.kind !== 'event') return false;
  // Between the sides the question names: the Soviet–Japanese declaration ended no war with the United States.
  if (plan.groups.some((g, i) => g.entity?.kind === 'actor' && !hit.covered.has(i))) return false;
  const wanted = new Set(plan.groups.flatMap((g) => (g.entity || !g.distinctive ? [] : g.terms)));
  return sentences(`${hit.doc.event.title}. ${hit.doc.event.summary}`).some((s) => {
    const words = s.split(/\s+/);
    return words.some((w, i) => ENDED.test(w) && words.slice(i + 1, i + 1 + OBJECT_REACH).some((o) => wordTerms(o).some((t) => wanted.has(t))));
  });
}

/** The months or years ("2022-03", "2022") a sentence names. */
function namedDates(sentence: string): string[] {
  return [...sentence.matchAll(WHEN)].map((m) => (m[1] ? `${m[2]}-${String(MONTHS.indexOf(m[1].toLowerCase()) + 1).padStart(2, '0')}` : m[2]!));
}

/** The question's distinctive concepts a record's title lacks, and the sentences of its text. */
function untitled(plan: Plan, hit: Hit): { wanted: TermGroup[]; own: string; texts: string[] } | undefined {
  if (hit.doc.kind !== 'event') return undefined;
  const event = hit.doc.event;
  const titled = new Set(terms(event.title));
  const wanted = plan.groups.filter((g) => !g.entity && g.distinctive && !g.terms.some((t) => titled.has(t)));
  return { wanted, own: event.date.start, texts: sentences(`${event.summary} ${event.note ?? ''}`) };
}

/**
 * "When were the visa-free exchanges first put on hold?": the 1991 record of the exchanges says "Russia
 * suspended the exchanges in March 2022", which dates the suspension elsewhere, not on 14 October
 * 1991. A record is dated elsewhere for a question when each of its sentences that holds a word of
 * the question its title lacks names a month or year other than the record's own.
 */
export function datedElsewhere(plan: Plan, hit: Hit): boolean {
  const read = untitled(plan, hit);
  return !!read && allDatedElsewhere(read, read.wanted);
}

/**
 * "When did Russia freeze the deal that let Japanese boats fish …?": the deed asked about (the
 * question's first word on record, as doer.ts reads it) is dated elsewhere in the deal's record
 * ("Russia suspended it in June 2022"), though the words that describe the deal ("let Japanese boats
 * fish") are in a sentence of its own date. The description names the thing; the deed is what is dated.
 */
function deedDatedElsewhere(plan: Plan, hit: Hit): boolean {
  const read = untitled(plan, hit);
  const deed = plan.groups.find((g) => !g.entity && g.known && !g.typed.every((t) => FRAME_WORDS.has(t)));
  return !!read && !!deed && read.wanted.includes(deed) && allDatedElsewhere(read, [deed]);
}

/** Each sentence that holds one of the concepts names a month or year other than the record's own. */
function allDatedElsewhere(read: { own: string; texts: string[] }, wanted: readonly TermGroup[]): boolean {
  if (wanted.length === 0) return false;
  const holding = read.texts.filter((s) => terms(s).some((t) => wanted.some((g) => g.terms.includes(t))));
  return holding.length > 0 && holding.every((s) => namedDates(s).some((d) => !read.own.startsWith(d)));
}

/**
 * The record dates the deed itself: each concept its title lacks is in a sentence that names no
 * other month or year than its own (the 2022 suspension "halted … the former residents' visits";
 * the 1999 agreement on the visits never says they were suspended).
 */
export function datesTheDeed(plan: Plan, hit: Hit): boolean {
  const read = untitled(plan, hit);
  if (!read) return false;
  const ownDated = read.texts.filter((s) => namedDates(s).every((d) => read.own.startsWith(d))).map((s) => new Set(terms(s)));
  return read.wanted.every((g) => ownDated.some((own) => g.terms.some((t) => own.has(t))));
}
