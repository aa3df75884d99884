import type { IslandRecord } from '../../../dossier/schema.js';
import { respond, type AnswerContext, type AnswerResult } from '../respond.js';
import { islandAnswer } from './island.js';

/**
 * "Is Etorofu bigger than Kunashiri?": from the size ranks the island notes give ("the largest of
 * the four disputed islands", "the second largest of the four disputed islands"). Answered only when
 * both notes rank the island within the same set; the records hold no areas, so nothing else is compared.
 */

const COMPARE = /\b(?:(bigger|larger|greater)|(smaller|tinier))\s+than\b/i;
/** "Which is bigger, Etorofu or Kunashiri?": the two named, the answer the one asked for. */
const WHICH = /\bwhich\b(?=.*\bor\b).*?\b(?:(bigger|larger|greater|biggest|largest)|(smaller|tinier|smallest))\b/i;
const RANK = /\bthe\s+(?:(second|third|fourth)\s+)?largest\s+(of\s+[^;.,]+)/i;
const ORDINAL: Readonly<Record<string, number>> = { second: 2, third: 3, fourth: 4 };

/** The island's size rank and the set it is ranked in, from its note. */
function rankOf(island: IslandRecord): { rank: number; within: string } | undefined {
  const m = RANK.exec(island.note ?? '');
  return m ? { rank: m[1] ? ORDINAL[m[1].toLowerCase()]! : 1, within: m[2]!.toLowerCase() } : undefined;
}

export function islandSize(ctx: AnswerContext): AnswerResult | undefined {
  const { plan, dossier } = ctx;
  const which = WHICH.exec(plan.rest);
  const m = COMPARE.exec(plan.rest) ?? which;
  const named = plan.entities.filter((e) => e.kind === 'island');
  if (!m || plan.range || named.length !== 2) return undefined;
  // The island named first is the one the question asks about.
  const [a, b] = named.map((e) => dossier.islandsById.get(e.id));
  if (!a || !b || a === b) return undefined;
  const ra = rankOf(a);
  const rb = rankOf(b);
  if (!ra || !rb || ra.within !== rb.within) return undefined;
  const bigger = ra.rank < rb.rank;
  const yes = m[1] ? bigger : !bigger;
  // A "which" question is answered by the island asked for, a yes/no one by Yes or No.
  const answer = which ? (yes ? a : b).names.en : yes ? 'Yes' : 'No';
  const lead = `${answer}. ${a.names.en} is the ${ra.rank === 1 ? '' : `${Object.keys(ORDINAL).find((k) => ORDINAL[k] === ra.rank)} `}largest ${ra.within}, ${b.names.en} the ${rb.rank === 1 ? '' : `${Object.keys(ORDINAL).find((k) => ORDINAL[k] === rb.rank)} `}largest.`;
  return respond(ctx, lead, [...islandAnswer(ctx, a).events, ...islandAnswer(ctx, b).events], 'island');
}
