/**
 * Interleaves items by group, round-robin, keeping each group's own order: one guild's 500 channels
 * due at 09:00 take turns with everyone else's instead of going first (or last) as a block.
 * [a1 a2 a3 b1 c1 c2] → [a1 b1 c1 a2 c2 a3]
 */
export function roundRobin<T>(items: readonly T[], group: (item: T) => string): T[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = group(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  const lists = [...groups.values()];
  const ordered: T[] = [];
  for (let round = 0; ordered.length < items.length; round++) {
    for (const list of lists) if (round < list.length) ordered.push(list[round]!);
  }
  return ordered;
}
