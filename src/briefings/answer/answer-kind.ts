import type { Dossier } from '../../dossier/dossier.js';
import { whoTypeNoun } from './intent.js';
import { belongsTo } from './sides.js';
import type { Plan } from './plan.js';
import type { IndexedDoc } from './search-index.js';
import { asksPassiveRecipient, handedToIn } from './handed-to.js';

/**
 * "Which expert said …", "which outlet interviewed …": the noun after "which" says what kind of
 * actor the answer is. A record answers only when one of its actors the question does not name is of
 * that kind (a person, a news outlet, a state, a body): the Soviet Union is no expert, however well
 * its record covers the rest.
 */
const KINDS: readonly (readonly [RegExp, ReadonlySet<string>])[] = [
  [/^(?:person|people|officials?|minister|leaders?|ambassador|politicians?|lawmakers?|president|premier|analysts?|experts?|commentator|spokesman|spokesperson|general|prime minister|pm|emperor|diplomats?|envoys?|negotiators?|signator(?:y|ies))$/, new Set(['person'])],
  [/^(?:outlets?|newspaper|magazine|channel|news\s+(?:agency|agencies|outlets?|channel)|press\s+agency)$/, new Set(['media'])],
  [/^(?:country|countries|state|states)$/, new Set(['state'])],
  [/^(?:body|ministry|agency|party)$/, new Set(['institution', 'government', 'military', 'alliance'])],
];

/** The kinds of actor a who-question's "which X" asks for, if it names one. */
export function askedKinds(plan: Plan): ReadonlySet<string> | undefined {
  const noun = plan.intent === 'who' ? whoTypeNoun(plan.question) : undefined;
  return noun ? KINDS.find(([pattern]) => pattern.test(noun))?.[1] : undefined;
}

export function fitsTheKind(dossier: Dossier, plan: Plan, doc: IndexedDoc): boolean {
  const kinds = askedKinds(plan);
  if (!kinds) return true;
  if (doc.kind !== 'event') return false;
  // "Which Japanese diplomat was handed the declaration?": the one the record says it was handed to,
  // actor or not ("Japan's ambassador, Naotake Sato"), of the office and side asked (handed-to.ts).
  if (kinds.has('person') && asksPassiveRecipient(plan.question)) return recipientFits(dossier, plan, handedToIn([doc.event.title, doc.event.summary]));
  const named = new Set(plan.entities.map((e) => e.id));
  const ids = [...doc.event.actors, ...doc.event.quotes.map((q) => q.by)];
  const office = officeAsked(plan);
  // "Which Japanese envoy …": a person of that side (round 16); Galuzin is Russia's ambassador.
  const side = sideOfKind(dossier, plan);
  return ids.some((id) => {
    const actor = dossier.actorsById.get(id);
    return !named.has(id) && kinds.has(actor?.kind ?? '') && (!side || belongsTo(dossier, id, side)) && (!office || office.test(`${actor?.role ?? ''} ${doc.event.quotes.filter((q) => q.by === id).map((q) => q.role).join(' ')}`));
  });
}

/**
 * "Which envoy signed the order?", "which PM …": an office, not only a person; the answer's role
 * must hold it (Mishustin is a prime minister, no envoy). "Official", "leader", "politician" name
 * no one office and are left to the kind alone.
 */
const OFFICES: readonly (readonly [RegExp, RegExp])[] = [
  [/^(?:pm|prime minister|premier)$/, /\b(?:prime\s+minister|premier)\b/i],
  [/^(?:envoys?|diplomats?)$/, /\b(?:envoy|diplomat|ambassador|foreign\s+minister)\b/i],
  [/^ambassador$/, /\bambassador\b/i],
  [/^emperor$/, /\bemperor\b/i],
  [/^president$/, /\bpresident\b/i],
];

function officeAsked(plan: Plan): RegExp | undefined {
  const noun = whoTypeNoun(plan.question);
  return noun ? OFFICES.find(([asked]) => asked.test(noun))?.[1] : undefined;
}

/** "Which Japanese diplomat": the people's adjective before the kind asked, if it names a state on record. */
const SIDE_BEFORE = /\b(?:which|what)\s+([\p{L}-]+)\s+[\p{L}-]+\s+(?:was|were|got|had|has|have)\b/iu;

/** Whether the one a record says a thing was handed to is a person of the office and side asked. */
function recipientFits(dossier: Dossier, plan: Plan, phrase: string | undefined): boolean {
  if (!phrase) return false;
  const office = officeAsked(plan);
  if (office && !office.test(phrase)) return false;
  // A person is named: a capitalised word that is no state's own ("Naotake Sato", not only "Japan's").
  if (!/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(phrase.replace(/^\p{Lu}\p{Ll}+['’]s\s+/u, ''))) return false;
  const adjective = SIDE_BEFORE.exec(plan.question)?.[1]?.toLowerCase();
  const state = adjective ? dossier.actors.find((a) => a.kind === 'state' && adjective.startsWith(a.name.toLowerCase().slice(0, 4))) : undefined;
  return !state || phrase.toLowerCase().includes(state.name.toLowerCase().slice(0, 4));
}

/** "Which Japanese envoy", "what Russian official": the state a people's adjective right before the kind names, if any. */
function sideOfKind(dossier: Dossier, plan: Plan): string | undefined {
  const noun = whoTypeNoun(plan.question);
  if (!noun || !kindIsPerson(noun)) return undefined;
  const adjective = new RegExp(`\\b(?:which|what)\\s+([\\p{L}-]+)\\s+${noun}\\b`, 'iu').exec(plan.question)?.[1]?.toLowerCase();
  if (!adjective || !/(?:ese|ian|an|ish|et)$/.test(adjective)) return undefined;
  return dossier.actors.find((a) => a.kind === 'state' && adjective.startsWith(a.name.toLowerCase().slice(0, 4)))?.id;
}

const kindIsPerson = (noun: string) => KINDS[0]![0].test(noun);
