import type { ActorRecord } from '../../dossier/schema.js';
import type { KurilEvent } from '../../dossier/dossier.js';
import { entitiesInText } from './aliases.js';
import type { AnswerContext } from './respond.js';
import { belongsTo } from './sides.js';
import { terms } from './text.js';

/**
 * "Who was the Japanese ambassador …?", "who signed the fishing agreement for Russia?": the person
 * asked about is of the side the question names. The answer must be someone of that side whose role
 * holds the office asked ("ambassador"): Mikhail Galuzin is Russia's ambassador, and naming Japan
 * for "who signed it for Russia" (the side named is left out as the subject) turns the question round.
 * When no actor of the record fits, the record does not say who, and the question is declined.
 */

/** "who was/is the <people's adjective> <office …>": the side and the office words. */
const HEAD = /^\s*who\s+(?:is|was|were|are)\s+(?:the\s+)?([\p{L}-]+)\s+((?:[\p{L}-]+\s*){1,3}?)(?=\s+(?:in|from|of|at|on|to|who|that|which|when|with|during|for)\b|[?.!]*\s*$)/iu;
/**
 * "… for Russia", "… on behalf of Japan" at the end of a who-question, or before a date that only
 * places the deed ("for Russia in 1855", "for Japan back in May 1875"): the date asks no other person.
 */
const FOR_SIDE = /\b(?:for|on\s+behalf\s+of)\s+(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)(?:\s+(?:back\s+)?(?:in|on|during)\s+(?:[\p{L}]+\s+)?(?:\d{1,2}\s+)?\d{4})?\s*[?.!]*\s*$/iu;
/**
 * "… on the Russian side", "… from the Japanese side", "on Japan's side": the same as "for Russia",
 * said of the side (round 16). The side is a people's adjective or a state's name.
 */
const ON_SIDE = /\b(?:on|from)\s+(?:the\s+)?([\p{L}-]+?)(?:['’]s)?\s+side\b(?=(?:\s+(?:back\s+)?(?:in|on|during)\s+(?:[\p{L}]+\s+)?(?:\d{1,2}\s+)?\d{4})?\s*[?.!]*\s*$)/iu;

/**
 * "Who signed the Shimoda treaty on the Russian side?" is asked as "… for Russian?", which the
 * side read above takes ("Russian" names Russia): "side" is no word a record must hold. Only in a
 * who-question, where the side says whose person is asked for.
 */
export function sideAsFor(question: string): string {
  if (!/^\s*(?:who|whom)\b/i.test(LAST_SENTENCE.exec(question)?.[1] ?? question)) return question;
  return question.replace(ON_SIDE, (_, side: string) => `for ${side}`);
}
/**
 * "The 1875 treaty swapped Sakhalin for the Kurils. Who signed it for Japan?": a sentence of context
 * before the question; the who-question is the last sentence.
 */
const LAST_SENTENCE = /(?:^|[.!?]\s+)((?:who|whom)\b[^.!?]*[?.!]*)\s*$/i;

interface SideAsked {
  readonly side: string;
  readonly office: readonly string[];
}

function stateIn(ctx: AnswerContext, words: string): string | undefined {
  const states = [...entitiesInText(ctx.index.aliases, words)]
    .map((t) => ctx.index.aliases.entities.get(t))
    .filter((e) => e?.kind === 'actor' && ctx.dossier.actorsById.get(e.id)?.kind === 'state');
  return states.length === 1 ? states[0]!.id : undefined;
}

export function sideAsked(ctx: AnswerContext): SideAsked | undefined {
  const q = LAST_SENTENCE.exec(ctx.plan.question)?.[1] ?? ctx.plan.question;
  if (ctx.plan.intent !== 'who' || ctx.plan.cues.yesNo || !/^\s*who\b/i.test(q)) return undefined;
  const head = HEAD.exec(q);
  const headSide = head ? stateIn(ctx, head[1]!) : undefined;
  // The office is the first word after the adjective ("ambassador", "foreign" of "foreign minister").
  if (head && headSide) return { side: headSide, office: terms(head[2]!).slice(0, 1) };
  const forSide = FOR_SIDE.exec(q);
  const side = forSide ? stateIn(ctx, forSide[1]!) : undefined;
  return side ? { side, office: [] } : undefined;
}

/** The record's actor of the side asked, holding the office asked; null when none does. */
export function actorOfSide(ctx: AnswerContext, event: KurilEvent, asked: SideAsked): ActorRecord | null {
  const ids = [...new Set([...event.actors, ...event.quotes.map((q) => q.by)])];
  for (const id of ids) {
    const actor = ctx.dossier.actorsById.get(id);
    if (!actor || actor.kind === 'state' || actor.kind === 'alliance' || !belongsTo(ctx.dossier, id, asked.side)) continue;
    const role = new Set(terms(`${actor.role} ${event.quotes.filter((q) => q.by === id).map((q) => q.role).join(' ')}`));
    if (asked.office.every((t) => role.has(t))) return actor;
  }
  return null;
}
