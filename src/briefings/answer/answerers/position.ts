import type { KurilEvent } from '../../../dossier/dossier.js';
import { endSentence, latestEvents } from '../compose.js';
import { MAX_CITED, respond, type AnswerContext, type AnswerResult } from '../respond.js';
import { FRAME_WORDS, processTerm } from '../text.js';

const POSITION_CUE = /\b(?:position|positions|stance|view|views|claims?|wants?|demands?|policy|policies|argues?|stand on|(?:official|party)\s+line|line\s+on)\b|\b(?:does|do)\s.{1,40}\s(?:say|think)\b/i;
/** Words that may stand beside a side's name in "what is Japan's position on the islands?". */
const POSITION_FILLER = new Set(
  ['position', 'positions', 'stance', 'view', 'views', 'claim', 'claims', 'want', 'wants', 'demand', 'demands', 'policy', 'policies', 'argue', 'argues', 'stand', 'official', 'island', 'islands', 'dispute', 'territory', 'territories', 'issue', 'side', 'government']
    // "What's Moscow's official line on the Kurils?", "what does Russia say about who owns them?"
    .concat(['line', 'owns', 'owner', 'ownership', 'belong', 'belongs', 'sovereignty', 'kuril', 'kurils', 'kurile', 'kuriles', 'northern', 'southern'])
    .map((w) => processTerm(w))
    .filter((w): w is string => Boolean(w)),
);

/** "What is Japan's position?": the dossier's statement of each side's position, with its basis. */
export function positions(ctx: AnswerContext): AnswerResult | undefined {
  const { plan, dossier } = ctx;
  if (plan.range || !POSITION_CUE.test(plan.rest)) return undefined;
  const sides = (['japan', 'russia'] as const).filter((side) => plan.entities.some((e) => e.kind === 'actor' && e.id === side));
  if (sides.length === 0) return undefined;
  const ok = plan.groups.every((g) => (g.entity ? g.entity.kind === 'group' || sides.some((side) => side === g.entity!.id) : g.typed.every((t) => POSITION_FILLER.has(t) || FRAME_WORDS.has(t))));
  if (!ok) return undefined;
  const statements = sides.map((side) => dossier.positions[side]);
  const basis = statements.flatMap((st) => st.basis.map((id) => dossier.eventsById.get(id)).filter((e): e is KurilEvent => e !== undefined));
  const lead = statements.map((st) => endSentence(st.text)).join(' ');
  return respond(ctx, lead, latestEvents(basis, MAX_CITED), 'statement');
}
