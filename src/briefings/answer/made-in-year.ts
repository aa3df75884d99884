import type { IndexedDoc } from './search-index.js';

/**
 * "When did Japan agree to the 1956 declaration?": the year in a document's name is the year it was
 * made, so agreeing to it, signing, accepting or ratifying it happened then (ratification may run
 * into the next year). A later record that agrees to talk "on the basis of the 1956 declaration"
 * holds the words and the year, but its date is not the answer. A deed done to the document later
 * ("suspend the 1998 agreement", "reaffirm the 1956 declaration") is not read so.
 */
const MADE = /\b(?:sign(?:s|ed)?|agree(?:s|d)?\s+(?:to|on)|accept(?:s|ed)?|conclude(?:s|d)?|adopt(?:s|ed)?|approve(?:s|d)?|ratif(?:y|ies|ied)|enter(?:s|ed)?\s+into|join(?:s|ed)?)\s+the\s+(1[89]\d\d|20\d\d)\s+(?:[\p{L}-]+\s+){0,3}?(?:declaration|treaty|agreement|accord|statement|pact|deal|memorandum|memoranda|notes?|arrangement)\b/iu;

/** Whether a record may give the date of making the document the question names by its year. */
export function madeInNamedYear(question: string, doc: IndexedDoc): boolean {
  const year = MADE.exec(question)?.[1];
  if (!year) return true;
  if (doc.kind !== 'event') return false;
  const start = Number(doc.event.date.start.slice(0, 4));
  return start === Number(year) || start === Number(year) + 1;
}
