import { asksName } from './chain-names.js';
import type { IslandRecord } from '../../../dossier/schema.js';
import { respond, type AnswerContext, type AnswerResult } from '../respond.js';
import { FRAME_WORDS, processTerm, terms } from '../text.js';
import { entitiesInText } from '../aliases.js';
import type { Plan } from '../plan.js';
import { islandAnswer } from './island.js';

/**
 * Questions the island records answer rather than the events: whether an island is one of those
 * Japan claims ("is Urup one of the disputed islands?"), and what their notes say ("the largest
 * island Japan claims", "the Lesser Kuril Ridge", "where are the Habomai islets").
 */

/** Words that may stand around an island in "is Urup one of the islands Japan claims?". */
const ISLAND_FILLER = new Set(
  ['one', 'four', 'several', 'many', 'single', 'multiple', 'island', 'islands', 'islet', 'islets', 'disputed', 'dispute', 'contested', 'claim', 'claimed', 'claims', 'part', 'belong', 'among', 'territory', 'territories', 'northern', 'southern', 'kuril', 'kurils', 'group', 'located', 'lie', 'lies', 'lying', 'situated', 'sit', 'sits', 'sitting']
    .map((w) => processTerm(w))
    .filter((w): w is string => Boolean(w)),
);
/** "One of the 4 islands": a count written in digits is filler as "four" is. */
const isFiller = (t: string) => ISLAND_FILLER.has(t) || /^\d$/.test(t);
/** "Next to", "close to", "off" which island: where an island lies, which its note says ("just off eastern Hokkaido"). */
const NEAR = new Set(['next', 'near', 'nearby', 'close', 'closest', 'nearest', 'adjacent', 'beside', 'off'].map((w) => processTerm(w)).filter((w): w is string => Boolean(w)));
const SIDES = new Set(['japan', 'russia']);
/**
 * Japan's claim in users' words: "the islands Japan wants back / demands / seeks the return of". Only
 * Japan's aim is the claim: "the islands Russia agreed to return" is the 1956 promise, not the four.
 */
const CLAIMANT_AIM = new Set(
  ['want', 'wants', 'wanted', 'back', 'return', 'returned', 'demand', 'demands', 'seek', 'seeks', 'reclaim', 'recover', 'regain']
    .map((w) => processTerm(w))
    .filter((w): w is string => Boolean(w)),
);
/** Words that make a question one about the islands: "island", "islet", "Kurils", "ridge". */
const ISLAND_WORDS = new Set(['island', 'islet', 'kuril', 'kurils', 'kuriles', 'ridge'].map((w) => processTerm(w)));

/** "Is Habomai one island or several?": a choice between two answers, not a yes or a no. */
function choice(text: string): boolean {
  return /\bor\s+(?:\w+\s*){1,3}[?.!]*\s*$/i.test(text) && !/\bor\s+not\b/i.test(text);
}

/** "Lesser Kuril Ridge": Russia's name for Shikotan and the Habomai islets, as their notes say. */
const RIDGE_WORDS = new Set(['lesser', 'ridge'].map((w) => processTerm(w)));
const RIDGE = /Lesser Kuril Ridge/i;

/** Whether the island records count an island in the Lesser Kuril Ridge: the islands whose notes say so make it up. */
function ridgeVerdict(islands: readonly IslandRecord[], island: IslandRecord): string {
  const members = islands.filter((i) => RIDGE.test(i.note ?? ''));
  const list = members.map((i) => i.names.en).join(' and ');
  return members.includes(island)
    ? `Yes: Russia counts ${island.names.en} as part of the Lesser Kuril Ridge (${list}).`
    : `No: the Lesser Kuril Ridge, as Russia names it, is ${list}.`;
}

