import type { KurilEvent } from '../../dossier/dossier.js';

/**
 * "First time ever Japan protested Russian drills?", "when was the first time Tokyo protested …": a
 * first ever is a claim about everything before it, and the records are a selection that starts
 * late for most deeds. The earliest record of a deed is not its first occurrence, so such a
 * question is answered only from a record that itself speaks of a first ("the first time since
 * 2003", "the first Russian head of state to …"), where the record's word settles it or says No.
 * "The first time since …" in the question is a bounded first and is left to the other readers.
 */
const FIRST_TIME = /\b(?:the\s+)?(?:very\s+)?first\s+(?:time|ever)\b(?!\s+since\b)|\bever\s+(?:for\s+the\s+)?first\b/i;
const SAYS_FIRST = /\bfirst\b/i;

export function firstTimeUnsaid(question: string, event: KurilEvent): boolean {
  if (!FIRST_TIME.test(question)) return false;
  const texts = [event.title, event.summary, ...event.quotes.map((q) => q.text)];
  return !texts.some((t) => SAYS_FIRST.test(t));
}
