import { entitiesInText, type AliasTable } from './aliases.js';
import { sentences, terms } from './text.js';

/**
 * "Did Molotov hand the declaration of war to Japan's foreign minister?": the record says he handed
 * it to Japan's ambassador. Every other word of the question is in that clause ("Foreign Minister"
 * is Molotov's own title), so it read as a "Yes". The one a thing was handed to is asked in the
 * words after "to": the record's clause must give the same one (the same people and bodies, and
 * the same office words), or the question is not settled by it.
 */

/** A verb of handing over, then (within a few words) "to" and whom: "handed the declaration to …". */
const HANDED = /\b(?:hand(?:s|ed|ing)?|g[ai]ve[ns]?|giving|deliver(?:s|ed|ing)?|sen[dt]s?|sending|pass(?:es|ed|ing)?|present(?:s|ed|ing)?|submit(?:s|ted|ting)?|transmit(?:s|ted|ting)?)\b(?:\s+\S+){0,8}?\s+to\s+([^.;:?!]+)/i;

/** Where the recipient's words end: a place, a time or another clause. */
const RECIPIENT_END = /\s+(?:in|at|on|during|after|before|when|while|and|which|who|that|as|for|from|by|with|saying|announcing)\b.*$/i;

export function recipient(text: string): string | undefined {
  const to = HANDED.exec(text)?.[1];
  return to?.replace(RECIPIENT_END, '').trim();
}

/** Whether the question and the clause both say to whom something was handed, and not the same one. */
export function handedToAnother(aliases: AliasTable, question: string, clause: string): boolean {
  const asked = recipient(question);
  const told = recipient(clause);
  if (!asked || !told) return false;
  const toldNames = entitiesInText(aliases, told);
  if ([...entitiesInText(aliases, asked)].some((e) => !toldNames.has(e))) return true;
  // The office words: "foreign minister" against "ambassador"; a name's own words are checked above.
  const toldWords = new Set(terms(told));
  return terms(asked).some((t) => entitiesInText(aliases, t).size === 0 && !toldWords.has(t));
}

/**
 * "Which Japanese diplomat was handed the declaration of war?", "who was given the note?": the
 * one a thing was handed to is asked, in the passive (round 16). The record answers with whom its
 * clause says it was handed to ("handed the declaration to Japan's ambassador, Naotake Sato"), who
 * need be no actor of the record; the side in the question ("the Soviet declaration") is the
 * giver's, no one who got anything.
 */
const PASSIVE_RECIPIENT =
  /^\s*(?:who|whom|(?:which|what)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:was|were|got|had\s+been|has\s+been|have\s+been)\s+(?:handed|given|sent|delivered|passed|presented|submitted|transmitted)\b(?!\s+(?:to|over\s+to|back\s+to)\b)/iu;

export function asksPassiveRecipient(question: string): boolean {
  return PASSIVE_RECIPIENT.test(question);
}

/** The one the texts say a thing was handed to ("Japan's ambassador, Naotake Sato"), as written. */
export function handedToIn(texts: readonly string[]): string | undefined {
  for (const text of texts) for (const sentence of sentences(text)) {
    const to = recipient(sentence);
    if (to) return to.replace(/[,;]\s*$/, '');
  }
  return undefined;
}
