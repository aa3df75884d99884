/** Edit distance (insertions, deletions, substitutions), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known names closest to what was typed, best first: a prefix match, a substring match, or within
 * an edit distance of about a third of the name. Empty when nothing is close enough to be helpful.
 */
export function nearest(typed: string, known: readonly string[], limit = 3): string[] {
  const needle = typed.toLowerCase();
  if (!needle) return [];
  return known
    .map((name) => {
      const candidate = name.toLowerCase();
      let score = editDistance(needle, candidate);
      if (candidate.startsWith(needle) || needle.startsWith(candidate)) score = Math.min(score, 1);
      else if (needle.length >= 4 && candidate.includes(needle)) score = Math.min(score, 2);
      return { name, score };
    })
    .filter(({ name, score }) => score <= Math.max(2, Math.ceil(name.length / 3)))
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(({ name }) => name);
}
