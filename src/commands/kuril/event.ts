import { eventDetail } from '../../briefings/index.js';
import { errorReply } from '../../briefings/reply.js';
import { defineCommand } from '../command.js';
import { option, required } from '../options.js';
import { quoteUserText } from '../sanitize.js';
import { nearest } from '../suggest.js';

/** How a reply points to one event in full; renderers use it where an item's links are cut short. */
export const eventHint = (id: string) => `/kuril event ${id}`;

export default defineCommand({
  name: 'event',
  description: 'One event in full: summary, actors, coding, quotes, sources',
  options: {
    id: required(
      option.string('Event id, e.g. 2022-03-21-russia-suspends-peace-talks', { positional: true, autocomplete: 'event', maxLength: 100, placeholder: 'id' }),
    ),
  },
  examples: ['/kuril event 2022-03-21-russia-suspends-peace-talks'],
  run: ({ id }, ctx) => {
    const wanted = id.trim().toLowerCase();
    const event = ctx.dossier.eventsById.get(wanted);
    if (event) return eventDetail(ctx.dossier, event);
    const ids = ctx.dossier.events.map((e) => e.id);
    // Near misses: a typo in the slug, or just the date part ("2022-03-21").
    const byDate = ids.filter((candidate) => candidate.startsWith(wanted)).slice(0, 5);
    const guesses = byDate.length ? byDate : nearest(wanted, ids, 3);
    return errorReply(
      'No such event',
      `No event has the id "${quoteUserText(id, 60)}".${guesses.length ? ` Did you mean: ${guesses.join(', ')}?` : ''}`,
      '/kuril timeline lists events with their ids.',
    );
  },
});
