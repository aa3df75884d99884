import type { IndexedDoc } from './search-index.js';

/**
 * "How long did Yeltsin and Hosokawa spend negotiating the declaration?" asks for a span of time: the
 * record of the day it was signed has a date, not a duration. Only a record that runs over days (its
 * first to its last day) or gives a length of time in its own words ("for three years", "over two
 * days") answers it; "how many hours" needs hours in its words, which no span of days gives. "How
 * long ago" asks a date and is left to the when-questions. "What time of day / at what hour" asks
 * for an hour, which only a record that gives a time of day answers ("at what time" is often a date).
 */
const ASKS_DURATION = /\bhow\s+long\b(?!\s+ago\b)|\bfor\s+how\s+(?:long|many\s+(?:days|weeks|months|years))\b|\bhow\s+many\s+(?:days|weeks|months|years|hours|minutes)\s+(?:did|does|do|was|were|has|have|had)\b/i;
const ASKED_UNIT = /\bhow\s+many\s+(hours|minutes)\b/i;
const ASKS_CLOCK = /\bwhat\s+time\s+of\s+(?:the\s+)?day\b|\b(?:what|which)\s+hour\b/i;

const NUMBER = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\\s+few|few|many)';
const lengthIn = (units: string) => new RegExp(`\\b${NUMBER}[\\s-]+(?:full\\s+)?(?:${units})(?:[\\s-]+long)?\\b`, 'i');
const LENGTH = lengthIn('days?|weeks?|months?|years?|hours?|decades?');
const HOURS = lengthIn('hours?|minutes?');
/**
 * "Drills announced … until 15 June": a span's end in the record's own words tells how long it was
 * meant to run ("how long were the drills supposed to run?"), from the record's own date.
 */
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const UNTIL = new RegExp(`\\b(?:until|till|up\\s+to|through)\\s+(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2}|the\\s+end\\s+of\\s+${MONTH})\\b`, 'i');
const CLOCK = /\b(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)|o'clock|noon|midnight|dawn|morning|afternoon|evening)\b/i;

export function asksDuration(question: string): boolean {
  return ASKS_DURATION.test(question) || ASKS_CLOCK.test(question);
}

function ownWords(doc: IndexedDoc): string {
  if (doc.kind !== 'event') return doc.statement.statement.text;
  const e = doc.event;
  return [e.title, e.summary, ...e.quotes.map((q) => q.text)].join(' ');
}

/** Whether a record gives the length of time (or the time of day) the question asks for. */
export function givesDuration(doc: IndexedDoc, question: string): boolean {
  const text = ownWords(doc);
  if (ASKS_CLOCK.test(question)) return CLOCK.test(text);
  if (ASKED_UNIT.test(question)) return HOURS.test(text);
  return (doc.kind === 'event' && doc.event.date.precision === 'range') || LENGTH.test(text) || UNTIL.test(text);
}
