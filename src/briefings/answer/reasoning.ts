import type { KurilEvent } from '../../dossier/dossier.js';
import { sentences, terms } from './text.js';

/** The sentence of a position that states the side's view ("Russia holds that …"). */
const VIEW = /\b(?:holds|maintains|insists|argues|says)\s+that\b/i;

/**
 * "How does Moscow justify keeping the Kurils?", "Russia's legal argument": the reasoning is the
 * side's view in its position ("holds that the southern Kurils became its territory as an outcome
 * of the Second World War …"), and the record of the side stating that reason is the one that
 * shares most of that view's words (Lavrov on the war's outcome and the UN Charter), not the
 * side's newest statement on something else (the Kremlin on relations). Ties keep the given order
 * (newest first).
 */
export function statingTheView(position: string, statements: readonly KurilEvent[]): KurilEvent[] {
  // Its first claim: what follows ", and that" is the aim or a corollary ("its basic policy is to
  // resolve …"), which the side's newest speech restates without the reason.
  const view = (sentences(position).find((s) => VIEW.test(s)) ?? position).split(/,?\s+and\s+that\s+|;\s+/)[0]!;
  const wanted = new Set(terms(view));
  const shared = (e: KurilEvent) => new Set(terms(`${e.title} ${e.summary}`).filter((t) => wanted.has(t))).size;
  return statements
    .map((e, i) => ({ e, i, n: shared(e) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map((x) => x.e);
}
