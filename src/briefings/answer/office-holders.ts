import { entityToken, ofAskedState, sameOfficesHeld, type Detection, type Office } from './aliases.js';
import type { Plan } from './plan.js';
import type { Dossier } from '../../dossier/dossier.js';
import type { AnswerIndex } from './search-index.js';
import { doerIn, type DoerVerdict } from './doer.js';

/**
 * Which offices a question names, and of which country: "a Japanese PM", "a Russian leader", "the
 * prime minister of Japan". Two readings the plain word match misses:
 *
 * - **The country is the one next to the office.** "A warning from a Japanese PM about Russia"
 *   names Russia as well, but the office is Japan's: the state named right before the office words
 *   ("Japanese", "Russia's", also with a word of when between: "Japan's new prime minister"), else
 *   right after them ("prime minister of Japan"), says whose office it is. Only when neither is there must every state the question names be the office's.
 * - **A leader is the head of state or of government.** "A Russian leader" is whoever was its
 *   president or prime minister at the time: Medvedev as prime minister in 2019 as well as
 *   president in 2010. The offices are those the actors' roles give; "leader" is no word a record
 *   must hold: a record naming one of the holders holds it.
 */

/** Words that say when or how an office was held, not whose it is: "a former president", "the acting premier". */
const OFFICE_QUALIFIER = /^(?:former|sit|current|incumb|outgo|incom|act|then|late|new|previou|next|serv|deputi|vice|futur|past|elect|interim|top)/;

/** The processed words for a leader of a state. */
const LEADER = new Set(['leader']);

/** Whether an office is a head of state's or government's, from its own words. */
const headsTheState = (office: Office) => office.terms.join(' ') === 'president' || office.terms.join(' ') === 'prim minister';

/**
 * Terms a question word also stands for as an office: "a Russian leader" is met by a record naming
 * one of the people who held its presidency or premiership (their entity tokens), when the word named
 * offices on record (`offices`, from `namedOffices`): "the first Russian leader to visit" is the
 * records' own phrase, "a Chinese leader" no office on record, and a Japanese prime minister's
 * record no Russian leader's.
 */
export function officeTermsOf(term: string, offices: readonly Office[]): readonly string[] {
  if (!LEADER.has(term)) return [];
  return [...new Set(offices.filter(headsTheState).map((o) => `e_actor_${o.actorId.replace(/-/g, '_')}`))];
}

/** Where the office's words (or "leader" for a head of state or government) start in the question, or -1. */
function officeAt(office: Office, processed: readonly string[], leaders: boolean): number {
  for (let i = 0; i < processed.length; i++) {
    if (office.terms.every((t, k) => processed[i + k] === t)) return i;
    if (leaders && LEADER.has(processed[i]!) && headsTheState(office)) return i;
  }
  return -1;
}

/**
 * The offices the question names whose country is the one it puts next to them (or, with none
 * next to them, every state it names), held at some time between `from` and `to`.
 */
export function namedOffices(
  offices: readonly Office[],
  processed: readonly string[],
  detections: readonly Detection[],
  held: (office: Office) => boolean,
  anyHolder: boolean,
  known: (term: string) => boolean,
  /** The question says "<office> of …" ("prime minister of Japan"): only then is a state right after the office its own. */
  ofAfter = true,
  /** With no state next to the office, every state the question names is taken for the office's; false: none is. */
  orAnyNamed = true,
): Office[] {
  const states = detections.filter((d) => d.entity.kind === 'actor');
  const all = [...new Set(states.map((d) => d.entity.token))];
  return offices.filter((office) => {
    const at = officeAt(office, processed, anyHolder);
    if (at < 0 || !held(office)) return false;
    const length = processed[at] !== undefined && LEADER.has(processed[at]) && !office.terms.includes(processed[at]) ? 1 : office.terms.length;
    // "Japan's new prime minister": words of when or how it was held stand between the state and the office.
    let start = at;
    while (start > 0 && OFFICE_QUALIFIER.test(processed[start - 1]!)) start--;
    const before = states.filter((d) => d.to === start).map((d) => d.entity.token);
    // "Did the prime minister call Moscow's decision unjust?": Moscow follows the office, but is no "of Moscow".
    const after = ofAfter ? states.filter((d) => d.from === at + length).map((d) => d.entity.token) : [];
    // "A Chinese leader": a word no record uses right before the office names a state not on record.
    if (!before.length && start > 0 && !known(processed[start - 1]!)) return false;
    const own = before.length ? before : after.length ? after : orAnyNamed ? all : undefined;
    if (!own) return false;
    return own.every((c) => office.countries.includes(c));
  });
}

/**
 * "When did a Chinese leader visit the islands?", "a Korean prime minister's warning": the word
 * right before an office is a word no record uses and no name on record, so the holder asked about
 * is of a state not on record. Whoever held that office elsewhere is no answer: decline.
 */
export function holderOfUnknownState(plan: Plan, known: (term: string) => boolean): boolean {
  const named = new Set(plan.groups.flatMap((g) => (g.entity ? g.typed : [])));
  const words = plan.terms;
  const officeStarts = new Set(['leader', 'president', 'prim', 'premier']);
  return words.some((t, i) => {
    const before = words[i - 1];
    return !!before && officeStarts.has(t) && !known(before) && !named.has(before) && !OFFICE_QUALIFIER.test(before) && /^\p{L}+$/u.test(before);
  });
}

/**
 * "When did Japan's prime minister criticise the war?": the doer is read as the state ("Japan"), but
 * the record's clause names the person who held the office ("Sanae Takaichi … She again criticised
 * …"). A clause whose doer is a holder of the office the question names is the state's deed too.
 */
export function doerOrHolder(dossier: Dossier, index: AnswerIndex, plan: Plan, doer: string, text: string): DoerVerdict {
  const verdict = doerIn(dossier, index, plan, doer, text);
  if (verdict !== 'other') return verdict;
  const holder = plan.offices.map((o) => doerIn(dossier, index, plan, o.actorId, text)).find((v) => v !== 'other');
  return holder ?? verdict;
}

/**
 * Who held one of the offices the question names, for the same state, between two days: "the
 * Japanese prime minister" in September 2022 is Kishida, though the office is read at today's date
 * (Takaichi). Entity tokens.
 */
export function holdersAt(asked: readonly Office[], offices: readonly Office[], start: string, end: string): string[] {
  return sameOfficesHeld(asked, offices, start, end)
    .filter((o) => ofAskedState(asked, o))
    .map((o) => entityToken('actor', o.actorId));
}
