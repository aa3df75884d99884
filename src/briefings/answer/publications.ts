import type { Dossier } from '../../dossier/dossier.js';

/**
 * "Did Japan's foreign ministry call the islands illegally occupied in its 2022 Bluebook?": the
 * record says "Japan's 2022 Diplomatic Bluebook described the four islands as …", and the actor
 * list says who publishes it ("Japan's foreign ministry; publishes the yearly Diplomatic Bluebook").
 * What a publication says, its publisher says: a clause that names the publication names its
 * publisher too. Read from the actors' roles, so any publication a role names counts.
 */

/** "Publishes the yearly Diplomatic Bluebook": the capitalised name after "publishes". */
const PUBLISHES = /\bpublish(?:es|ed)?\s+(?:(?:the|its|a|an)\s+)?(?:(?:yearly|annual|monthly|weekly|daily|official)\s+)?((?:\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*)*)/u;

const memo = new WeakMap<Dossier, readonly { name: string; publication: string }[]>();

function publishers(dossier: Dossier): readonly { name: string; publication: string }[] {
  let found = memo.get(dossier);
  if (!found) {
    found = dossier.actors.flatMap((a) => {
      const m = PUBLISHES.exec(a.role);
      return m ? [{ name: a.name, publication: m[1]!.toLowerCase() }] : [];
    });
    memo.set(dossier, found);
  }
  return found;
}

/** The clause, with the name of the publisher of each publication it names. */
export function withPublishers(dossier: Dossier, clause: string): string {
  const lower = clause.toLowerCase();
  const names = publishers(dossier).filter((p) => lower.includes(p.publication) && !lower.includes(p.name.toLowerCase()));
  return names.length === 0 ? clause : `${clause} ${names.map((p) => p.name).join(' ')}`;
}
