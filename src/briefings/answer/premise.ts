import type { Plan } from './plan.js';
import type { AnswerResult } from './respond.js';

/**
 * "When did Russia and Japan sign a peace treaty?" takes for granted that they did. A date is an
 * answer only when the record does not say the opposite: the record that would give the date is read
 * as the yes/no "did Russia and Japan sign a peace treaty?" would read it, and when that reading is
 * "No" (the Soviet Union did not sign; Japan was not a party), the "No" answers instead of the date
 * of an event in which the deed asked about did not happen.
 *
 * Only "when did <someone> <deed>" is read so: the passive ("when was the treaty signed?") names no
 * doer, and a "No" there may be another party's ("the Soviet Union did not sign it").
 */

/** "When did X …": a deed with its doer, asked in the past. */
const WHEN_DID = /^(\s*)when\s+(did\s+\S)/i;

/**
 * The "No" to the premise of a when-question, or undefined when there is none: the question asked as
 * a yes/no ("when did X …" → "did X …"), answered "No" by the engine, which reads the same records.
 */
export function deniedPremise(plan: Plan, question: string, ask: (question: string) => AnswerResult): AnswerResult | undefined {
  if (plan.intent !== 'when' || plan.cues.yesNo || plan.cues.phase || plan.cues.recency || !WHEN_DID.test(question)) return undefined;
  const verdict = ask(question.replace(WHEN_DID, '$1$2'));
  return !verdict.declined && /^No\b/.test(verdict.reply.lead ?? '') ? verdict : undefined;
}
