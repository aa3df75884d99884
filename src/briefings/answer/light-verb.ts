import type { Plan } from './plan.js';
import type { Hit } from './search.js';
import { processTerm, tokenize } from './text.js';

/**
 * "Which party was Suzuki in when he made his Moscow trip?": "made his trip" is the trip, said with a
 * light verb. A who-question's record must hold every word of the question (judge.ts), and no record
 * says "made" of the trip, so the record of the trip failed. A light verb followed by a determiner
 * and the deed's noun (make a visit, take a trip, pay a visit, give a speech) adds nothing to the
 * deed: it is held when the noun after it is.
 */
const LIGHT = /\b(make|makes|made|making|take|takes|took|taken|taking|pay|pays|paid|paying|give|gives|gave|given|giving)\s+(?:a|an|the|his|her|their|its|this|that)\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/giu;

const term = (word: string | undefined) => (word ? (tokenize(word).map((t) => processTerm(t)).find(Boolean) ?? undefined) : undefined);

/** The plan's groups that are only a light verb before a noun the record holds. */
export function lightVerbsHeld(plan: Plan, hit: Hit): ReadonlySet<number> {
  const held = new Set<number>();
  for (const m of plan.question.matchAll(LIGHT)) {
    const verb = term(m[1]);
    const at = plan.groups.findIndex((g) => !g.entity && !!verb && g.typed.includes(verb));
    if (at < 0) continue;
    const nouns = [term(m[2]), term(m[3])].filter((t): t is string => !!t);
    if (plan.groups.some((g, j) => j !== at && hit.covered.has(j) && g.typed.some((t) => nouns.includes(t)))) held.add(at);
  }
  return held;
}
