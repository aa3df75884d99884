import { isoDay } from '../../dossier/dates.js';
import type { Plan } from './plan.js';

/**
 * "Is there a peace treaty since 1956?", "do Russia and Japan have one since 1956?": the simple
 * present over a period that runs up to today asks how things stand now, which the status line
 * answers. Searched inside the period instead, a record that only mentions a treaty (the 2022
 * "peace-treaty talks") would be read as one. The present perfect ("has Japan protested since
 * 2020?") asks about the period itself and is left as it is.
 */
const SIMPLE_PRESENT = /^\s*(?:is|are|do|does)\b/i;
const SINCE_DATE = /\s*\b(?:ever\s+)?since\s+(?:(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?\d{4}\b/i;

/** The question without its "since <date>" when it asks how things stand now; undefined otherwise. */
export function withoutSinceNow(plan: Plan, now: Date): string | undefined {
  if (plan.cues.yesNo !== 'present' || !plan.range || plan.range.end < isoDay(now)) return undefined;
  if (!SIMPLE_PRESENT.test(plan.question) || !SINCE_DATE.test(plan.question)) return undefined;
  return plan.question.replace(SINCE_DATE, '');
}
