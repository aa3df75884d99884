/**
 * "An illegal occupation" asked, "illegally occupied" on record: an adjective and its adverb in -ly
 * are one word for the question, as an inflection is. The stemmer keeps the -ly, so the adjective
 * the records never write weighed as an unseen word and sank the record that says it as an adverb.
 * Only a question word no record uses is joined to the adverb, so a word the records write stays as
 * it is; and only that way round: an unknown adverb ("officially") frames the deed (plan.ts) and is
 * not made a concept by an adjective the records happen to use.
 */
export function adverbForms(term: string, vocabulary: ReadonlyMap<string, number>): string[] {
  if (term.length < 4 || vocabulary.has(term) || /ly$/.test(term)) return [];
  return [`${term}ly`, `${term}ely`, `${term}ally`].filter((w) => vocabulary.has(w));
}
