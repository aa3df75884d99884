import type { KurilEvent } from '../../dossier/dossier.js';
import { formatDay } from '../../dossier/dates.js';
import { latestEvents } from './compose.js';

/**
 * The records a statement names by their day come first among its basis. The status line says "Russia
 * has kept the talks suspended since 21 March 2022; on 20 February 2026 …": the suspension is part of
 * what is stated, yet only the newest three basis records were cited, so the record behind "since 21
 * March 2022" was left out for a rally record the text does not mention. The rest follow newest first.
 */
export function namedFirst(text: string, basis: readonly KurilEvent[], count: number): KurilEvent[] {
  const named = basis.filter((e) => e.date.precision === 'day' && text.includes(formatDay(e.date.start)));
  const rest = basis.filter((e) => !named.includes(e));
  return [...latestEvents(named, count), ...latestEvents(rest, count)].slice(0, count);
}
