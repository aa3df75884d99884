import type { SearchResult } from 'minisearch';
import { eventPieces, numberPhrases, scorePiece, type Piece } from '../compose.js';
import type { AnswerContext } from '../respond.js';
import type { IndexedDoc } from '../search-index.js';
import { processTerm, sentences } from '../text.js';
import { entitiesInText } from '../aliases.js';

/** The word counted in "how many troops …", "how much money …". */
const COUNTED = /\bhow\s+(?:many|much)\s+([\p{L}-]+)/iu;

/**
 * The number the question asks for, from the sentence that best answers it. When the question
 * names what it counts ("how many troops", "how much fish"), only a number of that thing answers
 * it: "four islands" is no answer to "how much fish is caught near the islands".
 */
export function numberLead(ctx: AnswerContext, pieces: readonly Piece[]): { phrase: string; piece: Piece } | undefined {
  const asked = new Set(ctx.plan.groups.filter((g) => !g.entity).flatMap((g) => g.terms));
  const counted = countedTerms(ctx);
  // A note weighs the sources ("its claim that the four islands make up …"); its numbers are theirs.
  // "How many islets make up Habomai?": a number counts what is in the place named only in a
  // sentence that names it and no other island; "the four islands" of the occupation, or of a list
  // that names Habomai among them, are all four, not Habomai's islets.
  const places = new Set(ctx.plan.entities.filter((e) => e.kind === 'island').map((e) => e.token));
  const namesPlaces = (text: string) => {
    if (places.size === 0) return true;
    const named = [...entitiesInText(ctx.index.aliases, text)].filter((t) => ctx.index.aliases.entities.get(t)?.kind === 'island');
    return [...places].every((t) => named.includes(t)) && named.every((t) => places.has(t));
  };
  const ranked = [...pieces].filter((p) => p.from !== 'quote' && p.from !== 'note' && namesPlaces(p.text)).sort((a, b) => b.score - a.score);
  let fallback: { phrase: string; piece: Piece } | undefined;
  for (const piece of ranked) {
    for (const n of numberPhrases(piece.text)) {
      const noun = processTerm(n.noun.toLowerCase()) ?? '';
      if (counted ? counted.has(noun) : asked.has(noun)) return { phrase: n.phrase, piece };
      fallback ??= piece.score > 0 ? { phrase: n.phrase, piece } : undefined;
    }
  }
  return counted ? undefined : fallback;
}

/** Whether a record (an event or a dossier statement) gives the number the question asks for. */
export function givesNumber(ctx: AnswerContext, doc: IndexedDoc, result: SearchResult): boolean {
  const matched = new Set(result.terms);
  const pieces: Piece[] =
    doc.kind === 'event'
      ? eventPieces(ctx.index, ctx.plan, doc.event, matched, ctx.dossier)
      : sentences(doc.statement.statement.text).map((text) => ({ text, from: 'statement', ...scorePiece(ctx.index, ctx.plan, matched, text) }));
  return numberLead(ctx, pieces) !== undefined;
}

/**
 * "How much did the summit cost?", "how much was it worth?": "much" before a verb counts no thing the
 * question names, so it asks an amount of money; "two days" or "3,000 troops" is no answer to it.
 */
const HOW_MUCH_VERB = /\bhow\s+much\s+(?:did|does|do|was|is|were|are|will|would|has|have|had|can|could)\b/i;
const MONEY = ['money', 'yen', 'dollar', 'dollars', 'rouble', 'roubles', 'ruble', 'rubles', 'euro', 'euros'];

/** The counted word with its synonyms, when the question names one the records know. */
function countedTerms(ctx: AnswerContext): Set<string> | undefined {
  if (HOW_MUCH_VERB.test(ctx.plan.question)) return new Set(MONEY.map((w) => processTerm(w) ?? w));
  const word = COUNTED.exec(ctx.plan.question)?.[1];
  const term = word ? processTerm(word.toLowerCase()) : undefined;
  if (!term) return undefined;
  const group = ctx.plan.groups.find((g) => !g.entity && g.typed.includes(term));
  return new Set(group?.terms ?? [term]);
}
