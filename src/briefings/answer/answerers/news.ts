import { formatPartialDate, isoDay } from '../../../dossier/dates.js';
import type { KurilEvent } from '../../../dossier/dossier.js';
import { HALF_LIFE_DAYS, topDevelopments } from '../../significance.js';
import { dayNumber } from '../search-index.js';
import { MAX_CITED, respond, type AnswerContext, type AnswerResult } from '../respond.js';
import type { Plan } from '../plan.js';
import { editDistance, FRAME_WORDS, processTerm, typoAllowance } from '../text.js';

/** Words that may stand in "any news on Russia–Japan relations?" without asking about anything in particular. */
const NEWS_FILLER = new Set(
  ['relation', 'relations', 'dispute', 'disputed', 'island', 'islands', 'territory', 'territories', 'territorial', 'kuril', 'kurils', 'kuriles', 'kurile', 'northern', 'southern', 'between', 'new', 'give', 'development', 'developments', 'news', 'update', 'updates', 'recent', 'recently', 'latest', 'happen', 'happened', 'front', 'anything', 'there', 'issue', 'row', 'conflict', 'side', 'sides', 'two', 'countries']
    .map((w) => processTerm(w))
    .filter((w): w is string => Boolean(w)),
);
const SIDES = new Set(['japan', 'russia']);

/** A filler word, or one misspelt ("devlopments"): a typo of "developments" asks nothing more specific. */
function filler(term: string): boolean {
  if (NEWS_FILLER.has(term) || FRAME_WORDS.has(term)) return true;
  const max = Math.min(1, typoAllowance(term));
  return max > 0 && [...NEWS_FILLER].some((w) => w.length >= 5 && editDistance(term, w, max) <= max);
}

/** The question names nothing more specific than the dispute, its sides and its islands. */
export function aboutTheDispute(plan: Plan): boolean {
  return plan.groups.every((g) => (g.entity ? g.entity.kind === 'group' || (g.entity.kind === 'actor' && SIDES.has(g.entity.id)) : g.typed.every(filler)));
}

/**
 * "What's the latest?", "any news?": the newest developments as the brief ranks them (significance
 * weighed by recency), newest first. Only when the question names nothing more specific.
 */
export function newsAnswer(ctx: AnswerContext): AnswerResult | undefined {
  const { plan } = ctx;
  if (!plan.cues.news || plan.range || !aboutTheDispute(plan)) return undefined;
  const top = newestDevelopments(ctx, isoDay(ctx.now), MAX_CITED);
  if (top.length === 0) return undefined;
  const list = top.map((e) => `${formatPartialDate(e.date)}: ${e.title}`).join('; ');
  return respond(ctx, `The newest developments on record, ranked as in the brief: ${list}.`, top, 'news');
}

/**
 * The brief's top developments (`topDevelopments`) without parsing every event's dates: scores from
 * the index's day numbers find the few that can rank first, and `topDevelopments` orders those, so
 * the result is the brief's own.
 */
function newestDevelopments(ctx: AnswerContext, day: string, count: number): KurilEvent[] {
  const { dossier, index } = ctx;
  const today = Date.parse(`${day}T00:00:00Z`) / 86_400_000;
  const last = dayNumber(day);
  const scores = new Float64Array(index.weights.length).fill(-1);
  const best: number[] = [];
  // Only the index's arrays are read here: reaching into 10,000 event objects cost more than the arithmetic.
  for (let i = 0; i < scores.length; i++) {
    if (index.starts[i]! > last) continue;
    const score = index.weights[i]! * 0.5 ** (Math.max(0, today - index.endDays[i]!) / HALF_LIFE_DAYS);
    scores[i] = score;
    // The `count` best scores so far, highest first, kept by insertion: the dossier is in date
    // order, so nearly every event beats the last kept one, and sorting each time cost more than the scan.
    if (best.length < count || score > best[best.length - 1]!) {
      let at = best.length;
      while (at > 0 && best[at - 1]! < score) at--;
      best.splice(at, 0, score);
      if (best.length > count) best.pop();
    }
  }
  if (best.length === 0) return [];
  // Ties and rounding are settled by topDevelopments itself.
  const threshold = best[best.length - 1]! * (1 - 1e-9);
  return topDevelopments(dossier.events.filter((_, i) => scores[i]! >= threshold), day, count);
}
