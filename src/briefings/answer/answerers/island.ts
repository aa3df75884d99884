import type { KurilEvent } from '../../../dossier/dossier.js';
import type { IslandRecord } from '../../../dossier/schema.js';
import { endSentence } from '../compose.js';
import { MAX_CITED, respond, type AnswerContext, type AnswerResult } from '../respond.js';

/** "What is Kunashiri?": the island's names in three languages, what it is, and the events about it. */
export function islandAnswer(ctx: AnswerContext, island: IslandRecord): AnswerResult {
  const names = `${island.names.en} (Japanese ${island.names.ja}, Russian ${island.names.ru}${island.aliases.length ? `; also ${island.aliases.filter((a) => /^[\p{Script=Latin}\s-]+$/u.test(a)).slice(0, 3).join(', ')}` : ''})`;
  const fact = island.note ? endSentence(island.note) : island.disputed ? 'One of the four islands Japan claims.' : 'Not one of the four islands Japan claims.';
  // Events about this island in particular first (named or tagged alone), then those tagged with it among others.
  const token = `e_island_${island.id.replace(/-/g, '_')}`;
  // Event documents come first in the index, in the dossier's order, so an event's position is its document id.
  const byIndex = (test: (i: number) => boolean) => {
    const out: KurilEvent[] = [];
    for (let i = ctx.dossier.events.length - 1; i >= 0 && out.length < MAX_CITED; i--) if (test(i)) out.push(ctx.dossier.events[i]!);
    return out;
  };
  const named = (i: number) => ctx.index.entities[i]!.has(token);
  const events = [...byIndex((i) => named(i) && ctx.dossier.events[i]!.islands.length <= 2), ...byIndex(named)];
  return respond(ctx, `${names}: ${fact}`, events, 'island');
}
