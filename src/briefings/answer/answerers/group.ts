import { disputedIslands, groupEvents } from '../cited-events.js';
import { islandNameWithLatin, joinNames, numberWord } from '../compose.js';
import { respond, type AnswerContext, type AnswerResult } from '../respond.js';

/** "What are the Northern Territories?": the group's names and the islands in it. */
export function groupAnswer(ctx: AnswerContext): AnswerResult {
  const { dossier } = ctx;
  const islands = disputedIslands(dossier);
  const lead =
    `${dossier.group.names.en} (Japanese ${dossier.group.names.ja}, Russian ${dossier.group.names.ru}): ` +
    `the ${numberWord(islands.length)} islands Japan claims and Russia holds, ${joinNames(islands.map(islandNameWithLatin))}.`;
  return respond(ctx, lead, groupEvents(dossier), 'group');
}
