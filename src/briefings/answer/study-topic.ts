/**
 * "I'm a student researching the visa-free exchanges - when were they first set up?": a first clause
 * about who the user is and what they study, then the question, whose "they" is the thing studied.
 * Read as it stands, "student" and "researching" weighed as words no record holds, and "they" named
 * nothing, so the question was declined. It is read as the question alone, its first "they", "them"
 * or "it" put back as the thing studied ("when were the visa-free exchanges first set up?"). With no
 * such pronoun the question stands on its own and the first clause is dropped.
 */

/** "I'm a (history) student / journalist researching X", "I'm writing an essay on X", "I'm studying X". */
const STUDYING = String.raw`(?:researching|studying|writing\s+(?:about|on)|working\s+on|looking\s+into|reading\s+(?:up\s+)?(?:on|about)|doing\s+(?:some\s+)?research\s+(?:on|into)|doing\s+an?\s+(?:project|paper|essay|thesis|report|assignment)\s+(?:on|about))`;
const WHO = String.raw`(?:an?\s+(?:[\p{L}-]+\s+){0,2}?(?:student|journalist|researcher|reporter|writer|teacher|historian|analyst|blogger|academic)\s+(?:who(?:['’]s|\s+is)\s+)?)?`;
const STUDY_TOPIC = new RegExp(String.raw`^\s*i(?:['’]?m|\s+am)\s+(?:currently\s+|now\s+)?${WHO}${STUDYING}\s+(.+?)\s*(?:\s[-—–]+|[—–:;])\s*(.*\?)\s*$`, 'iu');
/** The question's pointer back to the thing studied. */
const BACK = /\b(?:they|them|it)\b/i;

export function studiedTopicQuestion(question: string): string {
  const m = STUDY_TOPIC.exec(question);
  if (!m) return question;
  const [, topic, ask] = m as unknown as [string, string, string];
  return BACK.test(ask) ? ask.replace(BACK, topic) : ask;
}