/** "Is Urup one of the islands Japan claims?", "is Shikotan part of the Lesser Kuril Ridge?": yes or no from the island records. */
export function islandMembership(ctx: AnswerContext): AnswerResult | undefined {
  const { plan, dossier } = ctx;
  if (!plan.cues.yesNo || plan.range || choice(plan.rest)) return undefined;
  const islands = plan.entities.filter((e) => e.kind === 'island');
  if (islands.length !== 1 && islands.length !== 2) return undefined;
  const claimant = plan.entities.some((e) => e.kind === 'actor' && e.id === 'japan') && !plan.entities.some((e) => e.kind === 'actor' && e.id !== 'japan');
  const filler = (t: string) => isFiller(t) || FRAME_WORDS.has(t) || (claimant && CLAIMANT_AIM.has(t));
  const ridge = plan.groups.some((g) => !g.entity && g.typed.some((t) => RIDGE_WORDS.has(t)));
  if (!plan.groups.every((g) => (g.entity ? g.entity.kind !== 'actor' || SIDES.has(g.entity.id) : g.typed.every((t) => filler(t) || (ridge && RIDGE_WORDS.has(t)))))) return undefined;
  // "Did Japan get Kunashir (back)?" asks of a deed, which no island record holds: only a question
  // that puts the island in the claim or among others ("one of", "claimed", "disputed") is membership.
  if (!ASKS_MEMBERSHIP.test(plan.rest) && !ONE_ISLAND.test(plan.rest)) return undefined;
  const island = dossier.islandsById.get(islands[0]!.id);
  if (!island) return undefined;
  if (islands.length === 2) return ridge ? undefined : groupMembership(ctx, island, dossier.islandsById.get(islands[1]!.id));
  // "Is Habomai one island?": whether the record is of one island or a group, not whether Japan claims it.
  if (ONE_ISLAND.test(plan.rest) && !MEMBERSHIP.test(plan.rest.replace(/\bin\b/gi, ' '))) {
    const base = islandAnswer(ctx, island);
    const group = isGroup(island);
    const verdict = group ? `No: ${island.names.en} is a group of islets on record, not one island.` : `Yes: ${island.names.en} is one island on record.`;
    return { ...base, reply: { ...base.reply, lead: `${verdict} ${base.reply.lead ?? ''}`.trim() } };
  }
  const base = islandAnswer(ctx, island);
  const verdict = ridge ? ridgeVerdict(dossier.islands, island) : island.disputed ? `Yes: ${island.names.en} is one of the four islands Japan claims.` : `No: ${island.names.en} is not one of the four islands Japan claims.`;
  return { ...base, reply: { ...base.reply, lead: `${verdict} ${base.reply.lead ?? ''}`.trim() } };
}

/** "Is Shikoton another spelling of Shikotan?", "is Iturup the same as Etorofu?", "… is that Shikotan?". */
const SAME_AS = /\b(?:same|another|other|different|alternative)\s+(?:\w+\s+)?(?:name|spelling|word|island|place)\b|\bsame\s+(?:as|thing)\b|\b(?:spell(?:s|ed|t|ing)?|also\s+called|known\s+as|refers?\s+to|is\s+(?:that|it|this))\b/i;

/**
 * Two names of islands asked to be one: one island record holds both names (an alias, a spelling:
 * "Shikoton" is on Shikotan's record), or they are two records, two islands. A name reached only by
 * a typo ("shikotn") is no name of the record and settles nothing.
 */
export function sameIsland(ctx: AnswerContext): AnswerResult | undefined {
  const { plan, dossier } = ctx;
  if (!plan.cues.yesNo || choice(plan.rest) || !SAME_AS.test(plan.rest)) return undefined;
  const named = plan.groups.filter((g) => g.entity?.kind === 'island');
  if (named.length !== 2) return undefined;
  const [a, b] = named.map((g) => ({ island: dossier.islandsById.get(g.entity!.id), typed: g.typed[0] }));
  if (!a?.island || !b?.island || !a.typed || !b.typed || a.typed === b.typed) return undefined;
  if (a.island.id !== b.island.id) {
    // Only "the same as" or "another name for" asks identity of two islands; "is that Habomai?" may ask something else.
    if (/\bis\s+(?:that|it|this)\b/i.test(plan.rest) && !/\bsame|another|other|spell|called|known\b/i.test(plan.rest)) return undefined;
    const own = islandAnswer(ctx, a.island);
    const verdict = `No: ${a.island.names.en} and ${b.island.names.en} are separate on record, not two names of one.`;
    return { ...own, reply: { ...own.reply, lead: `${verdict} ${own.reply.lead ?? ''}`.trim() } };
  }
  const island = a.island;
  const names = [island.names.en, ...Object.values(island.names).filter((n): n is string => typeof n === 'string'), ...island.aliases];
  const spelled = (typed: string) => names.find((n) => terms(n).length === 1 && terms(n)[0] === typed);
  const [one, other] = [spelled(a.typed), spelled(b.typed)];
  if (!one || !other) return undefined;
  const alias = one === island.names.en ? other : one;
  const base = islandAnswer(ctx, island);
  return { ...base, reply: { ...base.reply, lead: `Yes: ${alias} is another name for ${island.names.en} on record. ${base.reply.lead ?? ''}`.trim() } };
}

