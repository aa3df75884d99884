import type { Dossier } from '../../dossier/dossier.js';
import { respond, type AnswerResult } from './respond.js';

/**
 * "Who is Zelensky & what did he do about the islands?": two questions in one. The first part,
 * "who is X", is answered from X's record; the second with the pronoun read as X ("what did
 * Zelensky do …"), each by the whole engine. The answer gives both, the second's events first;
 * when the second part is not on record, the answer says so after the first.
 */

const COMPOUND = /^\s*((?:who|what)(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(.+?))\s*(?:&|\+|;|,?\s+and\b)\s*((?:what|when|where|why|how|which|who|did|does|do|has|have|is|was)\b.+)$/i;
const PRONOUN = /\b(?:he|she|they|it|him|her|them|his|its|their)\b/gi;
const DEFINED = new Set(['actor', 'island', 'group']);

type Answer = (dossier: Dossier, question: string, now: Date) => AnswerResult;

/**
 * "Is there a peace treaty yet, and since when have the negotiations been frozen?": two whole
 * questions joined by ", and" (or "; and", "? And"), the second standing on its own (no "it", "they"
 * or "there" pointing back into the first). Read as one, no record held every word of both, and both
 * were declined. Each is answered by the whole engine; the answer gives both in order, or the one on
 * record and says the other is not.
 */
const TWO_QUESTIONS = /^\s*((?:is|are|was|were|did|does|do|has|have|had|can|could|who|what|when|where|why|how|which)\b[^?;]*?)\s*(?:,|;|\?)\s*and\s+((?:since\s+when|until\s+when|who|what|when|where|why|how|which|did|does|do|has|have|had|is|are|was|were)\b.+)$/i;
/** A word of the second question that points back into the first. */
const POINTS_BACK = /\b(?:he|she|they|it|him|her|them|his|its|their|there|then|that|this|those|these|same)\b/i;
/** The least a question has: a question word and two words more. */
const MIN_WORDS = 3;
/**
 * "… and did Japan protest?", "… and what did Japan do?": a part whose only words are a side and a
 * deed any record of that side holds leaves what it is about to the other part; alone, it would be
 * answered from any protest on record. Each part must hold two words of its own beyond these.
 */
const GENERIC = new Set('since when what which where who whom whose how why did does do done doing has have had been being is are was were will would could should can there then that this these those with from about into onto their they them japan japanese tokyo russia russian moscow soviet soviets kremlin react reacted respond responded protest protested say said says happen happened happens yet ever still also again just'.split(' '));
const OWN_WORDS = 2;
const standsAlone = (part: string) => (part.toLowerCase().match(/[\p{L}\d-]+/gu) ?? []).filter((w) => w.length >= 3 && !GENERIC.has(w)).length >= OWN_WORDS;

function twoQuestions(dossier: Dossier, question: string, now: Date, answer: Answer): AnswerResult | undefined {
  const m = TWO_QUESTIONS.exec(question);
  if (!m) return undefined;
  const [, one, two] = m as unknown as [string, string, string];
  if (POINTS_BACK.test(two) || one.split(/\s+/).length < MIN_WORDS || two.split(/\s+/).length < MIN_WORDS || !standsAlone(one) || !standsAlone(two)) return undefined;
  const asked = (q: string) => `${q.replace(/[?\s]+$/, '').replace(/^\s*\p{Ll}/u, (c) => c.toUpperCase())}?`;
  const first = answer(dossier, asked(one), now);
  const second = answer(dossier, asked(two), now);
  if (first.declined && second.declined) return undefined;
  const missing = ' On the rest of the question I found nothing on record.';
  if (second.declined) return { ...first, reply: { ...first.reply, lead: `${first.reply.lead ?? ''}${missing}` } };
  if (first.declined) return { ...second, reply: { ...second.reply, lead: `${second.reply.lead ?? ''}${missing}` } };
  const events = [...first.events, ...second.events.filter((e) => !first.events.includes(e))];
  return respond({ now }, `${first.reply.lead ?? ''} ${second.reply.lead ?? ''}`.trim(), events, first.path);
}

export function compoundAnswer(dossier: Dossier, question: string, now: Date, answer: Answer): AnswerResult | undefined {
  const m = COMPOUND.exec(question);
  if (!m) return twoQuestions(dossier, question, now, answer);
  const [, who, subject, rest] = m as unknown as [string, string, string, string];
  const first = answer(dossier, who, now);
  if (first.declined || !DEFINED.has(first.path)) return undefined;
  const second = answer(dossier, rest.replace(PRONOUN, (p) => (/^(?:his|its|their)$/i.test(p) ? `${subject}'s` : subject)), now);
  // The second part not on record is said so, not left out silently.
  if (second.declined) return { ...first, reply: { ...first.reply, lead: `${first.reply.lead ?? ''} On the rest of the question I found nothing on record.` } };
  return respond({ now }, `${first.reply.lead ?? ''} ${second.reply.lead ?? ''}`.trim(), [...second.events, ...first.events], second.path);
}
