import type { KurilEvent } from '../../dossier/dossier.js';
import { formatDay } from '../../dossier/dates.js';

/**
 * The records a statement names by their day are among those it cites. The status line says "Russia
 * has kept the talks suspended since 21 March 2022; on 20 February 2026 …": the suspension is part of
 * what is stated, yet only the newest three basis records were cited, so the record behind "since 21
 * March 2022" was left out for a rally record the text does not mention. The named ones are chosen
 * first, the rest fill up the count; the caller's order (newest first, or the search's rank) is kept.
 */
export function namedFirst(text: string, basis: readonly KurilEvent[], count: number): KurilEvent[] {
  const named = basis.filter((e) => e.date.precision === 'day' && text.includes(formatDay(e.date.start)));
  const chosen = new Set([...named, ...basis.filter((e) => !named.includes(e))].slice(0, count));
  return basis.filter((e) => chosen.has(e));
}
