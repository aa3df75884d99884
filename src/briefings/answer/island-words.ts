import type { Entity } from './aliases.js';

/**
 * "Shumshu Island", "Matua island": the alias an island is found by may end in a common noun. That
 * noun names no island: it is in every record about any island ("Soviet forces took the four
 * islands"), so as a term of the island's concept it would let a record that never names Shumshu
 * cover it. Only the name and the entity token stand for one island.
 */

/** Common nouns of place that an island's alias may carry ("X Island", "X islet"). */
const PLACE_NOUN = /^(?:island|isl|islet|isle|ridg|group|chain|archipelago|shima|to)$/;

/** The typed words of a detected name that stand for it: for one island, not "island". */
export function nameWords(entity: Entity, typed: readonly string[]): readonly string[] {
  if (entity.kind !== 'island') return typed;
  const own = typed.filter((t) => !PLACE_NOUN.test(t));
  return own.length ? own : typed;
}
