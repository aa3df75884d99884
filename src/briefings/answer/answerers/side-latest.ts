import { isoDay } from '../../../dossier/dates.js';
import { entitiesInText } from '../aliases.js';
import { dateLead, endSentence, verificationLabel } from '../compose.js';
import { respond, type AnswerContext, type AnswerResult } from '../respond.js';
import { belongsTo } from '../sides.js';
import { sentences } from '../text.js';
import { aboutTheDispute } from './news.js';

/**
 * "What did Russia do most recently about the islands?", "what has Japan done lately?": the newest
 * record that the side (or one of its people or bodies) initiated, not the newest news of both sides.
 * A person or body is searched as any name is; a side is named by nearly every record, so only what
 * it did itself tells its records apart.
 */
const DID_WHAT = /\bwhat\s+(?:did|has|have|does|do|was|is)\s+(?:the\s+)?(.+?)\s+(?:do|done|doing|been\s+doing|(?:been\s+)?up\s+to)\b/i;
const THING_DONE = /\b(?:last|latest|newest|most\s+recent)\s+(?:thing|move|step|action)\s+(?:that\s+)?(?:the\s+)?(.+?)\s+(?:did|has\s+done|have\s+done|made|took)\b/i;
const SIDES = new Set(['japan', 'russia']);

export function sideLatestAnswer(ctx: AnswerContext): AnswerResult | undefined {
  const { plan, dossier, index } = ctx;
  if ((!plan.cues.recency && !plan.cues.news) || plan.range || plan.cues.reactor) return undefined;
  const span = (DID_WHAT.exec(plan.question) ?? THING_DONE.exec(plan.question))?.[1];
  if (!span) return undefined;
  const tokens = entitiesInText(index.aliases, span);
  const doers = plan.entities.filter((e) => e.kind === 'actor' && tokens.has(e.token));
  const side = doers.length === 1 && SIDES.has(doers[0]!.id) ? doers[0]! : undefined;
  // Anything more specific than the dispute ("about the fishing deal") is searched as usual.
  if (!side || !aboutTheDispute({ ...plan, groups: plan.groups.filter((g) => g.entity?.token !== side.token) })) return undefined;
  const today = isoDay(ctx.now);
  const theirs = dossier.events.filter((e) => e.date.start <= today && belongsTo(dossier, e.actors[0] ?? '', side.id));
  const newest = theirs.reduce<(typeof theirs)[number] | undefined>((best, e) => (!best || e.date.end > best.date.end || (e.date.end === best.date.end && e.date.start > best.date.start) ? e : best), undefined);
  if (!newest) return undefined;
  // Nothing but the side was asked: the record's own summary of what happened, as the timeline gives it.
  const label = verificationLabel(dossier, newest);
  const lead = sentences(newest.summary)[0] ?? newest.title;
  return respond(ctx, `Most recent on record, ${dateLead(newest)}: ${label ? `${label}: ` : ''}${endSentence(newest.title)} ${lead}`, [newest], 'event');
}
