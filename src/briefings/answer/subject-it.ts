import type { Phrase } from './context-lead.js';

/**
 * "Someone told me Russia changed its constitution in 2020. Does it now ban handing over parts of
 * Russian territory?": a sentence of context, then a question whose subject is "it". context-lead.ts
 * reads "it" only as an object ("who signed it?"), where it stands for the context's first thing; as
 * the subject it stands for the context's first thing that is no name, a determiner and a noun ("its
 * constitution", "the 1956 declaration"; not Russia, which changed it), with "its" read as whose it
 * is ("Russia's constitution"). Left unread, the
 * whole context was searched as the question, its "changed" taken as the deed asked about, and a
 * question the records answer was declined.
 * - A context that is hearsay ("someone told me", "I heard that") is read from what was heard.
 * - Only a question that asks about now ("now", "still", "today"): the context then tells how the
 *   thing came to be, and its year when it was made, not when it is asked about; so both are left
 *   out. A question about the past ("… in 1956. Did it settle the border?") keeps its context as
 *   typed, which dates it.
 * - "Is it true …", "was it Putin who …": "it" that points at nothing is left as typed.
 */

/** "Does it now ban …", "did it give …": "it" right after the opening auxiliary, as the subject. */
const SUBJECT_IT = /^((?:does|did|do|is|was|has|had|can|could|will|would)\s+)it\s+(?!(?:true|possible|likely|right|correct|so|the\s+case|ever\s+true)\b)(?=\p{L})/iu;
/** "It" read as a cleft ("was it Putin who …") or a dummy subject ("is it allowed to …"): no pointer. */
const CLEFT = /\b(?:who|that)\b|\bto\s+\p{L}/iu;
/** Hearsay before what was heard: "someone told me", "a friend said", "I heard that". */
const HEARSAY = /^(?:(?:someone|somebody|a\s+friend|my\s+\p{L}+|people|they)\s+(?:told\s+me|tells\s+me|said|says|claimed|claims)|i\s+(?:heard|read|was\s+told|have\s+heard|'ve\s+heard))\s+(?:that\s+)?/iu;
/** A question about now. */
const NOW = /\b(?:now|still|today|currently|anymore|these\s+days)\b/i;
/** The context's year tail ("in 2020") on the thing. */
const YEAR_TAIL = /\s+(?:in|of|from)\s+\d{4}$/;
/** A thing that is no name: a determiner, then a lower-case word or a year ("its constitution", "the 1956 declaration"). */
const THING = /^(?:the|its|their|a|an)\s+[\p{Ll}\d]/u;

/** The question with its subject "it" written as the context's thing, or undefined when it has none. */
export function subjectItQuestion(question: string, context: string, phrases: (lead: string) => Phrase[]): string | undefined {
  const m = SUBJECT_IT.exec(question);
  if (!m || !NOW.test(question) || CLEFT.test(question.slice(m[0].length))) return undefined;
  const heard = context.replace(HEARSAY, '');
  const found = phrases(heard);
  const at = found.findIndex((p) => !p.plural && THING.test(p.text));
  if (at < 0) return undefined;
  let thing = found[at]!.text;
  // "Its constitution" is the constitution of the name before it ("Russia").
  const owner = found.slice(0, at).reverse().find((p) => !THING.test(p.text));
  if (/^its\s/i.test(thing)) {
    if (!owner) return undefined;
    thing = thing.replace(/^its\s+/i, `${owner.text}'s `);
  } else thing = thing.replace(/^(?:a|an|their)\s+/i, 'the ');
  thing = thing.replace(YEAR_TAIL, '');
  return `${m[1]}${thing} ${question.slice(m[0].length)}`.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}
