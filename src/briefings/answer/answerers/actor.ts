import type { ActorRecord } from '../../../dossier/schema.js';
import { latestOf } from '../cited-events.js';
import { endSentence } from '../compose.js';
import type { TermGroup } from '../plan.js';
import { MAX_CITED, respond, type AnswerContext, type AnswerResult } from '../respond.js';
import { terms } from '../text.js';

/** "Who is Muneo Suzuki?": the actor's role, the note when it matters, and their latest events. */
export function actorAnswer(ctx: AnswerContext, actor: ActorRecord, group: TermGroup): AnswerResult {
  const typed = group.typed.join(' ');
  const noteMatters = actor.note && (actor.verification !== 'verified' || (typed && terms(actor.note).join(' ').includes(typed)));
  const lead = [`${actor.name}: ${endSentence(actor.role)}`, ...(noteMatters && actor.note ? [endSentence(actor.note)] : [])].join(' ');
  const label = actor.verification === 'verified' ? '' : actor.verification === 'unverified' ? 'Unverified: ' : 'Single source: ';
  return respond(ctx, `${label}${lead}`, latestOf(ctx, actor.id, MAX_CITED), 'actor');
}
