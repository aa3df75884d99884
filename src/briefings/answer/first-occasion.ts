import type { Plan } from './plan.js';
import type { Hit } from './search.js';

/**
 * "What did the PM say at the *first* Northern Territories Day rally?" (round 13): the first of an
 * occasion the records tell more than once is the earliest record of it, not the newest. Unread,
 * "first" matched nothing and the 2026 rally answered. Of the records that cover the question (before
 * the checks on what they hold), only those of the earliest day may answer; when the earliest one
 * does not hold what is asked (the 1981 record holds no speech), nothing does. A when-question
 * ("when was the first rally") and a yes/no are read elsewhere (cues.ts, phase "start"); "who was the
 * first leader to visit" is the first person to do something, not an occasion.
 */
const FIRST_OCCASION = /\bthe\s+(?:very\s+)?first\s+(?!time\b|one\b|of\b|to\b|ever\b)[\p{L}-]+\b(?!(?:\s+[\p{L}-]+){0,3}\s+(?:to|who|that)\b)/iu;

export function firstOccasionOnly(plan: Plan, covering: readonly Hit[], accepted: Hit[]): Hit[] {
  if (plan.intent === 'when' || plan.intent === 'who' || plan.cues.yesNo || plan.cues.phase || !FIRST_OCCASION.test(plan.question)) return accepted;
  const days = covering.flatMap((h) => (h.doc.kind === 'event' ? [h.doc.event.date.start] : []));
  if (days.length < 2) return accepted;
  const earliest = days.reduce((a, b) => (b < a ? b : a));
  return accepted.filter((h) => h.doc.kind === 'event' && h.doc.event.date.start === earliest);
}