/** Words that put an island in the claim or in a group. */
const ASKS_MEMBERSHIP = /\b(?:one\s+of|part\s+of|among|belong\w*|member|within|inside|in|claim\w*|disput\w*|contested|territor\w*|lesser|ridge|wants?|wanted|demands?|seeks?)\b/i;

/** An island record that stands for several islets ("Habomai islets", "a group of small islets"). */
const GROUP_OF = /\b(?:islets|islands|group)\s*$/i;
const GROUP_NOTE = /^\s*an?\s+(?:\w+\s+){0,2}(?:group|cluster|chain)\b/i;
/** "Is Habomai one island / a single island?": one island against a group of them. */
const ONE_ISLAND = /\b(?:one|a\s+single|a\s+lone|just\s+one|only\s+one)\s+(?:island|isle)\b(?!\s+of\b)/i;

function isGroup(island: IslandRecord): boolean {
  return GROUP_OF.test(island.names.en) || GROUP_NOTE.test(island.note ?? '');
}

/** "One of", "part of", "among", "belong to", "in": the question asks whether one is inside the other. */
const MEMBERSHIP = /\b(?:one\s+of|part\s+of|among|belong(?:s|ed|ing)?\s+to|member\s+of|within|inside|in)\b/i;

/**
 * "Is Kunashiri one of the Habomai islets?", "is Etorofu part of Kunashiri?": each island on record
 * is its own record, and a group's record stands for its islets, so an island named on its own is
 * neither one of a group's islets nor part of another island. Questions of another shape ("is
 * Habomai near Shikotan?") are left to the other answerers.
 */
function groupMembership(ctx: AnswerContext, island: IslandRecord, other: IslandRecord | undefined): AnswerResult | undefined {
  if (!other || other.id === island.id || !MEMBERSHIP.test(ctx.plan.rest)) return undefined;
  const own = islandAnswer(ctx, island);
  const theirs = islandAnswer(ctx, other);
  const verdict = isGroup(other)
    ? `No: ${island.names.en} is an island of its own on record, not one of the ${other.names.en}.`
    : `No: ${island.names.en} and ${other.names.en} are separate on record; neither is part of the other.`;
  return { ...own, reply: { ...own.reply, lead: `${verdict} ${own.reply.lead ?? ''} ${theirs.reply.lead ?? ''}`.replace(/\s+/g, ' ').trim() } };
}

/**
 * "The largest island Japan claims", "what is the Lesser Kuril Ridge", "where are the Habomai
 * islets": the islands whose notes say so. The router prefers an event record that covers the whole
 * question: the notes also mention events ("the 1956 Joint Declaration promises …").
 */
