/**
 * Words that only say a thing concerns the islands or the dispute, which every record does:
 *
 * - "An island-related deal", "a fishing-related agreement": the word before "-related" is what the
 *   thing is about; read as one unknown word it sinks the question. It becomes "a deal on the islands"
 *   ("… on <word>"), the way the records put it.
 * - "In a way that affects the island dispute", "that touches the dispute", "affecting the territorial
 *   dispute": the dispute is what the whole record is about, so the clause asks nothing of one record;
 *   its words ("affects", "way") match nothing and sink the question. It is dropped. "Affecting the
 *   islands" or "the fishing" stays: that names a thing.
 */

const RELATED = /\b([\p{L}]+)[-‐–\s]related\s+((?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)(?=\s+(?:with|to|between|by|of|in|on|that|which|since|before|after|until|and|or)\b|\s*[?.!,;:]|\s*$)/giu;
const AFFECTS_DISPUTE = /,?\s*(?:(?:in\s+(?:a|any|some)\s+way|in\s+ways)\s+)?(?:(?:that|which)\s+)?(?:affect(?:s|ed|ing)?|touch(?:es|ed|ing)?(?:\s+on)?|bear(?:s|ing)?\s+on|impact(?:s|ed|ing)?|concern(?:s|ed|ing)?)\s+(?:on\s+)?the\s+(?:(?:island|islands|territorial|kuril|kurils|border|sovereignty)\s+)?(?:dispute|row|question|issue|problem)\b/giu;

export function withoutDisputeScope(question: string): string {
  return question
    .replace(RELATED, (_, about: string, thing: string) => `${thing} on ${/^islands?$/i.test(about) ? 'the islands' : about}`)
    .replace(AFFECTS_DISPUTE, '');
}
