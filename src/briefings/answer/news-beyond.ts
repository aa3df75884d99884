import { isoDay } from '../../dossier/dates.js';
import { aboutTheDispute, newsAnswer } from './answerers/news.js';
import type { AnswerContext, AnswerResult } from './respond.js';

/**
 * "Anything new on the islands this week?", "any news in the last few days?": a question asking for
 * news in a recent period the records do not reach. The records are silent on that period, and the
 * answer says so; but what the user wants is the news, so the newest developments on record follow,
 * with their dates, rather than a bare decline. Only for news about the dispute in general and a
 * period that runs up to the clock's date: "what happened in 1700" or "drills this week" is declined
 * as before.
 */

/** Words asking for news rather than for a thing: "anything new", "news", "updates", "what's happened". */
const ASKS_NEWS = /\b(?:news|updates?|new|lately|latest|(?:anything|something)\s+(?:\w+\s+)?happen(?:ed|ing)?|what(?:'?s|\s+has)\s+happen(?:ed|ing))\b/i;

export function newsBeyondRecords(ctx: AnswerContext, span: string): AnswerResult | undefined {
  const { plan } = ctx;
  if (!plan.range || plan.range.end < isoDay(ctx.now) || plan.cues.yesNo === 'past' || !(plan.cues.news || ASKS_NEWS.test(plan.question)) || !aboutTheDispute(plan)) return undefined;
  const news = newsAnswer({ ...ctx, plan: { ...plan, range: undefined, cues: { ...plan.cues, news: true } } });
  if (!news) return undefined;
  return { ...news, reply: { ...news.reply, lead: `Nothing is on record ${span}. ${news.reply.lead ?? ''}` } };
}
