import { disputedIslands, groupEvents } from '../cited-events.js';
import { joinNames } from '../compose.js';
import { respond, type AnswerContext, type AnswerResult } from '../respond.js';

/**
 * The whole Kuril chain against the four islands Japan claims, from the dossier's own data (the
 * chain's and the group's names, each island's `disputed` flag): "are the Kuril Islands and the
 * Northern Territories the same thing?", "are the Kurils north of Etorofu disputed too?". Both are
 * "No" because the island records say so of each island they hold: Japan claims only the four, and
 * the other Kuril islands on record are marked as not claimed.
 */

/** "The same thing", "the same as", "identical": asks whether two names mean one place. */
const SAME = /\b(?:same|identical|synonyms?|interchangeable)\b/i;
/** The Kuril islands beyond the four: "north of Etorofu", "the other Kurils", "the rest of the chain". */
const BEYOND = /\bnorth\s+of\b|\bother\b|\brest\s+of\b|\bremaining\b|\b(?:northern|central)\s+kuril/i;
/** Whether they are claimed or disputed. */
const CLAIMED = /\b(?:disputed|contested|claimed|claims?|part\s+of\s+the\s+dispute)\b/i;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the question names the whole chain (not the southern Kurils, which are the group). */
function namesChain(ctx: AnswerContext, text: string): boolean {
  const chain = ctx.dossier.chain;
  if (!chain) return false;
  const names = [chain.names.en, chain.names.ja, chain.names.ru, ...chain.aliases].filter(Boolean);
  const southern = /\b(?:south(?:ern)?|minami)\s+(?:kurils?|kuriles?|kuril\s+islands|chishima)\b|южные\s+курилы/iu;
  const rest = text.replace(southern, ' ');
  return names.some((n) => new RegExp(`(?:^|[^\\p{L}])${escape(n)}(?:$|[^\\p{L}])`, 'iu').test(rest));
}

export function chainAnswer(ctx: AnswerContext): AnswerResult | undefined {
  const { plan, dossier } = ctx;
  if (plan.cues.yesNo !== 'present' || plan.range || !namesChain(ctx, plan.rest)) return undefined;
  const same = SAME.test(plan.rest) && plan.entities.some((e) => e.kind === 'group');
  const beyond = BEYOND.test(plan.rest) && CLAIMED.test(plan.rest);
  if (!same && !beyond) return undefined;
  const claimed = disputedIslands(dossier).map((i) => i.names.en);
  const others = dossier.islands.filter((i) => !i.disputed).map((i) => i.names.en);
  if (others.length === 0) return undefined;
  const group = dossier.group.names.en.replace(/\s*\(.*\)$/, '');
  const lead = same
    ? `No. The ${group} are the four islands Japan claims, ${joinNames(claimed)}; the ${dossier.chain!.names.en} are the whole chain, which also takes in islands Japan does not claim, such as ${joinNames(others)}.`
    : `No. Japan claims only ${joinNames(claimed)}; the other Kuril islands on record, ${joinNames(others)}, are not claimed by Japan.`;
  return respond(ctx, lead, groupEvents(dossier), 'group');
}
