import { findActor, findIsland, type TimelineQuery } from '../briefings/index.js';
import { errorReply, type Reply } from '../briefings/reply.js';
import type { Dossier } from '../dossier/dossier.js';
import type { PartialDate } from '../dossier/dates.js';
import { option } from './options.js';
import { quoteUserText } from './sanitize.js';

/**
 * The options that select events (dates, actor, island), shared by the commands that list or export
 * them, with one check and one lookup so each gives the same answers to the same mistakes.
 */
export const eventFilterOptions = {
  from: option.date('Earliest date: YYYY, YYYY-MM or YYYY-MM-DD'),
  to: option.date('Latest date: YYYY, YYYY-MM or YYYY-MM-DD'),
  actor: option.actor('A person, state or body, e.g. russia, kishida'),
  island: option.island('Etorofu/Iturup, Kunashiri/Kunashir, Shikotan or Habomai'),
};

export interface EventFilterInput {
  readonly from?: PartialDate;
  readonly to?: PartialDate;
  readonly actor?: string;
  readonly island?: string;
}

/** A reversed range, said so (for a command's `check`). */
export function checkDateRange({ from, to }: EventFilterInput): string | undefined {
  return from && to && from.start > to.end ? `from: (${from.text}) is after to: (${to.text}); swap them.` : undefined;
}

/** The query the filters make, or an error reply naming the actor or island that is not on record. */
export function eventQuery(input: EventFilterInput, dossier: Dossier): TimelineQuery | Reply {
  const actor = input.actor === undefined ? undefined : findActor(dossier, input.actor);
  if (input.actor !== undefined && !actor) {
    return errorReply('Unknown actor', `No actor called "${quoteUserText(input.actor, 40)}" is on record.`, '/kuril actors lists everyone on record.');
  }
  const island = input.island === undefined ? undefined : findIsland(dossier, input.island);
  if (input.island !== undefined && !island) {
    const names = dossier.islands.filter((i) => i.disputed).map((i) => `${i.names.en}/${i.names.ru}`);
    return errorReply('Unknown island', `No island called "${quoteUserText(input.island, 40)}" is on record.`, `The four disputed islands: ${names.join(', ')}.`);
  }
  return { from: input.from, to: input.to, actor, island };
}

export function isReply(value: TimelineQuery | Reply): value is Reply {
  return 'kind' in value;
}
