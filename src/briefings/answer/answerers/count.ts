import { disputedIslands, groupEvents } from '../cited-events.js';
import { capitalize, islandName, joinNames, numberWord } from '../compose.js';
import { respond, type AnswerContext, type AnswerResult } from '../respond.js';
import { processTerm } from '../text.js';

/** Words that may stand in "how many islands does Japan claim?" without asking anything else. */
const COUNT_FILLER = new Set(
  ['claim', 'claims', 'disputed', 'dispute', 'contested', 'make', 'consist', 'include', 'comprise', 'total', 'territory', 'territories', 'northern', 'southern', 'there', 'want', 'demand', 'hold', 'control', 'island', 'islands', 'islet']
    // "What 4 islands does Tokyo want back?", "which Kuril islands does Japan not claim?"
    // "Want … back" reaches here as "want … return" (verbs.ts).
    .concat(['back', 'return', 'four', '4', 'kuril', 'kurils', 'kurile', 'kuriles', 'not'])
    // "Which islands form / constitute the Northern Territories?": making it up in other words.
    .concat(['form', 'forms', 'constitute', 'compose', 'composed', 'belong', 'part', 'counted', 'count'])
    .map((w) => processTerm(w))
    .filter((w): w is string => Boolean(w)),
);

const WHICH_ISLANDS = /^\s*what\s+(?:are|were)\s+the\s+islands\s+(?:that|which)\b/i;

/** A question that asks which islands are not claimed. */
const NOT = /\b(?:not|n't|never)\b|n't\b/i;

/** "How many islands does Japan claim?": the number and names of the disputed islands, when that is all it asks. */
export function islandCount(ctx: AnswerContext): AnswerResult | undefined {
  const { plan, dossier } = ctx;
  // "What are the islands that make up …?" asks which islands, as "which islands make up …?" does.
  const which = plan.intent === 'where' || WHICH_ISLANDS.test(plan.rest);
  if ((plan.intent !== 'howmany' && !which) || plan.range) return undefined;
  // "Which islands make up the Northern Territories?", "which islands does Japan claim?"
  const claimed = plan.groups.some((g) => g.typed.some((t) => t === processTerm('claim')));
  if (!plan.entities.some((e) => e.kind === 'group') && !claimed) return undefined;
  const ok = plan.groups.every((g) =>
    g.entity ? g.entity.kind === 'group' || ['japan', 'russia'].includes(g.entity.id) : g.typed.every((t) => COUNT_FILLER.has(t)),
  );
  if (!ok) return undefined;
  // "Which Kuril islands does Japan not claim?": the island records that say so, never the whole chain.
  if (which && NOT.test(plan.rest)) {
    const others = dossier.islands.filter((i) => !i.disputed);
    if (others.length === 0) return undefined;
    const claimed = disputedIslands(dossier).map((i) => i.names.en);
    const lead = `Of the islands on record, Japan does not claim ${joinNames(others.map(islandName))}; it claims only ${joinNames(claimed)}.`;
    return respond(ctx, lead, groupEvents(dossier), 'count');
  }
  const islands = disputedIslands(dossier);
  const names = `${joinNames(islands.map(islandName))} as the ${dossier.group.names.en.replace(/\s*\(.*\)$/, '')}; Russia holds them.`;
  const lead = plan.intent === 'howmany' ? `${capitalize(numberWord(islands.length))}: Japan claims ${names}` : `Japan claims ${numberWord(islands.length)} islands, ${names}`;
  return respond(ctx, lead, groupEvents(dossier), 'count');
}
