import type { TermGroup } from './plan.js';
import type { Hit } from './search.js';

/**
 * "How did Tokyo respond to the end of the fishing agreement?": of the records the question could
 * be about, the one that holds its rarest word ("fishing") is the event asked about. The 2022 end of
 * the exchange agreements also holds "end" and "agreement", and Japan did react to that one; its
 * reaction is no answer about the fishing agreement, of which no Japanese reaction is on record.
 * The candidates that lack the best one's rarest word (not a name, not a year) are left out.
 */
export function holdingTheRarest<T extends { hit: Hit }>(candidates: readonly T[], groups: readonly TermGroup[]): T[] {
  const plain = (i: number) => !groups[i]!.entity && groups[i]!.distinctive && !/^\d{4}$/.test(groups[i]!.typed[0] ?? '');
  // The rarest word of the best-ranked candidate: a lower one that lacks it is another event; a word
  // only a lower one holds ("former" in "former residents", asked of "the former president") does
  // not unseat the best.
  let rarest = -1;
  for (const i of candidates[0]?.hit.covered ?? []) if (plain(i) && (rarest < 0 || groups[i]!.idf > groups[rarest]!.idf)) rarest = i;
  return rarest < 0 ? [...candidates] : candidates.filter((c) => c.hit.covered.has(rarest));
}
