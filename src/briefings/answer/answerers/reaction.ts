import type { SearchResult } from 'minisearch';
import type { Dossier, KurilEvent } from '../../../dossier/dossier.js';
import { entitiesInText } from '../aliases.js';
import { dateLead } from '../compose.js';
import { respond, type AnswerContext, type AnswerResult } from '../respond.js';
import type { Hit } from '../search.js';
import { REASON } from '../search-index.js';
import { sentences } from '../text.js';
import { eventAnswer } from './event.js';

/**
 * "How did Tokyo react when Russia halted the talks?": the side's own statements and protests after
 * the event asked about. In order: a record of that side answering the question's terms after the
 * event; else the event's own words about the side's reaction ("Japan protested the same day");
 * else that side's next statement or protest that names the other side, within half a year.
 * "How did Moscow respond to Japan's sanctions?" is answered by the side's own act when its record
 * says it answered them ("in answer to Japan's sanctions").
 */

const WINDOW_DAYS = 180;
/** How much less of the question the side's own act may cover than the best record. */
const SHARE_SLACK = 0.25;
const DAY_MS = 86_400_000;
const REACTION_KINDS = new Set<KurilEvent['kind']>(['protest', 'statement', 'sanctions', 'talks']);
const REACTED = /\b(?:protest(?:ed|s)?|condemn(?:ed|s)?|called|said|criticis(?:ed|es)|rejected)\b/i;

/** Whether an actor is the side or part of it (the Kremlin and Peskov are Russia). */
function belongsTo(dossier: Dossier, actorId: string, side: string): boolean {
  const seen = new Set<string>();
  for (let id: string | undefined = actorId; id && !seen.has(id); id = dossier.actorsById.get(id)?.partOf) {
    if (id === side || dossier.actorsById.get(id)?.country === side) return true;
    seen.add(id);
  }
  return false;
}

const byside = (dossier: Dossier, event: KurilEvent, side: string) => belongsTo(dossier, event.actors[0] ?? '', side);
const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / DAY_MS;
const noMatch = (id: number): SearchResult => ({ id, score: 0, terms: [], queryTerms: [], match: {} });

export function reactionAnswer(ctx: AnswerContext, accepted: readonly Hit[], hits: readonly Hit[]): AnswerResult | undefined {
  const { plan, dossier, index } = ctx;
  if (!plan.cues.reactor) return undefined;
  const named = entitiesInText(index.aliases, plan.cues.reactor);
  const side = plan.entities.find((e) => e.kind === 'actor' && named.has(e.token))?.id;
  if (!side) return undefined;
  const events = accepted.flatMap((h) => (h.doc.kind === 'event' ? [{ hit: h, event: h.doc.event }] : []));
  const sideName = dossier.actorsById.get(side)?.name ?? side;

  // The side's own act, when its record says what it answered.
  const top = events[0]?.hit.share ?? 0;
  const own = events.find((e) => e.hit.share >= top - SHARE_SLACK && byside(dossier, e.event, side) && REASON.test(e.event.summary));
  if (own) {
    return respond(ctx, eventAnswer(ctx, own.event, own.hit.result), [own.event], 'reaction');
  }
  const stimulus = events.find((e) => !byside(dossier, e.event, side))?.event;
  if (!stimulus) return undefined;
  const after = (e: KurilEvent) => e.id !== stimulus.id && e.date.start >= stimulus.date.start && daysBetween(stimulus.date.start, e.date.start) <= WINDOW_DAYS && byside(dossier, e, side);

  // The first reaction on record: the earliest of the side's records that answer the question's terms.
  const answered = hits
    .flatMap((h) => (h.doc.kind === 'event' && h.distinctive && after(h.doc.event) && REACTION_KINDS.has(h.doc.event.kind) ? [{ event: h.doc.event, result: h.result }] : []))
    .sort((a, b) => a.event.date.start.localeCompare(b.event.date.start))[0];
  if (answered) return reactionReply(ctx, sideName, answered.event, answered.result, stimulus);

  // "Japan protested the same day": the side, or one of its people, is who reacted in the sentence.
  const reacts = (sentence: string) => {
    const at = sentence.search(REACTED);
    if (at < 0) return false;
    const who = [...entitiesInText(index.aliases, sentence.slice(0, at))].map((t) => index.aliases.entities.get(t)?.id);
    return who.some((id) => id !== undefined && belongsTo(dossier, id, side));
  };
  const told = sentences(`${stimulus.summary} ${stimulus.note ?? ''}`).find(reacts);
  if (told) return respond(ctx, `${sideName}'s reaction on record, ${dateLead(stimulus)}: ${told}`, [stimulus], 'reaction');

  const next = dossier.events.find((e) => after(e) && (e.kind === 'protest' || e.kind === 'statement') && e.actors.some((a) => stimulus.actors.some((s) => belongsTo(dossier, s, a) || belongsTo(dossier, a, s)) && !belongsTo(dossier, a, side)));
  if (next) return reactionReply(ctx, sideName, next, noMatch(dossier.events.indexOf(next)), stimulus);
  return undefined;
}

function reactionReply(ctx: AnswerContext, sideName: string, reaction: KurilEvent, result: SearchResult, stimulus: KurilEvent): AnswerResult {
  const body = eventAnswer({ ...ctx, plan: { ...ctx.plan, intent: 'what' } }, reaction, result);
  return respond(ctx, `${sideName}'s reaction on record, ${dateLead(reaction)}: ${body}`, [reaction, stimulus], 'reaction');
}
