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

export function compoundAnswer(dossier: Dossier, question: string, now: Date, answer: Answer): AnswerResult | undefined {
  const m = COMPOUND.exec(question);
  if (!m) return undefined;
  const [, who, subject, rest] = m as unknown as [string, string, string, string];
  const first = answer(dossier, who, now);
  if (first.declined || !DEFINED.has(first.path)) return undefined;
  const second = answer(dossier, rest.replace(PRONOUN, (p) => (/^(?:his|its|their)$/i.test(p) ? `${subject}'s` : subject)), now);
  // The second part not on record is said so, not left out silently.
  if (second.declined) return { ...first, reply: { ...first.reply, lead: `${first.reply.lead ?? ''} On the rest of the question I found nothing on record.` } };
  return respond({ now }, `${first.reply.lead ?? ''} ${second.reply.lead ?? ''}`.trim(), [...second.events, ...first.events], second.path);
}
