/**
 * "I need one line for my article. Is there a peace treaty yet …?", "For my essay: when did …?", "For
 * my essay on the 1870s, did Japan …?": a lead that says what the user wants the answer for. It asks nothing: read as part of the question,
 * "line" and "article" weighed as words asked about, and "article" met the San Francisco treaty's
 * "Article 2(c)", so a question about where things stand was answered from a 1951 record, or declined.
 * The lead is dropped; the question after it is read as typed. Only a lead that names the user's own
 * piece of writing or work ("my article", "a school project"), with a break after it.
 */

const WORK = String.raw`(?:article|articles|essay|piece|story|paper|report|thesis|dissertation|class|course|lesson|homework|post|blog|newsletter|presentation|talk|lecture|seminar|column|assignment|project|research|podcast|script|slides?|exam|notes)`;
const WANT = String.raw`(?:i\s+(?:just\s+)?(?:need|want|would\s+like|['’]d\s+like)|i['’]?m\s+(?:after|looking\s+for)|(?:just\s+)?need|give\s+me)\s+(?:[\p{L}\p{N}-]+\s+){0,4}?`;
/** "For my essay", "for a school project on the 1870s": the work, and what it is on (the essay's span, not the question's). */
const FOR_WORK = String.raw`for\s+(?:my|our|an?|the|this|a\s+school|a\s+class)\s+(?:[\p{L}-]+\s+){0,2}?${WORK}(?:\s+(?:on|about|into|covering)\s+[^,;:?—–-]+?)?`;
const PURPOSE = new RegExp(String.raw`^\s*(?:${WANT}${FOR_WORK}|${FOR_WORK}|(?:i['’]?m|i\s+am)\s+writing\s+(?:an?|my)\s+(?:[\p{L}-]+\s+){0,2}?${WORK}(?:\s+${FOR_WORK})?)\s*(?:[.:;!,—–]+|\s+-+)\s*(?=\S)`, 'iu');

/** The question without a lead that only says what the answer is for. */
export function withoutPurpose(question: string): string {
  const m = PURPOSE.exec(question);
  if (!m) return question;
  const rest = question.slice(m[0].length);
  // Something must be asked after it.
  return /\?\s*$/.test(rest) || /^\s*(?:who|what|when|where|why|how|which|did|does|do|is|are|was|were|has|have|had|can|could)\b/i.test(rest) ? rest.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : question;
}
