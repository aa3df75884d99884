import type { TermGroup } from './plan.js';
import { processTerm, terms } from './text.js';

/**
 * "Which countries secretly promised the Kurils to the Soviets?": the records write "agreed in
 * secret", "secret agreement", never "secretly". An adverb in -ly that no record uses is held by a
 * record whose own words hold its base ("secret", "public", "formal"); a who-question needs every
 * word held (judge.ts). Only a word no record writes: an adverb on record is matched as it is, and
 * a record without the base ("publicly" of a secret deal) still does not hold it.
 */
export function adverbBaseHeld(group: TermGroup, ownText: string): boolean {
  if (group.entity || group.known || group.typed.length !== 1) return false;
  const adverb = group.typed[0]!;
  const m = /^(\p{L}{3,}?)(?:al)?ly$/u.exec(adverb);
  if (!m) return false;
  const bases = [adverb.replace(/ly$/, ''), adverb.replace(/ily$/, 'y'), adverb.replace(/ally$/, 'al'), m[1]!].map((b) => processTerm(b)).filter(Boolean);
  const own = new Set(terms(ownText));
  return bases.some((b) => own.has(b!));
}
