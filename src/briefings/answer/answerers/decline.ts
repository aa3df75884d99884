import type { AnswerContext, AnswerResult } from '../respond.js';

export const DECLINE_TITLE = 'Not in my sources';

/** "Not in my sources", with the timelines that may hold what was asked. */
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
  return {
    reply: {
      kind: 'answer',
      title: DECLINE_TITLE,
      lead: `That is not in my sources. ${why} I answer only from the curated record of the Russia–Japan dispute over the southern Kuril Islands.`,
      sections: [{ heading: 'Try', text: tries.join('\n'), items: [] }],
      visibility: 'ephemeral',
    },
    declined: true,
    path: 'decline',
    events: [],
  };
}
