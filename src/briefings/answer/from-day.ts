/**
 * "From what day was the Soviet Union at war with Japan?": the question asks from when a state held,
 * which a record may give in its own words apart from its date ("declared war …; it would consider
 * itself at war from the next day, 9 August"). The record's date alone (8 August) answers when the
 * act was done, not from when its effect ran; so the record's sentence that says "from <day>" is told
 * with it, as "until 15 June" is for an end.
 */
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** "From what day", "from which date", "from when", "as of what day", "starting on what day". */
export const ASKS_FROM_DAY = /\b(?:from|as\s+of|starting(?:\s+on)?|effective)\s+(?:what|which)\s+(?:day|date)\b|\bfrom\s+when\b/i;
/** A day a state ran from, in the record's words: "from the next day, 9 August", "from 1 September". */
export const FROM_DAY = new RegExp(`\\b(?:from|as\\s+of|starting|effective)\\s+(?:the\\s+(?:next|following)\\s+day,?\\s+)?(?:\\d{1,2}\\s+(?:${MONTHS})|(?:${MONTHS})\\s+\\d{1,2})\\b`);
