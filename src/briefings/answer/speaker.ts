import { entitiesInText } from './aliases.js';
import type { AnswerContext } from './respond.js';
import type { IndexedDoc } from './search-index.js';
import { belongsTo } from './sides.js';

/**
 * "What did Washington say about …?" asks for that speaker's words: a record in which someone else
 * mentions the United States does not answer it. The speaker is the name between "what did" and
 * "say" (or "think", "claim" …); only names on record count (unknown ones fail the search anyway).
 */
const SPEAKER = /\bwhat\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(?:say|said|think|claim|argue|state|announce|declare)\b/i;

/** The actors the question asks to hear from, if it names any. */
export function askedSpeakers(ctx: AnswerContext): string[] {
  const span = SPEAKER.exec(ctx.plan.question)?.[1];
  if (!span) return [];
  const tokens = entitiesInText(ctx.index.aliases, span);
  return ctx.plan.entities.filter((e) => e.kind === 'actor' && tokens.has(e.token)).map((e) => e.id);
}

/**
 * Whether the record holds the words of a speaker asked about: an event with that speaker (or one of
 * its people) among its actors, or that side's position. Background and status lines speak for no one.
 */
export function spokeIn(ctx: AnswerContext, speakers: readonly string[], doc: IndexedDoc): boolean {
  if (speakers.length === 0) return true;
  const { dossier } = ctx;
  if (doc.kind === 'event') return doc.event.actors.some((a) => speakers.some((s) => belongsTo(dossier, a, s)));
  const side = doc.statement.key;
  return (side === 'japan' || side === 'russia') && speakers.some((s) => belongsTo(dossier, s, side));
}
