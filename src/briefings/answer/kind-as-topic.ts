import type { Plan, TermGroup } from './plan.js';

/**
 * "Moscow's decision to halt the peace treaty talks", "the treaty negotiations": a kind word
 * ("treaty") right before the noun of another deed (talks, negotiations) says what the talks are
 * about; the question asks about the talks, not about a treaty. The kind word is then no kind the
 * record must be of or name (search.ts, coverage), as "sanctions" must be in a record of sanctions.
 */

/** Nouns a kind word may qualify: talks and other processes about a thing, not the thing. */
const TOPIC_OF = String.raw`(?:talks|negotiations?|dialogue|process|discussions?|deadlock|issue|question|problem|framework|partners?|efforts?|diplomacy|drafts?)`;

/** Whether every word of the group the question typed stands right before such a noun. */
export function kindAsTopic(plan: Plan, g: TermGroup): boolean {
  if (g.typed.length === 0) return false;
  return g.typed.every((t) => new RegExp(String.raw`\b${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\w*(?:\s+|-)${TOPIC_OF}\b`, 'i').test(plan.rest));
}
