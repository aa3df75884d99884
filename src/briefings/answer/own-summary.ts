import type { Hit } from './search.js';

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
