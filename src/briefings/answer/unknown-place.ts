import type { Plan } from './plan.js';
import type { AnswerIndex } from './search-index.js';
import { editDistance, terms, typoAllowance } from './text.js';

/**
 * "When did Japan protest Russian drills near Okinawa?": a word after "near", "off", "around" or a
 * visit, or after "meet in" / "signed in", is a place, and a place the event set never uses is named by no record. The search weighs an
 * unseen word heavily, but with four known words around it a record of drills near Shikotan still
 * covers half the question; a place is no word to leave out, so the question is declined.
 * Only these prepositions: "in" and "at" take too much else ("in detail", "at first").
 */
const PLACE_AFTER = /\b(?:near|nearby|off|around|outside|close\s+to|visit(?:s|ed|ing)?|(?:meet|met|meeting|held|hold|signed|sign)\s+in)\s+(?:the\s+)?(?:coast\s+of\s+)?([\p{L}-]{4,})/giu;

/** Whether the question names a place after such a word that no record holds. */
export function unknownPlace(plan: Plan): boolean {
  for (const m of plan.rest.matchAll(PLACE_AFTER)) {
    const words = terms(m[1]!);
    if (words.length === 0) continue;
    if (plan.groups.some((g) => !g.known && !g.entity && g.typed.some((t) => words.includes(t)))) return true;
  }
  return false;
}

/**
 * The word right after the deed when the records never use it and it names nothing on record
 * ("recognise Crimea", "annex Crimea"): what was done to it is on no record. Undefined otherwise.
 * A framing word, or a typo of a word the records use ("stop talkz"), is left to the search.
 */
export function unknownObject(index: AnswerIndex, plan: Plan, deed: number): number | undefined {
  const object = plan.groups[deed + 1];
  if (!object || object.entity || object.known || object.weight !== object.idf || object.typed.length === 0) return undefined;
  return object.typed.some((word) => typoOfIndexed(index, word)) ? undefined : deed + 1;
}

/**
 * Whether the word is a word of the records mistyped: within the allowed edits of an indexed term.
 * The readers of unseen places, objects, topics and partners leave such a word to the search.
 */
export function typoOfIndexed(index: AnswerIndex, word: string, allowed = typoAllowance(word)): boolean {
  return allowed > 0 && [...index.df.keys()].some((t) => editDistance(word, t, allowed) <= allowed);
}
