/**
 * "With no peace treaty ever signed, are Japan and Russia still formally in a state of war?": a first
 * clause that takes an absence for granted, then the yes/no question. Read as typed, the premise's
 * "no peace treaty" was the thing asked, and the status line ("still have no peace treaty") answered
 * "Yes" to a question about the state of war. What the user takes for granted is not what they ask:
 * the question is read from its main clause, which the records then answer ("ended the state of war").
 * Only a premise of absence is dropped ("with no …", "without …", "given that there is no …"), and
 * only of an outcome; one that names a time or a holder ("with Abe in office") or a manner ("with no
 * warning") may narrow the question and stays.
 */

/** The opening of a premise of absence, up to its comma. */
const ABSENCE = /^\s*(?:with(?:\s+there\s+being)?\s+(?:no|still\s+no|never\s+any)|without(?:\s+any)?|(?:since|as|because|given(?:\s+that)?|now\s+that|seeing\s+as)\s+(?:there\s+(?:is|was|has\s+been|have\s+been)\s+)?(?:still\s+)?(?:no|never)|despite(?:\s+there\s+being)?\s+no)\s+[^,?]{3,80}?,\s*/i;
/** The main clause must be a yes/no question: it opens with an auxiliary. */
const AUXILIARY = /^(?:did|does|do|was|were|is|are|has|have|had|didn't|doesn't|wasn't|weren't|isn't|aren't|hasn't|haven't)\b/i;

/**
 * The absent thing must be an outcome of the dispute (a treaty, a deal, a settlement, progress): a
 * state of things the question takes as given. "With no warning, did Russia hold drills?" and
 * "without consulting Tokyo, did Moscow …?" tell how the deed was done, which the records must hold.
 */
const OUTCOME = /\b(?:treaty|treaties|agreement|deal|accord|pact|settlement|solution|resolution|progress|breakthrough|compromise|talks|negotiations?|dialogue)\b/i;
const MANNER = /^\s*(?:with|without)(?:\s+any)?\s+\p{L}+ing\b|\b(?:warning|notice|consult\w*|asking|telling|permission|consent)\b/iu;

export function withoutAbsencePremise(question: string): string {
  const m = ABSENCE.exec(question);
  if (!m || !OUTCOME.test(m[0]) || MANNER.test(m[0])) return question;
  const main = question.slice(m[0].length);
  // "With no progress in the talks, did Russia suspend them?": "them" points into the premise, which stays.
  return AUXILIARY.test(main) && !/\b(?:they|them|it|its|their)\b/i.test(main) ? main : question;
}
