import { entitiesInText, type AliasTable } from './aliases.js';
import type { Plan } from './plan.js';
import { deedWordAfterDoer } from './doer.js';
import type { AnswerIndex } from './search-index.js';
import { processTerm, sentences, terms } from './text.js';

/**
 * "Did the Kremlin say a deal is likely?" when the record says "unlikely": a word and its negated
 * form (un-, in-, im-, il-, ir-, dis-, non-) are one concept for the search, and the negated form in
 * the deciding clause states the contrary, so the answer is "No" from the record itself.
 */

const PREFIXES = ['un', 'in', 'im', 'il', 'ir', 'dis', 'non'];

/**
 * The record words that negate a question word by prefix ("unlikely" for "likely"), also when the
 * records use the word itself elsewhere: "has Japan's position changed?" is answered by "the position
 * is unchanged" though another record says "relations changed".
 */
export function negatedForms(term: string, vocabulary: ReadonlyMap<string, number>): string[] {
  if (term.length < 4) return [];
  return PREFIXES.flatMap((p) => [`${p}${term}`, `${p}${term}ly`]).filter((w) => vocabulary.has(w));
}

/**
 * "Did the prime minister skip / miss / boycott the rally?" when the record has her speaking at it:
 * being there is one concept with staying away for the search, and a clause that has the person
 * there ("speaking at the rally", "attended") answers No.
 */
const ABSENT = new Set(['skip', 'skipped', 'skipping', 'miss', 'missed', 'missing', 'boycott', 'boycotted', 'snub', 'snubbed', 'absent'].map((w) => processTerm(w) ?? w));
const PRESENT = ['attend', 'attended', 'speaking', 'spoke', 'address', 'addressed', 'appear', 'appeared', 'participate', 'participated'].map((w) => processTerm(w) ?? w);

/** The record words for being there, for a question word of staying away ("attend" for "skip"). */
export function presenceForms(term: string, vocabulary: ReadonlyMap<string, number>): string[] {
  return ABSENT.has(term) ? [...new Set(PRESENT)].filter((w) => vocabulary.has(w)) : [];
}

/** Whether a clause holds the negated form of a word the question asked about. */
export function saysOpposite(plan: Plan, clause: string): boolean {
  const own = new Set(terms(clause));
  // "Has Takaichi changed the position?" and "the position is unchanged": the negated form answers
  // whether or not the records use the word itself elsewhere ("relations changed").
  const negated = (typed: string) => typed.length >= 4 && !own.has(typed) && PREFIXES.some((p) => own.has(`${p}${typed}`) || own.has(`${p}${typed}ly`));
  // "Skip the rally" asked, "speaking at the rally" on record.
  const there = (g: Plan['groups'][number]) => g.typed.some((t) => ABSENT.has(t)) && !g.typed.some((t) => own.has(t)) && PRESENT.some((w) => own.has(w));
  return plan.groups.some((g) => !g.entity && g.typed.length > 0 && (g.typed.some(negated) || there(g) || g.terms.some((t) => !g.typed.includes(t) && own.has(t) && g.typed.some((typed) => PREFIXES.some((p) => t === `${p}${typed}` || t === `${p}${typed}ly`)))));
}

/**
 * "Did the Kremlin say a deal is impossible?" when the record says "unlikely": a word at the end of
 * a scale and a weaker word on the same side are one concept for the search, and the weaker word in
 * the deciding clause says the record stops short of the question: "No". Each entry is the strong
 * words and the other words of their scale, which all stop short of them ("possible" of "certain").
 */
const LIKELY = ['likely', 'probable', 'probably', 'possible', 'possibly', 'realistic', 'real'];
const UNLIKELY = ['unlikely', 'improbable', 'doubtful', 'difficult', 'hard', 'uncertain', 'unrealistic'];
const SCALES: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['impossible', 'impossibility', 'inconceivable', 'unthinkable'], [...UNLIKELY, ...LIKELY]],
  [['certain', 'certainty', 'sure', 'inevitable', 'definite', 'definitely', 'guaranteed', 'assured'], [...LIKELY, ...UNLIKELY, 'impossible']],
  [['always', 'forever', 'permanent', 'permanently'], ['often', 'sometimes', 'usually', 'temporary', 'temporarily']],
];

