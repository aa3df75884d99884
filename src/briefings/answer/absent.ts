import { sentences, terms } from './text.js';

/**
 * "Was the foreign-troop condition (already) in / part of / written into the 1956 declaration?"
 * asks whether one thing was inside another. A record that says the thing was "absent from",
 * "missing from" or "left out of" that other thing states the contrary: the clause holds every
 * word of the question and would otherwise read as a "Yes" ("… a condition absent from the 1956
 * declaration"). Only a clause that names both, the thing before the phrase and the container
 * after it, in the question's own words, decides.
 */

/** The question asks whether X was inside Y, and the words of Y. */
const ASKS_INSIDE =
  /\b(?:in|into|part\s+of|included\s+in|written\s+(?:in|into)|contained\s+in|set\s+out\s+in|spelled\s+out\s+in|mentioned\s+in|among|inside)\s+((?:the\s+)?[^?.!]+?)\s*[?.!]*$/i;
/** "Did the 1956 declaration include / contain / mention X?": the container is the subject. */
const ASKS_INCLUDES = /^\s*(?:did|does|do|was|is|has|had)\s+(.+?)\s+(?:include[sd]?|contain(?:s|ed)?|mention(?:s|ed)?|spell(?:s|ed)?\s+out)\s+(.+?)\s*[?.!]*$/i;
const ABSENT = /\b(?:absent|missing|omitted|left\s+out|excluded|dropped)\s+from\b/i;

/** The clause that says something the question names was absent from what the question names. */
export function absentFrom(rest: string, texts: readonly string[]): string | undefined {
  const inside = ASKS_INSIDE.exec(rest);
  const includes = inside ? undefined : ASKS_INCLUDES.exec(rest);
  if (!inside && !includes) return undefined;
  const asked = new Set(terms(rest));
  // Y, the container: the words after "in", or the subject of "include".
  const container = new Set(terms(includes ? includes[1]! : inside![1]!));
  for (const text of texts) {
    for (const clause of sentences(text)) {
      const at = ABSENT.exec(clause);
      if (!at) continue;
      const before = terms(clause.slice(0, at.index).split(/[;:]/).pop()!);
      const after = terms(clause.slice(at.index + at[0].length).split(/[,;:]/)[0]!);
      const thingHeld = before.filter((t) => asked.has(t) && !container.has(t)).length >= 1;
      const containerHeld = after.filter((t) => container.has(t)).length >= Math.min(2, container.size);
      if (thingHeld && containerHeld) return clause.trim();
    }
  }
  return undefined;
}
