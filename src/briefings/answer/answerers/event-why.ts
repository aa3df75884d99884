import type { KurilEvent } from '../../../dossier/dossier.js';
import { choosePieces, renderPiece, renderPieces, type Piece } from '../compose.js';
import type { AnswerContext } from '../respond.js';
import { REASON } from '../search-index.js';

/** A why-answer: the sentence stating the reason, then who stated it in their own words. */
export function whyAnswer(ctx: AnswerContext, event: KurilEvent, pieces: readonly Piece[]): string {
  const candidates = pieces.filter((p) => p.from !== 'quote');
  const ranked = [...candidates].sort((a, b) => (REASON.test(b.text) ? 1.5 : 1) * b.score - (REASON.test(a.text) ? 1.5 : 1) * a.score);
  const reason = ranked[0];
  if (!reason) return renderPieces(choosePieces(pieces));
  const quotes = pieces.filter((p) => p.from === 'quote').sort((a, b) => b.score - a.score || b.text.length - a.text.length);
  const quote = quotes[0] ?? shortQuote(event);
  if (quote) return `${renderPiece(reason)} ${renderPiece(quote)}`;
  const second = choosePieces(pieces).find((p) => p !== reason && p.from !== 'quote');
  return second ? renderPieces([reason, second]) : renderPiece(reason);
}

function shortQuote(event: KurilEvent): Piece | undefined {
  const q = event.quotes[0];
  return q ? { text: q.text, from: 'quote', quote: q, score: 0, matched: new Set() } : undefined;
}
