import type { Plan } from './plan.js';
import type { IndexedDoc } from './search-index.js';

/**
 * "Had Soviet troops finished occupying the islands by 5 September?", "did they complete the
 * occupation in August 1945?": finishing or completing a deed by a date asks whether it was over by
 * then, not whether it was under way. The aspect verb is read as the deed itself (verbs.ts), so a
 * record of the deed answers only when it ended on or before the last day the question allows: an
 * occupation that ran to 5 September was not finished by 1 September.
 */
const FINISHED = /\b(?:finish|finishes|finished|finishing|complete|completes|completed|completing)\s+(?:the\s+|its\s+|their\s+)?[a-z]+(?:ing|tion|ment)\b/i;

/** Whether the record's deed was over by the end of the question's dates, when it asks about finishing it. */
export function finishedBy(plan: Plan, doc: IndexedDoc): boolean {
  if (!plan.range || plan.range.end >= '9999' || !FINISHED.test(plan.question)) return true;
  return doc.kind !== 'event' || doc.event.date.end <= plan.range.end;
}
