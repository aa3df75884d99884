/**
 * Removes chat mention syntax and links: they are never part of the question. A module of its own so
 * that `/kuril ask` can tell an empty question without loading the answer engine (ask.ts).
 */
export function cleanQuestion(text: string): string {
  return text
    .replace(/<[@#!][^>\s]*>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/(^|\s)@[\w.-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
