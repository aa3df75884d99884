import type { Dossier, KurilEvent } from '../../dossier/dossier.js';
import type { IslandRecord } from '../../dossier/schema.js';
import type { DateRange } from './question-dates.js';
import { MAX_CITED, type AnswerContext } from './respond.js';
import { dayNumber } from './search-index.js';

/**
 * The events an answer about a name rather than a record cites (an actor, an office holder, the
 * disputed islands as a group): the latest that concern it.
 */

/** The latest events that satisfy a test: a scan from the newest end (events are oldest first), stopping early. */
function latestWhere(dossier: Dossier, test: (event: KurilEvent) => boolean, count: number): KurilEvent[] {
  const out: KurilEvent[] = [];
  for (let i = dossier.events.length - 1; i >= 0 && out.length < count; i--) {
    const event = dossier.events[i]!;
    if (test(event)) out.push(event);
  }
  return out;
}

/** The latest events an actor took part in or was quoted in, optionally within a period. */
export function latestOf(ctx: AnswerContext, actorId: string, count: number, range?: DateRange): KurilEvent[] {
  const ids = ctx.index.byActor.get(actorId) ?? [];
  const from = range ? dayNumber(range.start) : 0;
  const to = range ? dayNumber(range.end) : 99_999_999;
  const out: KurilEvent[] = [];
  for (let k = ids.length - 1; k >= 0 && out.length < count; k--) {
    const i = ids[k]!;
    if (ctx.index.ends[i]! >= from && ctx.index.starts[i]! <= to) out.push(ctx.dossier.events[i]!);
  }
  return out;
}

export function disputedIslands(dossier: Dossier): IslandRecord[] {
  return dossier.islands.filter((i) => i.disputed);
}

/** The latest events about all the disputed islands, preferring those whose summary says "four". */
export function groupEvents(dossier: Dossier): KurilEvent[] {
  const four = disputedIslands(dossier).map((i) => i.id);
  const all = (e: KurilEvent) => four.length > 0 && four.every((id) => e.islands.includes(id));
  const saysFour = latestWhere(dossier, (e) => all(e) && /\bfour\b/i.test(e.summary), MAX_CITED);
  return saysFour.length ? saysFour : latestWhere(dossier, all, MAX_CITED);
}
