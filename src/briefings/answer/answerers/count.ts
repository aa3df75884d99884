import { disputedIslands, groupEvents } from '../cited-events.js';
import { capitalize, islandName, joinNames, numberWord } from '../compose.js';
import { respond, type AnswerContext, type AnswerResult } from '../respond.js';
import { processTerm } from '../text.js';

/** Words that may stand in "how many islands does Japan claim?" without asking anything else. */
const COUNT_FILLER = new Set(
  ['claim', 'claims', 'disputed', 'dispute', 'contested', 'make', 'consist', 'include', 'comprise', 'total', 'territory', 'territories', 'northern', 'southern', 'there', 'want', 'demand', 'hold', 'control', 'island', 'islands', 'islet']
    .map((w) => processTerm(w))
    .filter((w): w is string => Boolean(w)),
);

/** "How many islands does Japan claim?": the number and names of the disputed islands, when that is all it asks. */
export function islandCount(ctx: AnswerContext): AnswerResult | undefined {
  const { plan, dossier } = ctx;
  if ((plan.intent !== 'howmany' && plan.intent !== 'where') || plan.range) return undefined;
  // "Which islands make up the Northern Territories?", "which islands does Japan claim?"
  const claimed = plan.groups.some((g) => g.typed.some((t) => t === processTerm('claim')));
  if (!plan.entities.some((e) => e.kind === 'group') && !claimed) return undefined;
  const ok = plan.groups.every((g) =>
    g.entity ? g.entity.kind === 'group' || ['japan', 'russia'].includes(g.entity.id) : g.typed.every((t) => COUNT_FILLER.has(t)),
  );
  if (!ok) return undefined;
  const islands = disputedIslands(dossier);
  const names = `${joinNames(islands.map(islandName))} as the ${dossier.group.names.en.replace(/\s*\(.*\)$/, '')}; Russia holds them.`;
  const lead = plan.intent === 'howmany' ? `${capitalize(numberWord(islands.length))}: Japan claims ${names}` : `Japan claims ${numberWord(islands.length)} islands, ${names}`;
  return respond(ctx, lead, groupEvents(dossier), 'count');
}
