import type { Dossier } from '../../dossier/dossier.js';
import type { AnswerResult } from './respond.js';

/**
 * "Who visited Iturup in 2019, and what was his job?": two questions, the second about the person
 * the first asks for. A who-question's answer already names the person with their role from the
 * actor record (and the record's own "then Russian prime minister"), so the first part answered
 * answers both; the second part alone ("what was his job") names no one and cannot be searched.
 * When the first part is declined, so is the whole question.
 */
const WHO_AND_ROLE =
  /^\s*(who\b.+?)\s*(?:,|;|&|\+)?\s*(?:and|&)\s+(?:(?:what|which)\s+(?:(?:was|is|were)\s+(?:his|her|their)\s+(?:\w+\s+)?(?:job|role|position|office|title|post|occupation|profession)|(?:job|role|position|office|title|post)\s+(?:did|does|do)\s+(?:he|she|they)\s+(?:hold|have|occupy|had)(?:\s+(?:then|at\s+the\s+time))?)|(?:who|what)\s+(?:was|is)\s+(?:he|she)(?:\s+(?:then|at\s+the\s+time))?)\s*[?.!]*\s*$/i;

type Answer = (dossier: Dossier, question: string, now: Date) => AnswerResult;

export function whoAndRole(dossier: Dossier, question: string, now: Date, answer: Answer): AnswerResult | undefined {
  const m = WHO_AND_ROLE.exec(question);
  if (!m) return undefined;
  return answer(dossier, m[1]!, now);
}
