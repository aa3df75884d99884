import type { SearchResult } from 'minisearch';
import type { Dossier, KurilEvent } from '../../../dossier/dossier.js';
import type { ActorRecord } from '../../../dossier/schema.js';
import { entitiesInText } from '../aliases.js';
import { dateLead } from '../compose.js';
import { MIN_COVERAGE } from '../pick.js';
import { decline } from './decline.js';
import type { TermGroup } from '../plan.js';
import { respond, type AnswerContext, type AnswerResult } from '../respond.js';
import { search, type Hit } from '../search.js';
import { REASON } from '../search-index.js';
import { belongsTo, speaksForSide } from '../sides.js';
import { sentences, terms } from '../text.js';
import { eventAnswer } from './event.js';
import { actThroughStatement } from '../cause-link.js';
import { holdingTheRarest } from '../stimulus.js';
import { answeredByStimulus, withoutAnsweredClause } from '../answered-first.js';

/**
 * "How did Tokyo react when Russia halted the talks?": the side's own statements and protests after
 * the event asked about. In order: the earliest record of that side answering the question's terms
 * after the event; else the event's own words about the side's reaction ("Japan protested the same
 * day"); else a decline (the side's next statement on some other matter is not its reaction).
 * "How did Moscow respond to Japan's sanctions?" is answered by the side's own act when its record
 * says it answered them ("in answer to Japan's sanctions").
 */

const WINDOW_DAYS = 180;
/** How much less of the question the side's own act may cover than the best record. */
const SHARE_SLACK = 0.25;
/** How much of the question a record must cover to count as the reaction asked about. */
const MIN_SHARE = 0.4;
const DAY_MS = 86_400_000;
/** How far below the best-matching record a record may rank and still be what the question asks about. */
const STIMULUS_SHARE = 0.5;
/** How much of the question the side's own protest must cover to be the reaction asked about: nearly all. */
const OWN_PROTEST_SHARE = 0.9;
/** Two records that cover the question within this share fit it equally. */
const SAME_SHARE = 0.01;
/** A word in fewer than about one record in seven: it names the event rather than its setting. */
const RARE_IDF = 2;
const SAID = /\b(?:said|says|called|warned|accused)\b/i;
const REACTION_KINDS = new Set<KurilEvent['kind']>(['protest', 'statement', 'sanctions', 'talks']);
const REACTED = /\b(?:protest(?:ed|s)?|condemn(?:ed|s)?|called|said|criticis(?:ed|es)|rejected)\b/i;
/**
 * "The Soviet Union did not sign it": refusing to sign or ratify what was put to a side is its
 * response to it, in the record of the thing itself ("how did the Soviets respond to the San
 * Francisco treaty?").
 */
