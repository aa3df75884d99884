import type { KurilEvent } from '../../dossier/dossier.js';
import type { Hit } from './search.js';

/**
 * "How did Russia react to Japan joining the sanctions over Ukraine?": the side's own act says only
 * what it answered ("in answer to Japan's sanctions"), in fewer words than the question gives the
 * cause, so it covers too little of the question to pass. The dossier's own sentence that joins the
 * cause to the act ("After Japan joined the sanctions over Russia's invasion of Ukraine, Moscow
 * suspended the peace-treaty talks …") passes, and its basis names the act: the act of the side in
 * that basis whose record states what it answered is the reaction, as if it had passed itself.
 */
export function actThroughStatement(
  accepted: readonly Hit[],
  hits: readonly Hit[],
  /** The side's own act that states what it answered (reaction.ts). */
  answers: (event: KurilEvent) => boolean,
): { hit: Hit; event: KurilEvent } | undefined {
  for (const h of accepted) {
    if (h.doc.kind !== 'statement') continue;
    const basis = new Set(h.doc.statement.statement.basis);
    const act = hits.find((o) => o.doc.kind === 'event' && basis.has(o.doc.event.id) && answers(o.doc.event));
    if (act && act.doc.kind === 'event') return { hit: act, event: act.doc.event };
  }
  return undefined;
}
