import type { SearchResult } from 'minisearch';
import type { KurilEvent } from '../../../dossier/dossier.js';
import type { IslandRecord } from '../../../dossier/schema.js';
import { capitalize, choosePieces, dateLead, endSentence, eventPieces, islandName, joinNames, renderPiece, renderPieces, scorePiece, verificationLabel } from '../compose.js';
import type { AnswerContext } from '../respond.js';
import { numberLead } from './event-how-many.js';
import { whoLead } from './event-who.js';
import { whyAnswer } from './event-why.js';
import { ASKS_FROM_DAY, FROM_DAY } from '../from-day.js';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** An end the record's text gives: "until 15 June", "through March 2023". */
const UNTIL_DAY = new RegExp(`\\b(?:until|till|through|to)\\s+(?:\\d{1,2}\\s+(?:${MONTHS})|(?:${MONTHS})\\s+\\d{1,2}|(?:${MONTHS})\\s+\\d{4})\\b`);

/**
 * The answer from the event that matched the question best, led by what the question asks for:
 * the date (when), the person or body (who), the number (how many), the reason (why), the islands
 * (where) or the fact (what).
 */
export function eventAnswer(ctx: AnswerContext, event: KurilEvent, result: SearchResult): string {
  const { plan, index } = ctx;
  const pieces = eventPieces(index, plan, event, new Set(result.terms), ctx.dossier);
  const chosen = choosePieces(pieces);
  const body = renderPieces(chosen);

  switch (plan.intent) {
    case 'when': {
      // The date, then the event's title as the fact, then a record sentence if it adds to the title.
      const label = verificationLabel(ctx.dossier, event);
      const title = scorePiece(index, plan, new Set(result.terms), event.title);
      // "Until when did the drills run?" of a one-day record: its sentence that gives the end ("until 15 June").
      const until = plan.cues.phase === 'end' && event.date.precision !== 'range' ? pieces.find((p) => p.from === 'summary' && UNTIL_DAY.test(p.text)) : undefined;
      // "From what day was X at war?": the record's own "from the next day, 9 August" (from-day.ts).
      const from = !until && ASKS_FROM_DAY.test(plan.question) ? pieces.find((p) => p.from === 'summary' && FROM_DAY.test(p.text)) : undefined;
      const extra = until ?? from ?? chosen.find((p) => p.from !== 'quote' && [...p.matched].some((m) => !title.matched.has(m)));
      const fact = `${endSentence(event.title)}${extra ? ` ${renderPiece(extra)}` : ''}`;
      return `${dateLead(event, plan.cues.phase)}${label ? ` (${label.charAt(0).toLowerCase()}${label.slice(1)})` : ''}: ${fact}`;
    }
    case 'who': {
      const who = whoLead(ctx, event, chosen);
      return labelled(ctx, event, who ? `${who}. ${body}` : body);
    }
    case 'howmany': {
      const found = numberLead(ctx, pieces);
      if (!found) return labelled(ctx, event, body);
      const rest = found.piece === chosen[0] ? body : renderPiece(found.piece);
      return labelled(ctx, event, `${capitalize(found.phrase)}. ${rest}`);
    }
    case 'why':
      return labelled(ctx, event, whyAnswer(ctx, event, pieces));
    case 'where': {
      const islands = event.islands.map((id) => ctx.dossier.islandsById.get(id)).filter((i): i is IslandRecord => i !== undefined);
      if (islands.length === 0) return labelled(ctx, event, body);
      return labelled(ctx, event, `${joinNames(islands.map(islandName))}. ${body}`);
    }
    case 'what':
      return labelled(ctx, event, body);
  }
}

function labelled(ctx: AnswerContext, event: KurilEvent, body: string): string {
  const label = verificationLabel(ctx.dossier, event);
  return label ? `${label}: ${body}` : body;
}
