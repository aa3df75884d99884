/**
 * "Are the talks suspended now?", "as of today, is the agreement suspended?", "does Japan want a
 * treaty these days?": in a yes/no question in the present tense, a word for "now" asks what "still"
 * asks, whether the thing goes on, and is answered the same way (the status line or the newest
 * record; a past event alone does not say it goes on). Read as a date, "today" would leave only the
 * records of today's date, and "these days" would be searched as the word "day". The word is taken
 * out and "still" put before the question mark, where the readers of "still" find it anywhere
 * (answerers/standing.ts, verdict-about.ts).
 */

const NOW = String.raw`(?:as\s+of\s+(?:today|now|right\s+now)|right\s+now|at\s+(?:the\s+)?(?:moment|present(?:\s+time)?)|at\s+this\s+(?:point|time)|these\s+days|nowadays|presently|currently|today|now)`;
/** A "now" word with the comma or dash that sets it off ("as of today, …", "…, now?"). */
const NOW_WORD = new RegExp(String.raw`(?:^|[\s,;–—-]+)${NOW}(?=[\s,;.?!–—-]|$)[\s,;–—-]*`, 'gi');
/** Several words for "now" (the one-word ones are left as they are). */
const NOW_PHRASE = /\bthese\s+days\b|\bat\s+(?:the\s+)?moment\b|\bat\s+this\s+(?:point|time)(?:\s+in\s+time)?\b|\bas\s+things\s+stand\b/gi;
/** A yes/no question about now: a present auxiliary first ("is", "are", "does", "do", "has"), plain or negated. */
const PRESENT_YES_NO = /^\s*(?:is|are|am|does|do|has|have)(?:n['’]?t)?\b/i;
/** "Is there still …": the "still" is there already. */
const STILL = /\bstill\b/i;

export function nowAsStill(question: string): string {
  const test = new RegExp(NOW_WORD.source, 'i');
  if (!test.test(question)) return question;
  const rest = question.replace(NOW_WORD, ' ').replace(/\s+([?.!])/g, '$1').replace(/\s+/g, ' ').trim();
  // Not a yes/no: "where does the dispute stand at the moment" asks what "… stand now" asks; left as
  // it is, "moment" weighed as a word no record holds and the question was declined.
  if (!PRESENT_YES_NO.test(rest)) return question.replace(NOW_PHRASE, 'now');
  if (STILL.test(rest)) return rest;
  const mark = /[?.!]+$/.exec(rest)?.[0] ?? '';
  return `${rest.slice(0, rest.length - mark.length).trimEnd()} still${mark}`;
}
