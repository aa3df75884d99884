import type { Plan } from './plan.js';
import type { Hit } from './search.js';
import { ownText } from './measure.js';
import { processTerm, terms } from './text.js';

/**
 * "What fishing quotas did Japanese boats get under the 1998 deal?", "what fees did they pay?": a
 * what-question whose head noun is a term or a figure of a deal (a quota, a fee, a limit, a price),
 * or a piece of equipment ("what missile system did Russia fire in the Matua drills?"), asks for
 * that thing. A record that covers the rest of the question but never names the thing (the
 * 1998 record says only "under agreed rules") does not answer it; the search let it pass because
 * everything else fitted. The noun (or its synonym) must be in the record's own words.
 */
const DETAIL = '(quotas?|fees?|limits?|tariffs?|prices?|payments?|compensation|subsid(?:y|ies)|fines?|penalt(?:y|ies)|taxe?s?|royalt(?:y|ies)|rents?|duties|tonnage|allowances?|allocations?|shares?|amounts?|sums?|figures?|salar(?:y|ies)|wages?|budgets?|systems?|ships?|vessels?|aircraft)';
/** "What (fishing) quotas did …", "which fees were …", "what catch limits does …". */
const ASKS_DETAIL = new RegExp(`^\\s*(?:what|which)\\s+(?:[\\w-]+\\s+){0,2}?${DETAIL}\\s+(?:did|does|do|were|was|are|is|had|has|have|would|will|could)\\b`, 'i');

/** Whether the question asks for a term or figure of a deal that the record never names. */
export function missesTheDetail(plan: Plan, hit: Hit): boolean {
  const noun = ASKS_DETAIL.exec(plan.rest)?.[1];
  if (!noun) return false;
  const asked = processTerm(noun.toLowerCase());
  if (!asked) return false;
  const own = new Set(terms(ownText(hit)));
  const group = plan.groups.find((g) => !g.entity && g.typed.includes(asked));
  return !(group ? group.terms.some((t) => own.has(t)) : own.has(asked));
}
