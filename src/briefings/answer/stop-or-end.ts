import type { KurilEvent } from '../../dossier/dossier.js';

/**
 * "When did Russia most recently suspend a deal with Japan?": suspending is not ending. The record of
 * the September 2022 ending says the exchanges had "only been suspended" in March, so it holds the
 * word and, being newer, answered a question about a suspension. When the question asks for one of
 * the two deeds and not the other, the newest field keeps the records whose TITLE tells that deed as a
 * verb ("Russia suspends the 1998 fishing agreement"), when there are any: the title is what the record
 * is of; the summary may only mention it.
 */

const SUSPEND = /\b(?:suspend|suspends|suspended|suspending|suspension|halt|halts|halted|halting|freeze|freezes|froze|frozen|freezing|pause|pauses|paused|pausing)\b/i;
const END = /\b(?:end|ends|ended|ending|terminate|terminates|terminated|terminating|termination|scrap|scraps|scrapped|scrapping|cancel|cancels|cancel+ed|cancel+ing|cancellation|abolish|abolishes|abolished|abolishing)\b/i;
/** In a title, the deed as a verb: "Russia suspends …", not the noun of someone's reaction ("Russia's halt of the talks"). */
const SUSPEND_VERB = /\b(?:suspends|suspended|halts|halted|freezes|froze|pauses|paused)\b/i;
const END_VERB = /\b(?:ends|ended|terminates|terminated|scraps|scrapped|cancels|cancel+ed|abolishes|abolished)\b/i;

export function deedInTitle<T extends { readonly doc: { readonly kind: 'event'; readonly event: KurilEvent } }>(question: string, field: readonly T[]): readonly T[] {
  // The words as typed: "walk away from" is read as "suspend" later (verbs.ts), and may be either.
  const suspend = SUSPEND.test(question);
  const end = END.test(question);
  if (suspend === end) return field;
  const verb = suspend ? SUSPEND_VERB : END_VERB;
  const kept = field.filter((h) => verb.test(h.doc.event.title));
  return kept.length ? kept : field;
}