export function islandNotes(ctx: AnswerContext): AnswerResult | undefined {
  const { plan, dossier } = ctx;
  const { cues } = plan;
  const asksChoice = cues.yesNo !== undefined && choice(plan.rest);
  if (plan.range || (plan.intent !== 'what' && plan.intent !== 'where') || cues.recency || cues.news || (cues.yesNo && !asksChoice) || cues.reactor) return undefined;
  if (plan.entities.some((e) => e.kind === 'actor' && !SIDES.has(e.id))) return undefined;
  // Only a question about the islands: it names one, the group, or says "island".
  const aboutIslands = plan.entities.some((e) => e.kind === 'island' || e.kind === 'group') || plan.groups.some((g) => g.typed.some((t) => ISLAND_WORDS.has(t)));
  if (!aboutIslands) return undefined;
  const named = plan.entities.filter((e) => e.kind === 'island');
  const asked = plan.groups.filter((g) => !g.entity && !g.typed.every((t) => isFiller(t) || NEAR.has(t) || FRAME_WORDS.has(t)));
  const joint = jointName(ctx, named, asked);
  if (joint) return joint;
  // Only the island is named ("where are the Habomai islets?"): its record answers.
  if (asked.length === 0) {
    const island = named.length === 1 ? dossier.islandsById.get(named[0]!.id) : undefined;
    return island && (plan.intent === 'where' || asksChoice) ? islandAnswer(ctx, island) : undefined;
  }
  const says = (island: IslandRecord) => {
    const own = new Set(terms(`${island.note ?? ''} ${island.names.en} ${island.aliases.join(' ')}`));
    // "The largest of the four": a note that ranks its island "second largest" does not say it is
    // the largest, unless the question asks for that rank.
    const rank = /\b(second|third|fourth)\s+(?:largest|biggest|smallest)\b/i.exec(island.note ?? '');
    if (rank && /\b(?:largest|biggest|smallest|greatest)\b/i.test(plan.rest) && !new RegExp(`\\b${rank[1]}\\b`, 'i').test(plan.rest)) return false;
    // "The biggest one, Japanese name please": every island answer gives its own names (chain-names.ts);
    // one name for several together is no island's own name (jointName).
    const ownName = (g: Plan['groups'][number]) => asksName(g.typed) && !asked.some((o) => o.typed.some((t) => GROUPING.has(t)));
    return asked.some((g) => !ownName(g)) && asked.every((g) => ownName(g) || g.terms.some((t) => own.has(t)));
  };
  const found = dossier.islands.filter((i) => (named.length === 0 || named.some((e) => e.id === i.id)) && says(i));
  if (found.length === 0) return undefined;
  if (found.length === 1) return islandAnswer(ctx, found[0]!);
  const parts = found.map((i) => islandAnswer(ctx, i));
  return respond(ctx, parts.map((p) => p.reply.lead).join(' '), parts.flatMap((p) => p.events), 'island');
}

/** The everyday ways to ask for a name, and for one name of several things at once. */
const NAMING = new Set(['call', 'calls', 'called', 'name', 'names', 'named', 'known', 'refer', 'refers', 'term', 'termed', 'label', 'dub', 'dubbed'].map((w) => processTerm(w)));
const GROUPING = new Set(
  ['together', 'collectively', 'jointly', 'combined', 'altogether', 'both', 'plus', 'whole', 'group', 'grouped', 'grouping', 'cluster', 'set', 'pair', 'collective', 'single', 'common', 'shared']
    .map((w) => processTerm(w)),
);

/**
 * "What does Russia call Shikotan and the Habomai islets together?": one name for several islands is
 * given by the note of one of them that names the others (and the side that uses the name, when the
 * question names one). A note that names only its own island says nothing of a shared name.
 */
function jointName(ctx: AnswerContext, named: Plan['entities'], asked: Plan['groups']): AnswerResult | undefined {
  const { plan, dossier } = ctx;
  if (named.length < 2 || !asked.some((g) => g.typed.some((t) => NAMING.has(t)))) return undefined;
  if (!asked.every((g) => g.typed.every((t) => NAMING.has(t) || GROUPING.has(t) || ISLAND_FILLER.has(t) || FRAME_WORDS.has(t)))) return undefined;
  const sides = plan.entities.filter((e) => e.kind === 'actor');
  const island = named
    .map((e) => dossier.islandsById.get(e.id))
    .find((i) => {
      if (!i?.note) return false;
      const inNote = entitiesInText(ctx.index.aliases, i.note);
      return named.every((e) => e.id === i.id || inNote.has(e.token)) && sides.every((e) => inNote.has(e.token));
    });
  return island ? islandAnswer(ctx, island) : undefined;
}
