import type { KurilEvent } from '../../../dossier/dossier.js';
import { endSentence, latestEvents } from '../compose.js';
import { statingTheView } from '../reasoning.js';
import { MAX_CITED, respond, type AnswerContext, type AnswerResult } from '../respond.js';
import { FRAME_WORDS } from '../text.js';

/**
 * "Who owns Kunashiri?", "who has sovereignty over the Habomai islets?" (round 13): whose the disputed
 * islands are is the dispute itself. A record that mentions sovereignty (the Nagato summit's "little
 * progress on sovereignty") names someone who does not own them, and "Shinzo Abe" was the answer.
 * The answer is each side's position, cited from the records that state each view. Only for the
 * disputed islands or their group, with nothing else asked ("who owns Shumshu" is left to the records).
 */

/** The plan's concept for owning: "own", "belong", "sovereignty" (aliases.ts rewrites "who owns X" so). */
const OWNING = new Set(['sovereignty', 'ownership', 'belong', 'own', 'owns', 'owner']);

export function whoOwnsAnswer(ctx: AnswerContext): AnswerResult | undefined {
  const { plan, dossier } = ctx;
  if (plan.intent !== 'who' || plan.cues.yesNo || plan.range) return undefined;
  const disputed = (g: (typeof plan.groups)[number]) =>
    g.entity?.kind === 'group' || (g.entity?.kind === 'island' && dossier.islandsById.get(g.entity.id)?.disputed === true);
  const owning = plan.groups.filter((g) => !g.entity && g.typed.some((t) => OWNING.has(t)));
  const onlyThat = plan.groups.every((g) => disputed(g) || owning.includes(g) || (!g.entity && g.typed.every((t) => FRAME_WORDS.has(t))));
  if (owning.length === 0 || !plan.groups.some(disputed) || !onlyThat) return undefined;
  const statements = (['japan', 'russia'] as const).map((side) => dossier.positions[side]);
  const basis = statements.flatMap((st) => st.basis.map((id) => dossier.eventsById.get(id)).filter((e): e is KurilEvent => e !== undefined));
  // Each side's first sentence holds its view of whose the islands are; each view's own record is cited.
  const views = statements.flatMap((st) => statingTheView(st.text, latestEvents(basis.filter((e) => e.kind === 'statement' && st.basis.includes(e.id)), basis.length)).slice(0, 1));
  const lead = `The two sides disagree. ${statements.map((st) => endSentence(st.text.split(/(?<=\.)\s+/)[0]!)).join(' ')}`;
  return respond(ctx, lead, [...views, ...latestEvents(basis, MAX_CITED)], 'statement');
}