const REFUSED = /\b(?:did\s+not|didn['’]t|refused\s+to|declined\s+to|would\s+not)\s+(?:sign|ratify|accept|recogni[sz]e)\b/i;

/** Month names as typed ("may" left out: it is mostly the verb). */
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * "Takaichi's October speech": a month the question names without a year (a year makes a date range
 * the plan reads) says which of several like records was reacted to; the records' texts seldom name
 * their own month, so the month is read off their dates.
 */
function inNamedMonth(question: string): (event: KurilEvent) => boolean {
  const words = new Set(question.toLowerCase().split(/[^a-z]+/));
  const months = MONTH_NAMES.flatMap((m, i) => (words.has(m) ? [i + (i >= 4 ? 2 : 1)] : []));
  return (event) => months.length === 0 || months.includes(Number(event.date.start.slice(5, 7)));
}

/** The state an actor belongs to (itself when it is one). */
function stateOf(dossier: Dossier, actorId: string): string {
  let id = actorId;
  const seen = new Set<string>();
  for (let actor = dossier.actorsById.get(id); actor && actor.kind !== 'state' && !seen.has(id); actor = dossier.actorsById.get(id)) {
    seen.add(id);
    const up = actor.partOf ?? actor.country;
    if (!up) break;
    id = up;
  }
  return id;
}

/**
 * "How did Japan react to the Kremlin suspending the talks?": what a body of the other side did, its
 * state did (the foreign ministry's halt is Russia's), so the body is searched as its state; else
 * the record that names the Kremlin by name wins over the act asked about. A person stays themself.
 */
function asItsState(dossier: Dossier, group: TermGroup, side: string): TermGroup {
  const entity = group.entity;
  const actor = entity?.kind === 'actor' ? dossier.actorsById.get(entity.id) : undefined;
  if (!entity || !actor || actor.kind === 'person' || actor.kind === 'state') return group;
  const state = stateOf(dossier, actor.id);
  if (state === actor.id || state === side) return group;
  const token = `e_actor_${state}`;
  return { ...group, terms: [...group.terms, token], entity: { ...entity, token, id: state, broad: true }, distinctive: false };
}

const byside = (dossier: Dossier, event: KurilEvent, side: string) => belongsTo(dossier, event.actors[0] ?? '', side);
/** A record is a person's reaction only when they are among its actors; a state's, whoever of it acted. */
const ownedBy = (event: KurilEvent, person: string | undefined) => !person || event.actors.includes(person);
const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / DAY_MS;

/** "Did Russia respond to …?" is answered Yes with the reaction found, as "how did Russia respond …" is answered by it. */
export function reactionAnswer(ctx: AnswerContext): AnswerResult | undefined {
  const found = reaction(ctx);
  if (!found || found.declined || !ctx.plan.cues.yesNo) return found;
  return { ...found, reply: { ...found.reply, lead: `Yes. ${found.reply.lead}` } };
}

function reaction(ctx: AnswerContext): AnswerResult | undefined {
  const { plan, dossier, index } = ctx;
  if (!plan.cues.reactor) return undefined;
  const named = entitiesInText(index.aliases, plan.cues.reactor);
  // The reactor as written, or misspelt ("Tokio"): the name the plan found for those words.
  const words = terms(plan.cues.reactor);
  const reactor =
    plan.entities.find((e) => e.kind === 'actor' && named.has(e.token)) ??
    plan.groups.find((g) => g.entity?.kind === 'actor' && g.typed.some((t) => words.includes(t)))?.entity;
  // "How did China react …?": a side the record never names has no reaction on record.
  if (!reactor && words.some((t) => !index.df.has(t))) return decline(ctx, 'I found no reaction by them on record, and I will not guess.');
  // The Kremlin's or Kishida's reaction is their state's: its ministries and people speak for it.
  const state = reactor ? stateOf(dossier, reactor.id) : undefined;
  if (!reactor || !state) return undefined;
  // A body of the country that is no part of its state (a party: Nippon Ishin) reacts for itself,
  // not for Japan: its side is itself, and a lawmaker's trip is no act of its own (round 16).
  const body = ownBody(dossier, reactor.id, state);
  const side = body?.id ?? state;
  // "What did Suzuki say after …": a person's reaction is their own record, not their state's next one.
  const person = dossier.actorsById.get(reactor.id)?.kind === 'person' ? reactor.id : undefined;
  const theirs = (event: KurilEvent) => ownedBy(event, person);
  // The records are searched for what was reacted to: who reacted is not part of it.
  // A month named without a year is read off the records' dates (inNamedMonth), not their words.
  const groups = plan.groups
    .filter((g) => g.entity?.token !== reactor.token && !(g.typed.length > 0 && g.typed.every((t) => MONTH_NAMES.includes(t))))
    .map((g) => asItsState(dossier, g, side));
  if (!groups.some((g) => g.distinctive)) return undefined;
  const about = { ...ctx, plan: { ...plan, groups, entities: plan.entities.filter((e) => e !== reactor) } };
  const hits = search(about);
  const accepted = hits.filter((h) => h.distinctive && h.share >= MIN_COVERAGE && h.namesMatched);
  const events = accepted.flatMap((h) => (h.doc.kind === 'event' ? [{ hit: h, event: h.doc.event }] : []));
  const sideName = dossier.actorsById.get(side)?.name ?? side;

  // The side's own act, when its record says what it answered.
  const top = events[0]?.hit.share ?? 0;
  const ownAct = (event: KurilEvent) => byside(dossier, event, side) && theirs(event) && answersWhatWasAsked(groups, event);
  // With no record of an event passing, the act named by a dossier sentence that joins it to the cause asked about (cause-link.ts).
  const own = events.find((e) => e.hit.share >= top - SHARE_SLACK && ownAct(e.event)) ?? (events.length === 0 ? actThroughStatement(accepted, hits, ownAct) : undefined);
  if (own) {
    // What the side said while doing it is part of its reaction ("said Tokyo chose an anti-Russian course").
    const body = eventAnswer(ctx, own.event, own.hit.result);
    const said = sentences(own.event.summary).find((x) => SAID.test(x) && !body.includes(x));
    return respond(ctx, said ? `${body} ${said}` : body, [own.event], 'reaction');
  }
  // "How did Japan react to the drills near Shikotan?": the record that matches best is the side's
  // own protest of them, which tells both.
  // Of the side's own records that fit as well as the best one, the first in time is its reaction:
  // Kishida's protest of 22 March, not a lawmaker's interview about the halted talks four days later.
  const reacting = (e: (typeof events)[number]) => byside(dossier, e.event, side) && theirs(e.event) && (e.event.kind === 'protest' || (e.event.kind === 'statement' && REACTED.test(e.event.summary)));
  const first = events[0] && reacting(events[0]) ? events.filter((e) => e.hit.share >= events[0]!.hit.share - SAME_SHARE && reacting(e)).sort((a, b) => a.event.date.start.localeCompare(b.event.date.start))[0] : events[0];
  if (first && first.hit.share >= OWN_PROTEST_SHARE && reacting(first)) {
    return respond(ctx, `${sideName}'s reaction on record, ${dateLead(first.event)}: ${eventAnswer({ ...ctx, plan: { ...plan, intent: 'what' } }, first.event, first.hit.result)}`, [first.event], 'reaction');
  }
  // The event reacted to: the records not by the side that match the question about as well as the
  // best one. "How did Russia react to the Tokyo Declaration?" is about the declaration Russia signed,
  // not about the 1956 declaration that also matches "declaration".
  const best = events[0]?.hit.rank ?? 0;
  const inMonth = inNamedMonth(plan.question);
  // Of those, the ones that hold the question's rarest word name the event asked about (stimulus.ts).
  const stimuli = holdingTheRarest(events.filter((e) => e.hit.rank >= best * STIMULUS_SHARE && !byside(dossier, e.event, side) && inMonth(e.event)), groups).map((e) => e.event);
  if (stimuli.length === 0) return events.length ? decline(ctx, `It is ${sideName}'s own act on record, and I found no reaction by ${sideName} to it; I will not guess.`) : undefined;
  for (const stimulus of stimuli) {
    const found = reactionTo(ctx, stimulus, side, sideName, hits, person, groups, body);
    // "How did the Kremlin react to Takaichi's first policy speech?": the Kremlin answered her next
    // one; that is no reaction to the speech asked about, nor is the question about the next one.
    if (found === 'later') return decline(ctx, `I found no reaction by ${sideName} to it on record; what I found answers a later event like it, and I will not guess.`);
    if (found) return found;
  }
  return decline(ctx, `I found no reaction by ${sideName} to it on record, and I will not guess.`);
}

/**
 * "How did the Kremlin react to Japan's rally?": Russia's halt of the talks says it answered Japan's
 * sanctions, not the rally. The side's own act is its reaction only when the sentence that gives its
 * reason holds one of the words the question asks about besides names (the thing reacted to); not
 * every one, since the question may say more of that thing than the record ("sanctions after the
 * invasion of Ukraine").
 */
function answersWhatWasAsked(groups: readonly TermGroup[], event: KurilEvent): boolean {
  const asked = groups.filter((g) => !g.entity && g.distinctive);
  return sentences(event.summary).some((s) => {
    if (!REASON.test(s)) return false;
    const words = new Set(terms(s));
    return asked.length === 0 || asked.some((g) => g.terms.some((t) => words.has(t)));
  });
}

function reactionTo(
  ctx: AnswerContext,
  stimulus: KurilEvent,
  side: string,
  sideName: string,
  hits: readonly Hit[],
  person: string | undefined,
  /** The question's concepts without the reactor: what `hits` were searched and judged by. */
  groups: readonly TermGroup[],
  /** A body reacting for itself (ownBody). */
  body?: ActorRecord,
): AnswerResult | 'later' | undefined {
  const { dossier } = ctx;
  // A same-day record the stimulus itself answers came first: not a reaction to it (answered-first.ts).
  const after = (e: KurilEvent) => e.id !== stimulus.id && ownedBy(e, person) && e.date.start >= stimulus.date.start && daysBetween(stimulus.date.start, e.date.start) <= WINDOW_DAYS && byside(dossier, e, side) && !answeredByStimulus(stimulus, e);

  // The first reaction on record: the earliest of the side's records that answer the question's terms.
  // It must name what was reacted to: one of the rare words the question and the event share ("the
  // rally", "the speech"), not only the sides, islands and year, or a word as common as "day".
  const plain = (i: number) => groups[i]!.distinctive && !groups[i]!.entity && !/^\d{4}$/.test(groups[i]!.typed[0] ?? '');
  const shared = [...(hits.find((h) => h.doc.kind === 'event' && h.doc.event.id === stimulus.id)?.covered ?? [])].filter(plain);
  const rare = shared.filter((i) => groups[i]!.idf >= RARE_IDF);
  const aboutIt = (h: Hit) => (rare.length ? rare : shared.length ? shared : groups.map((_, i) => i).filter(plain)).some((i) => h.covered.has(i));
  // "Prime Minister Kishida condemned it the next day" in Russia's record of its own act is Japan's
  // reaction to that act: the words it shares with the question are someone else's deed there.
  const wanted = (rare.length ? rare : shared).flatMap((i) => groups[i]!.terms);
  const othersDeed = (e: KurilEvent) => {
    const holding = sentences(e.summary).filter((x) => terms(x).some((t) => wanted.includes(t)));
    return holding.length > 0 && holding.every((x) => reactorsIn(ctx, x).some((id) => !belongsTo(dossier, id, side)) && !reactorsIn(ctx, x).some((id) => belongsTo(dossier, id, side)));
  };
  const answered = hits
    .flatMap((h) => (h.doc.kind === 'event' && h.distinctive && h.share >= MIN_SHARE && aboutIt(h) && after(h.doc.event) && REACTION_KINDS.has(h.doc.event.kind) && !othersDeed(h.doc.event) ? [{ event: h.doc.event, result: h.result }] : []))
    .sort((a, b) => a.event.date.start.localeCompare(b.event.date.start))[0];
  if (answered) {
    // A record like the one reacted to, by someone else, between it and the reaction: the reaction
    // answers that one (Peskov answered "Takaichi's policy speech of the same day", not her first).
    const between = hits.find(
      (h) =>
        h.doc.kind === 'event' &&
        h.doc.event.id !== stimulus.id &&
        h.doc.event.kind === stimulus.kind &&
        h.share >= MIN_SHARE &&
        !byside(dossier, h.doc.event, side) &&
        h.doc.event.date.start > stimulus.date.start &&
        h.doc.event.date.start <= answered.event.date.start,
    );
    if (between && between.doc.kind === 'event') {
      // Unless the question fits that one as well ("Takaichi's speech"): then it is the one reacted to.
      const own = hits.find((h) => h.doc.kind === 'event' && h.doc.event.id === stimulus.id)?.share ?? 0;
      return between.share >= own - SAME_SHARE && inNamedMonth(ctx.plan.question)(between.doc.event) ? reactionReply(ctx, sideName, answered.event, answered.result, between.doc.event) : 'later';
    }
    return reactionReply(ctx, sideName, answered.event, answered.result, stimulus);
  }

  // "Japan protested the same day": the side, or one of its people, is who reacted in the sentence.
  const reacts = (sentence: string) => reactorsIn(ctx, sentence).some((id) => (person ? id === person : belongsTo(dossier, id, side)));
  const told = sentences(`${stimulus.summary} ${stimulus.note ?? ''}`).find((x) => reacts(x) || (!!body && bodyActs(body, x)));
  // The side's next statement is not its reaction unless a record says so: no guessing.
  return told ? respond(ctx, `${sideName}'s reaction on record, ${dateLead(stimulus)}: ${told}`, [stimulus], 'reaction') : undefined;
}

/** Who is named before a sentence's reaction verb ("Prime Minister Kishida condemned …"): who reacted in it. */
function reactorsIn(ctx: AnswerContext, typed: string): string[] {
  const sentence = withoutAnsweredClause(typed);
  const said = sentence.search(REACTED);
  const at = said >= 0 ? said : sentence.search(REFUSED);
  if (at < 0) return [];
  const { aliases } = ctx.index;
  // Within the verb's own clause: in "Molotov handed the declaration to Japan's ambassador; it said …"
  // Japan is named in another clause than the saying (round 16).
  const from = Math.max(sentence.lastIndexOf(';', at), sentence.lastIndexOf(':', at)) + 1;
  return [...entitiesInText(aliases, sentence.slice(from, at))].flatMap((t) => aliases.entities.get(t)?.id ?? []);
}

function reactionReply(ctx: AnswerContext, sideName: string, reaction: KurilEvent, result: SearchResult, stimulus: KurilEvent): AnswerResult {
  const body = eventAnswer({ ...ctx, plan: { ...ctx.plan, intent: 'what' } }, reaction, result);
  // The reaction's sentences are chosen by the question's words, which name what was reacted to, so
  // what the side said of it ("Kishida called Moscow's decision 'extremely unjust'") can be left out
  // beside what it did ("Japan lodged a protest"): what it said is part of its reaction, as in the
  // side's own act above.
  const said = sentences(reaction.summary).find((x) => SAID.test(x) && !body.includes(x));
  return respond(ctx, `${sideName}'s reaction on record, ${dateLead(reaction)}: ${said ? `${body} ${said}` : body}`, [reaction, stimulus], 'reaction');
}

/** A body of a country that does not speak for its state (a party, an outlet), or undefined. */
function ownBody(dossier: Dossier, actorId: string, state: string): ActorRecord | undefined {
  const actor = dossier.actorsById.get(actorId);
  if (!actor || actor.kind === 'person' || actor.kind === 'state' || actor.id === state || speaksForSide(dossier, actor.id, state)) return undefined;
  return actor;
}

/**
 * "Told that the party had decided to expel him, he resigned": the body acts in the sentence when it
 * is named (by name, alias, or as "the <what its role says it is>": "the party") right before a verb,
 * not only mentioned ("without telling his party, Nippon Ishin no Kai, in advance").
 */
function bodyActs(body: ActorRecord, sentence: string): boolean {
  const head = /^\s*(?:[\p{L}-]+\s+)?([\p{L}-]+)/u.exec(body.role.split(/[(;,]/)[0] ?? '')?.[1]?.toLowerCase();
  const names = [body.name, ...(body.aliases ?? []), ...(head ? [`the ${head}`] : [])].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const acting = new RegExp(`(?:^|[^\\p{L}])(?:${names.join('|')})\\s+(?:had\\s+|has\\s+|have\\s+|then\\s+|also\\s+)?(?:[\\p{L}]+ed|decided|moved|voted|chose|made|took|gave|threw|kept)\\b`, 'iu');
  return acting.test(sentence);
}
