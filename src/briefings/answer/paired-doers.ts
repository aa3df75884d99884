import type { KurilEvent } from '../../dossier/dossier.js';
import { entitiesInText } from './aliases.js';
import type { Plan } from './plan.js';
import type { AnswerIndex } from './search-index.js';
import { terms } from './text.js';

/**
 * "Did Abe and Putin sign a declaration in Singapore?" got "Yes" from "Abe and Putin agree in
 * Singapore to speed up talks on the basis of the 1956 declaration": two names and a place weigh so
 * much that the clause passed without the deed. With one doer the deed after it must be in the
 * deciding clause (doer.ts); with two joined by "and" no single doer was read, and nothing was
 * checked. The verb after "A and B" is their deed, and the clause must hold it the same way.
 */

/** Words a name may take: "Shinzo Abe", "the Soviet Union". */
const NAME_WORDS = 3;

/** The index of the question's concept group that is the deed of "did A and B <verb> …", or -1. */
function pairedDeed(index: AnswerIndex, plan: Plan): number {
  const words = plan.rest.trim().split(/\s+/);
  if (!/^(?:did|do|does|have|has|had)$/i.test(words[0] ?? '')) return -1;
  const and = words.findIndex((w, i) => i > 1 && i <= NAME_WORDS + 1 && /^and$/i.test(w));
  if (and < 0 || entitiesInText(index.aliases, words.slice(1, and).join(' ')).size === 0) return -1;
  for (let end = and + 2; end <= Math.min(words.length - 1, and + 1 + NAME_WORDS); end++) {
    if (entitiesInText(index.aliases, words.slice(and + 1, end).join(' ')).size === 0) continue;
    const verb = words[end]!;
    if (entitiesInText(index.aliases, verb).size > 0) continue;
    const own = terms(verb);
    return plan.groups.findIndex((g) => !g.entity && g.typed.some((t) => own.includes(t)));
  }
  return -1;
}

/** Signing words: a treaty's record is the record of its signing, whether or not a clause says "signed". */
const SIGNING = /^(?:sign|conclud|adopt|ratifi|ink)/;

/** Whether "did A and B <verb> …" has a deed the deciding clause (`matched` groups) leaves out. */
export function pairedDeedMissing(index: AnswerIndex, plan: Plan, matched: ReadonlySet<string>, event: KurilEvent | undefined): boolean {
  const deed = pairedDeed(index, plan);
  if (deed < 0 || matched.has(String(deed))) return false;
  return !(event?.kind === 'treaty' && plan.groups[deed]!.typed.some((t) => SIGNING.test(t)));
}
