import type { Dossier } from '../../dossier/dossier.js';
import { entitiesInText, type AliasTable } from './aliases.js';
import type { Plan } from './plan.js';
import { belongsTo } from './sides.js';
import { wordTerms } from './text.js';

/**
 * "Did Kishida call Japan's decision extremely unjust?": the record says he called "Moscow's
 * decision" unjust. A thing the question gives an owner ("Japan's decision") is not the thing a
 * clause gives another owner ("Moscow's decision"): the words match, whose it was does not. Owners
 * are compared as sides, so "Moscow's" stands for Russia and a minister's for his state.
 */

const POSSESSIVE = /\b([\p{L}-]+)['’]s\s+([\p{L}-]+)/gu;

function actors(aliases: AliasTable, word: string): string[] {
  return [...entitiesInText(aliases, word)].flatMap((t) => {
    const e = aliases.entities.get(t);
    return e && e.kind === 'actor' ? [e.id] : [];
  });
}

/** Whether the clause gives a thing the question gives one owner to another owner. */
export function otherOwner(dossier: Dossier, aliases: AliasTable, plan: Plan, clause: string): boolean {
  // A side is an actor's country, or the actor itself for a state.
  const side = (id: string) => dossier.actorsById.get(id)?.country ?? id;
  const same = (a: string, b: string) => a === b || belongsTo(dossier, a, b) || belongsTo(dossier, b, a) || side(a) === side(b);
  for (const asked of plan.rest.matchAll(POSSESSIVE)) {
    const owners = actors(aliases, asked[1]!);
    const group = plan.groups.find((g) => !g.entity && g.typed.some((t) => wordTerms(asked[2]!).includes(t)));
    if (owners.length === 0 || !group) continue;
    for (const said of clause.matchAll(POSSESSIVE)) {
      if (!wordTerms(said[2]!).some((t) => group.terms.includes(t))) continue;
      const others = actors(aliases, said[1]!);
      if (others.length > 0 && !others.some((o) => owners.some((a) => same(a, o)))) return true;
    }
  }
  return false;
}