/** Stemmed: strong term -> its weaker terms. */
const SHORT_OF: ReadonlyMap<string, readonly string[]> = new Map(
  SCALES.flatMap(([strong, weaker]) => {
    const weak = weaker.map((w) => processTerm(w) ?? w);
    return strong.map((s) => [processTerm(s) ?? s, weak] as const);
  }),
);

/** The record words that stop short of a strong question word ("unlikely" for "impossible"). */
export function weakerForms(term: string, vocabulary: ReadonlyMap<string, number>): string[] {
  return (SHORT_OF.get(term) ?? []).filter((w) => vocabulary.has(w));
}

/** Whether a clause says a weaker degree of a strong word the question used, and not the word itself. */
export function stopsShort(plan: Plan, clause: string): boolean {
  const own = new Set(terms(clause));
  return plan.groups.some((g) => {
    if (g.entity || !g.typed.some((t) => SHORT_OF.has(t)) || g.typed.some((t) => own.has(t))) return false;
    return g.typed.some((t) => SHORT_OF.get(t)!.some((w) => own.has(w) && g.terms.includes(w)));
  });
}

/** Whether a term of a concept was added as a degree of the word typed ("unlikely" for "likely" or "impossible"), not as its synonym. */
export function isDegreeForm(typed: readonly string[], term: string): boolean {
  return typed.some((w) => (SHORT_OF.get(w) ?? []).includes(term) || (ABSENT.has(w) && PRESENT.includes(term)) || PREFIXES.some((p) => term === `${p}${w}` || term === `${p}${w}ly`));
}

/** "Without telling his party", "without consulting Tokyo": the deed after it was not done. */
const WITHOUT = /\bwithout\s+([\p{L}]+)/giu;
/** Telling someone in other words: "inform", "notify", "let … know" are telling them. */
const TELL = /^(?:tell|told|inform|notif(?:y|i)|warn)$/;
/** A verb's plain form, near enough to compare "telling" with "tell" and "informed" with "inform". */
const plainVerb = (w: string) => {
  const plain = w.toLowerCase().replace(/(?:ing|ed|es|s)$/, '');
  return TELL.test(plain) ? 'tell' : plain;
};

/**
 * "Did Suzuki tell his party before he flew to Moscow?" against "visited Moscow … without telling his
 * party": the deed the question asks of its doer is the one the record says was left undone, a "No"
 * on record. The clause must name each person or body the question names (the doer among them).
 */
export function doneWithout(index: AnswerIndex, plan: Plan, texts: readonly string[]): string | undefined {
  const deed = deedWordAfterDoer(index, plan);
  if (!deed) return undefined;
  const asked = plan.entities.filter((e) => !e.broad).map((e) => e.token);
  return texts
    .flatMap((t) => sentences(t))
    .find((s) => {
      if (![...s.matchAll(WITHOUT)].some((m) => plainVerb(m[1]!) === plainVerb(deed))) return false;
      const named = entitiesInText(index.aliases, s);
      return asked.every((t) => named.has(t));
    });
}

/** Asks whether a side took part in an agreement: "did Japan sign / ratify / join Yalta", "was Japan part of it". */
const ASKS_PARTY = /\b(?:sign(?:s|ed|ing)?|ratif(?:y|ies|ied)|join(?:s|ed)?|accede[sd]?|signator(?:y|ies)|part(?:y|ies)?\s+(?:to|of|in)|took\s+part|take\s+part|member\s+of)\b/i;
/** "Japan was not a party to the agreement", "neither side was a signatory". */
const NOT_PARTY = /\b(?:not|never|no\s+longer)\s+(?:a\s+|one\s+of\s+the\s+)?(?:part(?:y|ies)?|signator(?:y|ies))\s+(?:to|of|in)\b/i;

/**
 * "Did Japan sign the Yalta agreement?", "was Japan part of it?": a clause that says the side asked
 * about was not a party to it states the contrary of its taking part, a "No" on record. The clause
 * must name that side.
 */
export function notAParty(aliases: AliasTable, plan: Plan, texts: readonly string[]): string | undefined {
  if (!ASKS_PARTY.test(plan.rest)) return undefined;
  const sides = plan.entities.filter((e) => e.kind === 'actor').map((e) => e.token);
  if (sides.length === 0) return undefined;
  for (const text of texts) {
    for (const clause of sentences(text)) {
      if (!NOT_PARTY.test(clause)) continue;
      const named = entitiesInText(aliases, clause.split(NOT_PARTY)[0]!);
      if (sides.some((t) => named.has(t))) return clause.trim();
    }
  }
  return undefined;
}
