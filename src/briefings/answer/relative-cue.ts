/**
 * "That deal where Japan swapped Sakhalin for the Kurils, what year was it?", "the trip when
 * Medvedev went to Kunashir: which year?": a "where" or "when" right after a noun introduced by
 * "the", "that" or "a" opens a relative clause describing the thing; it is no question word. The
 * question word is the one asked after it. Only when another question word follows is the relative
 * one set aside, so "the day when …" alone still asks when.
 */
const RELATIVE = /\b(?:the|that|this|those|these|a|an)\s+(?:[\p{L}-]+\s+){1,3}$/u;
const RELATIVE_WORD = /^(?:where|when)\b/;

/** Whether the cue at `index` of `text` is a relative "where"/"when" after a noun phrase. */
export function relativeAt(text: string, index: number): boolean {
  return RELATIVE_WORD.test(text.slice(index)) && RELATIVE.test(text.slice(Math.max(0, index - 60), index));
}

/** The text with the relative word at `index` blanked out, so that the next question word is found. */
export function withoutRelative(text: string, index: number): string {
  const word = RELATIVE_WORD.exec(text.slice(index))![0];
  return `${text.slice(0, index)}${' '.repeat(word.length)}${text.slice(index + word.length)}`;
}
