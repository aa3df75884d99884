import { coversCarrying } from './judge.js';
import type { Plan } from './plan.js';
import type { Hit } from './search.js';
import { sentences, terms } from './text.js';

/**
 * "What did the leaders agree in Irkutsk should be the starting point?": the Irkutsk record holds
 * the starting point, the background paragraph that rests on it says the sides "signed … the
 * Irkutsk Statement". The paragraph is the dossier's summary of that same record, not a second
 * account of something else, so the words it adds ("agree", "claims") are no sign that the answer
 * would be stitched from two facts (judge.ts, splitAcross). Only a statement whose basis includes
 * the best record is set aside; any other record that covers other concepts still splits.
 */
export function withoutOwnSummaries(accepted: readonly Hit[]): readonly Hit[] {
  const top = accepted[0];
  if (!top || top.doc.kind !== 'event') return accepted;
  const id = top.doc.event.id;
  return accepted.filter((h) => h === top || h.doc.kind !== 'statement' || !h.doc.statement.statement.basis.includes(id));
}

/**
 * "That deal where Japan swapped its Sakhalin claims for the Kurils": the 1875 record says Russia
 * took Sakhalin in exchange for the Kurils, and the background sentence about 1875 that rests on it
 * says Japan "gave up its claims on Sakhalin". The best record and its own summary sentence (one that
 * names the record's year, in a statement whose basis includes it) cover the whole question
 * together: the question is about that one record, and another record that shares a word with the
 * summary ("claim" in the 1951 treaty) is no rival. Only that sentence counts, never the whole
 * paragraph, which tells other events as well.
 */
export function wholeWithSummary(plan: Plan, accepted: readonly Hit[]): boolean {
  const top = accepted[0];
  if (!top || top.doc.kind !== 'event') return false;
  const { id, date } = top.doc.event;
  const year = date.start.slice(0, 4);
  const said = new Set(
    accepted.flatMap((h) =>
      h.doc.kind === 'statement' && h.doc.statement.statement.basis.includes(id) ? sentences(h.doc.statement.statement.text).filter((s) => new RegExp(`\\b${year}\\b`).test(s)).flatMap((s) => terms(s)) : [],
    ),
  );
  if (said.size === 0) return false;
  return coversCarrying(plan, { ...top, covered: new Set(plan.groups.flatMap((g, i) => (top.covered.has(i) || g.terms.some((t) => said.has(t)) ? [i] : []))) });
}
