import { wordTerms } from './text.js';

/**
 * "Did the Soviets take the islands before Japan surrendered?" when the record says they took them
 * "after Japan had announced its surrender": "before" and "after" are stop words for the search, so
 * the clause covers the question while saying the contrary of its order. The record states a "No"
 * when the deciding clause puts the other order word before the same event.
 */

const ORDER = /\b(before|after|prior\s+to|ahead\s+of|following)\s+((?:\S+\s+){0,4}\S+)/gi;
/** How many words after the order word name the event it orders against. */
const OBJECT_WORDS = 6;

function sideOf(word: string): 'before' | 'after' {
  return /^(?:after|following)$/i.test(word) ? 'after' : 'before';
}

/** Each order word of a text with the terms of the words after it. */
function orders(text: string): { side: 'before' | 'after'; terms: Set<string> }[] {
  return [...text.matchAll(ORDER)].map((m) => ({
    side: sideOf(m[1]!.split(/\s+/)[0]!),
    terms: new Set(m[2]!.split(/\s+/).slice(0, OBJECT_WORDS).flatMap((w) => wordTerms(w))),
  }));
}

/**
 * Whether the clause orders the question's event the other way round: the question says "before X"
 * and the clause "after X" (a word of X in both), or the reverse.
 */
export function ordersOtherWay(question: string, clause: string): boolean {
  const asked = orders(question);
  if (asked.length === 0) return false;
  const said = orders(clause);
  return asked.some((a) => {
    const about = (o: { terms: Set<string> }) => [...a.terms].some((t) => !/^e_/.test(t) && o.terms.has(t));
    return said.some((o) => o.side !== a.side && about(o)) && !said.some((o) => o.side === a.side && about(o));
  });
}
