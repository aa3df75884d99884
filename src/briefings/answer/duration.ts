import type { IndexedDoc } from './search-index.js';

/**
 * "How long did Yeltsin and Hosokawa spend negotiating the declaration?" asks for a span of time: the
 * record of the day it was signed has a date, not a duration. Only a record that runs over days (its
 * first to its last day) or gives a length of time in its own words ("for three years", "a 50-year
 * lease") answers it; "how long ago" asks a date and is left to the when-questions.
 */
const ASKS_DURATION = /\bhow\s+long\b(?!\s+ago\b)|\bfor\s+how\s+(?:long|many\s+(?:days|weeks|months|years))\b|\bhow\s+many\s+(?:days|weeks|months|years|hours)\s+(?:did|does|do|was|were|has|have|had)\b/i;

const NUMBER = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\\s+few|few|many)';
const LENGTH = new RegExp(`\\b${NUMBER}[\\s-]+(?:full\\s+)?(?:days?|weeks?|months?|years?|hours?|decades?)(?:[\\s-]+long)?\\b`, 'i');

export function asksDuration(question: string): boolean {
  return ASKS_DURATION.test(question);
}

export function givesDuration(doc: IndexedDoc): boolean {
  if (doc.kind !== 'event') return LENGTH.test(doc.statement.statement.text);
  const e = doc.event;
  return e.date.precision === 'range' || LENGTH.test([e.title, e.summary, ...e.quotes.map((q) => q.text)].join(' '));
}
