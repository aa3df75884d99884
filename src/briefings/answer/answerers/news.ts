import { formatPartialDate, isoDay } from '../../../dossier/dates.js';
import { eventsUpTo } from '../../items.js';
import { topDevelopments } from '../../significance.js';
import { MAX_CITED, respond, type AnswerContext, type AnswerResult } from '../respond.js';
import type { Plan } from '../plan.js';
import { FRAME_WORDS, processTerm } from '../text.js';

/** Words that may stand in "any news on Russia–Japan relations?" without asking about anything in particular. */
const NEWS_FILLER = new Set(
  ['relation', 'relations', 'dispute', 'disputed', 'island', 'islands', 'territory', 'territories', 'kuril', 'kurils', 'kuriles', 'kurile', 'northern', 'southern', 'between', 'new', 'give', 'development', 'developments', 'news', 'update', 'updates', 'recent', 'recently', 'latest', 'happen', 'happened', 'front', 'anything', 'there', 'issue', 'row', 'conflict', 'side', 'sides', 'two', 'countries']
    .map((w) => processTerm(w))
    .filter((w): w is string => Boolean(w)),
);
const SIDES = new Set(['japan', 'russia']);

/** The question names nothing more specific than the dispute, its sides and its islands. */
export function aboutTheDispute(plan: Plan): boolean {
  return plan.groups.every((g) => (g.entity ? g.entity.kind === 'group' || (g.entity.kind === 'actor' && SIDES.has(g.entity.id)) : g.typed.every((t) => NEWS_FILLER.has(t) || FRAME_WORDS.has(t))));
}

/**
 * "What's the latest?", "any news?": the newest developments as the brief ranks them (significance
 * weighed by recency), newest first. Only when the question names nothing more specific.
 */
export function newsAnswer(ctx: AnswerContext): AnswerResult | undefined {
  const { plan, dossier } = ctx;
  if (!plan.cues.news || plan.range || !aboutTheDispute(plan)) return undefined;
  const day = isoDay(ctx.now);
  const top = topDevelopments(eventsUpTo(dossier, day), day, MAX_CITED);
  if (top.length === 0) return undefined;
  const list = top.map((e) => `${formatPartialDate(e.date)}: ${e.title}`).join('; ');
  return respond(ctx, `The newest developments on record, ranked as in the brief: ${list}.`, top, 'news');
}
