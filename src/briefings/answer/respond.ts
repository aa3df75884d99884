import { formatDay, isoDay } from '../../dossier/dates.js';
import type { Dossier, KurilEvent } from '../../dossier/dossier.js';
import { eventItem } from '../items.js';
import type { Reply } from '../reply.js';
import type { Plan } from './plan.js';
import type { AnswerIndex } from './search-index.js';

/**
 * What the router hands every answerer (the question's context) and what an answerer hands back
 * (the reply, how it was found, the events cited), with the builder of an answer reply.
 */

export const ANSWER_TITLE = 'Answer';
export const MAX_CITED = 3;

export type AnswerPath = 'event' | 'statement' | 'actor' | 'island' | 'group' | 'office' | 'count' | 'period' | 'news' | 'reaction' | 'decline';

export interface AnswerResult {
  readonly reply: Reply;
  readonly declined: boolean;
  /** How the answer was found (for tests and the evaluation report). */
  readonly path: AnswerPath;
  /** The events cited, in order. */
  readonly events: readonly KurilEvent[];
}

export interface AnswerContext {
  readonly dossier: Dossier;
  readonly index: AnswerIndex;
  readonly plan: Plan;
  readonly now: Date;
}

export function respond(ctx: Pick<AnswerContext, 'now'>, lead: string, events: readonly KurilEvent[], path: AnswerPath): AnswerResult {
  const cited = dedupe(events).slice(0, MAX_CITED);
  const first = cited[0];
  return {
    reply: {
      kind: 'answer',
      title: ANSWER_TITLE,
      lead,
      sections: cited.length ? [{ heading: cited.length === 1 ? 'Source' : 'Sources', items: cited.map((e) => eventItem(e)) }] : [],
      footer: `From the record as of ${formatDay(isoDay(ctx.now))}${first ? ` · /kuril event ${first.id} for the full record` : ''}`,
      visibility: 'public',
    },
    declined: false,
    path,
    events: cited,
  };
}

function dedupe(events: readonly KurilEvent[]): KurilEvent[] {
  return events.filter((e, i) => events.findIndex((o) => o.id === e.id) === i);
}
