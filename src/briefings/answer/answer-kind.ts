import type { Dossier } from '../../dossier/dossier.js';
import { whoTypeNoun } from './intent.js';
import type { Plan } from './plan.js';
import type { IndexedDoc } from './search-index.js';

/**
 * "Which expert said …", "which outlet interviewed …": the noun after "which" says what kind of
 * actor the answer is. A record answers only when one of its actors the question does not name is of
 * that kind (a person, a news outlet, a state, a body): the Soviet Union is no expert, however well
 * its record covers the rest.
 */
const KINDS: readonly (readonly [RegExp, ReadonlySet<string>])[] = [
  [/^(?:person|people|officials?|minister|leaders?|ambassador|politicians?|lawmakers?|president|premier|analysts?|experts?|commentator|spokesman|spokesperson|general|prime minister|pm|emperor|diplomats?|envoys?|negotiators?|signator(?:y|ies))$/, new Set(['person'])],
  [/^(?:outlets?|newspaper|magazine|channel|news agency)$/, new Set(['media'])],
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
  const named = new Set(plan.entities.map((e) => e.id));
  const ids = [...doc.event.actors, ...doc.event.quotes.map((q) => q.by)];
  return ids.some((id) => !named.has(id) && kinds.has(dossier.actorsById.get(id)?.kind ?? ''));
}
