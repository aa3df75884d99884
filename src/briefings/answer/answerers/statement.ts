import type { SearchResult } from 'minisearch';
import type { KurilEvent } from '../../../dossier/dossier.js';
import { choosePieces, endSentence, latestEvents, renderPieces, scorePiece, type Piece } from '../compose.js';
import { MAX_CITED, respond, type AnswerContext, type AnswerResult } from '../respond.js';
import type { Hit } from '../search.js';
import { namedFirst } from '../dated-basis.js';
import type { IndexedDoc } from '../search-index.js';
import type { Plan } from '../plan.js';
import { processTerm, sentences } from '../text.js';

/** Answers from the dossier's own statements (where the dispute stands, its background), cited with their basis events. */

/** The statement that matched the question best, its basis events cited in the order the search ranked them. */
export function statementAnswer(ctx: AnswerContext, doc: Extract<IndexedDoc, { kind: 'statement' }>, result: SearchResult, hits: readonly Hit[]): AnswerResult {
  const { plan, index, dossier } = ctx;
  const matched = new Set(result.terms);
  const pieces: Piece[] = sentences(doc.statement.statement.text).map((text) => ({ text, from: 'statement', ...scorePiece(index, plan, matched, text) }));
  const body = renderPieces(choosePieces(pieces));
  const scoreOf = new Map<string, number>();
  for (const h of hits) if (h.doc.kind === 'event') scoreOf.set(h.doc.event.id, h.rank);
  const basis = doc.statement.statement.basis
    .map((id) => dossier.eventsById.get(id))
    .filter((e): e is KurilEvent => e !== undefined)
    .sort((a, b) => (scoreOf.get(b.id) ?? 0) - (scoreOf.get(a.id) ?? 0) || b.date.start.localeCompare(a.date.start));
  // The status line, however it was reached, cites what it names by day first (dated-basis.ts).
  if (doc.statement.key === 'status') return respond(ctx, body, namedFirst(doc.statement.statement.text, basis, MAX_CITED), 'statement');
  return respond(ctx, body, basis, 'statement');
}

/** "What is the latest on the Kurils?": the dossier's status line. */
export function statusAnswer(ctx: AnswerContext): AnswerResult {
  const { dossier } = ctx;
  const basis = dossier.status.basis
    .map((id) => dossier.eventsById.get(id))
    .filter((e): e is KurilEvent => e !== undefined);
  // The records the line names by their day first ("since 21 March 2022"), then the newest (dated-basis.ts).
  return respond(ctx, endSentence(dossier.status.text), namedFirst(dossier.status.text, latestEvents(basis, basis.length), MAX_CITED), 'statement');
}

/** "Is the dispute resolved?", "is the territorial issue settled?" */
const SETTLED = /\b(?:resolved|settled|solved|over|finished)\b/i;

/**
 * "Is the dispute settled?": no, as the status line says (still no peace treaty, talks suspended).
 * Read from the status line's own negated clause, never assumed: a status line that said otherwise
 * would not be answered here.
 */
export function settledAnswer(ctx: AnswerContext, aboutTheDispute: (groups: Plan['groups']) => boolean): AnswerResult | undefined {
  const { plan, dossier } = ctx;
  if (plan.cues.yesNo !== 'present' || plan.range) return undefined;
  const m = SETTLED.exec(plan.rest);
  if (!m) return undefined;
  const word = processTerm(m[0].toLowerCase());
  if (!aboutTheDispute(plan.groups.filter((g) => !g.typed.includes(word ?? '')))) return undefined;
  if (!/\bstill (?:have )?no peace treaty\b|\bsuspended\b/i.test(dossier.status.text)) return undefined;
  const base = statusAnswer(ctx);
  return { ...base, reply: { ...base.reply, lead: `No. ${base.reply.lead ?? ''}` } };
}
