/**
 * "In Lavrov's view, why is Japan's demand for the islands wrong?": in a why-question that names whose
 * view it asks ("in X's view", "according to X", "per X", "why does X say / think"), a word of judgement
 * ("wrong", "mistaken", "unfounded") is that speaker's verdict, which the question takes as given; what
 * it asks is the speaker's argument. No record holds the bare verdict ("Lavrov said Japan's demand
 * runs counter to its obligation"), so the word weighed as an unseen one and the question was declined.
 * It is taken out of such questions only (and "in X's view" read as "according to X"); elsewhere ("did Lavrov call it wrong?") it is what is asked.
 */
const ATTRIBUTED_WHY = /\bwhy\b/i;
const WHOSE_VIEW = /\b(?:according\s+to|per)\s+\S|\bin\s+(?:the\s+)?\S+?(?:'s|’s)\s+(?:view|opinion|eyes|reading)\b|\bwhy\s+(?:did|does|do)\s+\S+(?:\s+\S+)?\s+(?:say|said|think|thought|claim|argue|believe|insist)\b/i;
const VERDICT = /\s*\b(?:wrong|mistaken|misguided|unfounded|baseless|groundless|unjustified|invalid|illegitimate|flawed)\b/gi;

const IN_VIEW = /\bin\s+(?:the\s+)?(\S+?)(?:'s|’s)\s+(?:view|opinion|eyes)\b/gi;

export function withoutVerdict(question: string): string {
  if (!ATTRIBUTED_WHY.test(question) || !WHOSE_VIEW.test(question)) return question;
  // "In Lavrov's view" says whose reasons, as "according to Lavrov" does; "view" is no word of the topic.
  return question.replace(VERDICT, '').replace(IN_VIEW, 'according to $1');
}

/** Whether the question gave a speaker's verdict ("why is the demand wrong, in X's view"): the argument is asked. */
export function givesAVerdict(question: string): boolean {
  return ATTRIBUTED_WHY.test(question) && WHOSE_VIEW.test(question) && new RegExp(VERDICT.source, 'i').test(question);
}
