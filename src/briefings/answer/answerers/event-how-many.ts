import { numberPhrases, type Piece } from '../compose.js';
import type { AnswerContext } from '../respond.js';
import { processTerm } from '../text.js';

/** The number the question asks for, from the sentence that best answers it. */
export function numberLead(ctx: AnswerContext, pieces: readonly Piece[]): { phrase: string; piece: Piece } | undefined {
  const asked = new Set(ctx.plan.groups.filter((g) => !g.entity).flatMap((g) => g.terms));
  const ranked = [...pieces].filter((p) => p.from !== 'quote').sort((a, b) => b.score - a.score);
  let fallback: { phrase: string; piece: Piece } | undefined;
  for (const piece of ranked) {
    for (const n of numberPhrases(piece.text)) {
      const noun = processTerm(n.noun.toLowerCase()) ?? '';
      if (asked.has(noun)) return { phrase: n.phrase, piece };
      fallback ??= piece.score > 0 ? { phrase: n.phrase, piece } : undefined;
    }
  }
  return fallback;
}
