import type { KurilEvent } from '../../dossier/dossier.js';
import { MIN_COVERAGE } from './pick.js';
import { MAX_CITED, type AnswerContext } from './respond.js';
import { search } from './search.js';

/**
 * The event records nearest a question the bot declines: the ones the search ranks first that
 * cover as much of the question as an answer must (MIN_COVERAGE), though no rule let any of them
 * answer it. Shown under the decline, labelled as not an answer, so a reader whose wording the
 * rules did not follow still finds the record, and nothing is claimed for it.
 *
 * Most questions the bot wrongly declines are reworded questions whose record is on file (33 of the
 * 38 first-run misses of round 12): this keeps those useful without letting a near record answer a
 * question it does not (see docs/questions.md, "Closest on record").
 */
export function closestOnRecord(ctx: AnswerContext): KurilEvent[] {
  if (!ctx.plan.groups.some((g) => g.distinctive)) return [];
  const events: KurilEvent[] = [];
  for (const h of search(ctx)) {
    if (h.doc.kind !== 'event' || !h.distinctive || h.share < MIN_COVERAGE) continue;
    if (!events.includes(h.doc.event)) events.push(h.doc.event);
    if (events.length === MAX_CITED) break;
  }
  return events;
}
