import { asksName } from './chain-names.js';
import { definitionalSubject } from '../intent.js';
import type { AnswerContext, AnswerResult } from '../respond.js';
import type { TermGroup } from '../plan.js';
import { processTerm, terms } from '../text.js';
import { KIND_NOUNS, KIND_OF_SUBJECT } from '../name-forms.js';
import { actorAnswer } from './actor.js';
import { groupAnswer } from './group.js';
import { islandAnswer } from './island.js';

/** Words that may stand around a name in "what is X called in Russian?" without changing the question. */
const DEFINITION_FILLER = new Set(
  ['call', 'called', 'name', 'named', 'known', 'mean', 'meant', 'meaning', 'refer', 'spell', 'spelled', 'spelt', 'write', 'written', 'language', 'people', 'english', 'exactly', 'actually', 'again', 'else', 'also', 'role', 'job', 'person', 'sometimes', 'often', 'usually', 'differently', 'use', 'used', 'uses', 'give', 'gives', 'что', 'такое', 'такой', 'такая', 'кто']
    // "What does Russia call the four islands together / as a group?": one name for all of them.
    // "What role does Peskov play in the dispute?": who he is, in the words of the role question.
    .concat(['play', 'played', 'part', 'dispute', 'conflict', 'row'])
    .concat(['together', 'collectively', 'jointly', 'combined', 'altogether', 'group', 'whole', 'disputed', 'contested'])
    .map((w) => processTerm(w))
    .filter((w): w is string => Boolean(w)),
);

const ISLAND = processTerm('island');

/** "What is Kunashiri called …", and the bare "Habomai in Japanese". */
const NAMING = /\b(?:call|calls|called|name|names|named|spell|spelled|spelt|write|written|refers?\s+to|known\s+as|in (?:japanese|russian|english))\b/i;

/** "Who is X?", "what is Y?": the record of the actor, island or island group the question names, and nothing else. */
export function definitional(ctx: AnswerContext): AnswerResult | undefined {
  const { plan, dossier } = ctx;
  // "How do the Japanese call Iturup?": a question about an island's names, in any form.
  const naming = NAMING.test(plan.rest) && plan.entities.some((e) => e.kind === 'island' || e.kind === 'group');
  // "What did Putin do most recently?" asks for his newest record, not who he is.
  if (plan.range || plan.cues.recency || (definitionalSubject(plan.rest) === undefined && !naming)) return undefined;
  // "The island of Iturup": a bare "island" beside an island's name is the word for it, not the group of them.
  const oneIsland = plan.groups.some((g) => g.entity?.kind === 'island');
  const named = plan.groups.filter((g) => g.entity && !(oneIsland && g.entity.kind === 'group' && g.typed.every((t) => t === ISLAND)));
  const others = plan.groups.filter((g) => !g.entity);
  const described = describedActor(ctx, named, others);
  if (described) return described;
  // "What kind of body is the Kremlin?": the noun for the kind asked is filler too (name-forms.ts).
  const kindOf = KIND_OF_SUBJECT.test(plan.rest);
  // "What's the Japanese word for Iturup, please": the words that ask for a name (chain-names.ts).
  if (named.length === 0 || !others.every((g) => asksName(g.typed) || g.typed.every((t) => DEFINITION_FILLER.has(t) || (kindOf && KIND_NOUNS.has(t))))) return undefined;
  const subject = named.find((g) => g.entity!.kind !== 'actor') ?? named[0]!;
  const entity = subject.entity!;
  // "Why is Shikotan sometimes spelled Shikoton?": two spellings of one name are one subject.
  const rest = named.filter((g) => g !== subject && g.entity!.token !== entity.token);
  // "What is Kunashiri called in Russian?": the language names may stand beside an island.
  if (!rest.every((g) => entity.kind !== 'actor' && g.entity!.kind === 'actor' && ['japan', 'russia'].includes(g.entity!.id))) return undefined;

  if (entity.kind === 'actor') {
    const actor = dossier.actorsById.get(entity.id);
    return actor ? actorAnswer(ctx, actor, subject) : undefined;
  }
  if (entity.kind === 'island') {
    const island = dossier.islandsById.get(entity.id);
    return island ? islandAnswer(ctx, island) : undefined;
  }
  return groupAnswer(ctx);
}

/**
 * "Who is Japan's prime minister Takaichi?", "who is the Kremlin spokesman Peskov?": a person named
 * with a description of them. The description is no second subject when its words are in their role
 * and the bodies it names are the ones they belong to.
 */
/** Nouns that say only that someone is a public person ("the Japanese politician Muneo Suzuki"), whatever their office. */
const PERSON_NOUNS = new Set(
  ['politician', 'lawmaker', 'legislator', 'official', 'diplomat', 'statesman', 'figure', 'man', 'woman', 'guy', 'analyst', 'expert', 'commentator']
    .map((w) => processTerm(w))
    .filter((w): w is string => Boolean(w)),
);

function describedActor(ctx: AnswerContext, named: readonly TermGroup[], others: readonly TermGroup[]): AnswerResult | undefined {
  if (named.length < 2) return undefined;
  const people = named.filter((g) => g.entity!.kind === 'actor' && ctx.dossier.actorsById.get(g.entity!.id)?.kind === 'person');
  // "The Kremlin spokesman Peskov": "spokesman" may name someone too; the subject is the one the rest describes.
  for (const subject of people) {
    const actor = ctx.dossier.actorsById.get(subject.entity!.id)!;
    const role = new Set(terms(actor.role));
    const theirs = new Set([actor.country, actor.partOf].filter((id): id is string => Boolean(id)));
    const describes = (g: TermGroup) =>
      g === subject ||
      g.typed.every((t) => role.has(t) || PERSON_NOUNS.has(t)) ||
      (g.entity ? g.entity.kind === 'actor' && theirs.has(g.entity.id) : g.typed.every((t) => DEFINITION_FILLER.has(t)));
    if ([...named, ...others].every(describes)) return actorAnswer(ctx, actor, subject);
  }
  return undefined;
}
