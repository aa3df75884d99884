/**
 * "I haven't followed the island dispute since last autumn — what happened since then?": a first
 * clause about the user's own reading, then the question. The clause holds the topic and the date;
 * the question's "since then" points back to that date. Read as it stands, the first person's
 * "followed" weighed as a word no record holds and the date stayed behind in the other clause, so
 * the question was declined. It is read as "what happened in the island dispute since last autumn?".
 */

/** "I haven't followed", "I've not kept up with", "I stopped following", "I lost track of", "I've been away from". */
const LOST_TOUCH = String.raw`i(?:['’]ve|\s+have|['’]d|\s+had)?(?:n['’]?t|\s+not|\s+never)?\s+(?:really\s+)?(?:been\s+)?(?:follow(?:ed|ing)?|kept\s+up\s+with|keep(?:ing)?\s+up\s+with|kept\s+track\s+of|keep(?:ing)?\s+track\s+of|track(?:ed)?|stopped\s+following|lost\s+track\s+of|been\s+away\s+from|paid\s+attention\s+to|read\s+(?:up\s+)?(?:on|about))`;
const CATCH_UP = new RegExp(String.raw`^\s*${LOST_TOUCH}\s+(.+?)\s+(since|after|from)\s+(.+?)\s*[—–;:.,]+\s*(.*\?)\s*$`, 'i');
/** The question's pointer back to the first clause's date. */
const BACK = /\b(?:since|after)\s+(?:then|that(?:\s+time)?)\b/i;

export function catchUpQuestion(question: string): string {
  const m = CATCH_UP.exec(question);
  if (!m) return question;
  const [, topic, , when, ask] = m as unknown as [string, string, string, string, string];
  if (BACK.test(ask)) return ask.replace(BACK, `in ${topic} since ${when}`);
  return `${ask.replace(/\s*\?$/, '')} in ${topic} since ${when}?`;
}
