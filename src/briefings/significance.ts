import { compareIso } from '../dossier/dates.js';
import type { KurilEvent } from '../dossier/dossier.js';

/**
 * How "significant" a development is on a given day: the size of its Goldstein score (conflict and
 * cooperation both matter) weighed by recency, halving every six months. A -7 drill three months ago
 * outranks a +4 statement the same week, and both outrank a -9.5 occupation in 1945. Scores
 * below 1 count as 1, so a statement of plain words (Goldstein 0) still ranks by how recent it is.
 */
export const HALF_LIFE_DAYS = 180;
const DAY_MS = 86_400_000;

export function ageInDays(event: KurilEvent, asOfDay: string): number {
  return Math.max(0, (Date.parse(`${asOfDay}T00:00:00Z`) - Date.parse(`${event.date.end > asOfDay ? asOfDay : event.date.end}T00:00:00Z`)) / DAY_MS);
}

export function significance(event: KurilEvent, asOfDay: string): number {
  return Math.max(Math.abs(event.coding.goldstein), 1) * 0.5 ** (ageInDays(event, asOfDay) / HALF_LIFE_DAYS);
}

export const RANKING_NOTE = `Ranked by |Goldstein score| × recency (weight halves every ${HALF_LIFE_DAYS} days); shown newest first.`;

/** The most significant events, newest first for reading. */
export function topDevelopments(events: readonly KurilEvent[], asOfDay: string, count: number): KurilEvent[] {
  return events
    .map((event) => ({ event, score: significance(event, asOfDay) }))
    .sort((a, b) => b.score - a.score || compareIso(b.event.date.start, a.event.date.start))
    .slice(0, count)
    .map(({ event }) => event)
    .sort((a, b) => compareIso(b.date.start, a.date.start) || compareIso(b.id, a.id));
}
