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

/**
 * "For my essay on the 1870s, did Japan …?", "for a school report - was …?": what the answer is for,
 * fronted, then the question. The purpose names no part of what is asked (its "1870s" is the essay's
 * span, not the question's), so the question is read alone.
 */
const FOR_WORK = String.raw`(?:essay|paper|report|class|course|homework|thesis|dissertation|article|project|assignment|presentation|research|lecture|seminar|piece|post|podcast|exam|notes)`;
const FOR_PURPOSE = new RegExp(String.raw`^\s*for\s+(?:my|our|a|an|the|this)\s+(?:[\p{L}-]+\s+){0,2}?${FOR_WORK}(?:\s+(?:on|about|into|covering)\s+[^,;:?—–-]+?)?\s*(?:,|\s[-—–]+|[—–:;])\s*(.*\?)\s*$`, 'iu');

export function studiedTopicQuestion(question: string): string {
  const purpose = FOR_PURPOSE.exec(question);
  if (purpose) return purpose[1]!;
  const m = STUDY_TOPIC.exec(question);
  if (!m) return question;
  const [, topic, ask] = m as unknown as [string, string, string];
  return BACK.test(ask) ? ask.replace(BACK, topic) : ask;
}
