/**
 * A question that asks the bot to judge between the sides (round 13): "who is in the right over
 * Etorofu, Moscow or Tokyo?", "which side has the stronger claim?", "whose case is more legitimate?",
 * "who rightfully owns Kunashiri?", "who should own the islands?". The records give each side's
 * position and what was done, never a verdict on who is right; a record that shares the question's
 * other words (the 1951 treaty, the 2020 constitution) is no answer to it. Asking what a side or a
 * speaker holds ("does Japan say it is in the right?", "why does Lavrov say Japan is wrong?") is not
 * asking for a judgement: those name who judges, and stay with the other readers.
 */

const WHO = String.raw`(?:who|which\s+(?:side|country|state|government|one|party|nation|capital))`;
const CASE = String.raw`(?:legal\s+)?(?:case|claim|argument|title|position)`;
const BETTER = String.raw`(?:better|stronger|weaker|best|strongest|weakest|more\s+(?:legitimate|valid|convincing|justified|solid|credible)|(?:the\s+)?(?:right|correct|valid|legitimate|justified))`;

const JUDGEMENT: readonly RegExp[] = [
  // "Who is in the right", "which side is right / correct / wrong".
  new RegExp(String.raw`\b${WHO}\s+(?:is|was|'s|’s)\s+(?:really\s+|actually\s+|legally\s+)?(?:in\s+the\s+)?(?:right|wrong|correct|justified)\b(?!\s+(?:to|that|about\s+(?:what|whether)))`, 'i'),
  // "Who has the better case", "which country has the stronger claim".
  new RegExp(String.raw`\b${WHO}\s+(?:has|had|holds|have)\s+(?:the\s+)?(?:${BETTER})\s+${CASE}\b`, 'i'),
  // "Whose claim is stronger", "whose claim to the islands is more legitimate".
  new RegExp(String.raw`\bwhose\s+${CASE}\s+(?:\S+\s+){0,4}?(?:is|was)\s+(?:${BETTER})\b`, 'i'),
  // "Who should own Kunashiri", "who deserves to keep the islands".
  /\bwho\s+(?:should|ought\s+to|deserves?\s+to|has\s+the\s+right\s+to)\s+(?:own|have|get|keep|hold|control|possess)\b/i,
  // "Who rightfully owns Kunashiri", "who do the islands really belong to".
  /\bwho\s+(?:rightfully|legitimately|truly|really)\s+(?:owns?|holds?|possess(?:es)?)\b|\bwho\s+(?:do|does)\s+(?:\S+\s+){1,4}?(?:rightfully|legitimately|truly|really)\s+belong\s+to\b/i,
];

/** Whether the question asks which side is right, in the user's own voice. */
export function asksAJudgement(question: string): boolean {
  return JUDGEMENT.some((pattern) => pattern.test(question));
}
