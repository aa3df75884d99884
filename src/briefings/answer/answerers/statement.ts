import type { SearchResult } from 'minisearch';
import type { KurilEvent } from '../../../dossier/dossier.js';
import { choosePieces, endSentence, latestEvents, renderPiece, scorePiece, type Piece } from '../compose.js';
import { MAX_CITED, respond, type AnswerContext, type AnswerResult } from '../respond.js';
import type { Hit } from '../search.js';
import type { IndexedDoc } from '../search-index.js';
import { sentences } from '../text.js';

/** Answers from the dossier's own statements (where the dispute stands, its background), cited with their basis events. */

/** The statement that matched the question best, its basis events cited in the order the search ranked them. */
export function statementAnswer(ctx: AnswerContext, doc: Extract<IndexedDoc, { kind: 'statement' }>, result: SearchResult, hits: readonly Hit[]): AnswerResult {
  const { plan, index, dossier } = ctx;
  const matched = new Set(result.terms);
  const pieces: Piece[] = sentences(doc.statement.statement.text).map((text) => ({ text, from: 'statement', ...scorePiece(index, plan, matched, text) }));
  const body = choosePieces(pieces).map(renderPiece).join(' ');
  const scoreOf = new Map<string, number>();
  for (const h of hits) if (h.doc.kind === 'event') scoreOf.set(h.doc.event.id, h.rank);
  const basis = doc.statement.statement.basis
    .map((id) => dossier.eventsById.get(id))
    .filter((e): e is KurilEvent => e !== undefined)
    .sort((a, b) => (scoreOf.get(b.id) ?? 0) - (scoreOf.get(a.id) ?? 0) || b.date.start.localeCompare(a.date.start));
  return respond(ctx, body, basis, 'statement');
}

/** "What is the latest on the Kurils?": the dossier's status line. */
export function statusAnswer(ctx: AnswerContext): AnswerResult {
  const { dossier } = ctx;
  const basis = dossier.status.basis
    .map((id) => dossier.eventsById.get(id))
    .filter((e): e is KurilEvent => e !== undefined);
  return respond(ctx, endSentence(dossier.status.text), latestEvents(basis, MAX_CITED), 'statement');
}
