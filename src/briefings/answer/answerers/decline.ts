import { eventItem } from '../../items.js';
import { closestOnRecord } from '../closest.js';
import type { AnswerContext, AnswerResult } from '../respond.js';

export const DECLINE_TITLE = 'Not in my sources';

export const CLOSEST_HEADING = 'Closest on record';
const CLOSEST_NOTE = 'These records touch on what you asked, but I could not tell that any of them answers it.';

/** "Not in my sources", with the records nearest the question (not as an answer) and the timelines that may hold what was asked. */
export function decline(ctx: AnswerContext, why = 'I found nothing on record that answers it, and I will not guess.'): AnswerResult {
  const { plan } = ctx;
  const tries: string[] = [];
  if (plan.range) {
    const from = plan.range.start === '0000-01-01' ? '' : ` from:${plan.range.start}`;
    tries.push(`/kuril timeline${from} to:${plan.range.end} for the events of that period`);
  }
  const actor = plan.entities.find((e) => e.kind === 'actor' && !['japan', 'russia'].includes(e.id));
  if (actor) tries.push(`/kuril timeline actor:${actor.id} for everything on record about ${ctx.dossier.actorsById.get(actor.id)?.name ?? actor.id}`);
  const island = plan.entities.find((e) => e.kind === 'island');
  if (island) tries.push(`/kuril timeline island:${island.id} for the events concerning ${ctx.dossier.islandsById.get(island.id)?.names.en ?? island.id}`);
  tries.push('/kuril brief for where the dispute stands', '/kuril timeline for every event on record');
  const closest = closestOnRecord(ctx);
  return {
    reply: {
      kind: 'answer',
      title: DECLINE_TITLE,
      lead: `That is not in my sources. ${why} I answer only from the curated record of the Russia–Japan dispute over the southern Kuril Islands.`,
      sections: [
        ...(closest.length ? [{ heading: CLOSEST_HEADING, text: CLOSEST_NOTE, items: closest.map((e) => eventItem(e)) }] : []),
        { heading: 'Try', text: tries.join('\n'), items: [] },
      ],
      visibility: 'ephemeral',
    },
    declined: true,
    path: 'decline',
    events: [],
  };
}
