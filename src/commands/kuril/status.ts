import type { ReplySection } from '../../briefings/reply.js';
import { formatDay, formatPartialDate } from '../../dossier/dates.js';
import { NewsQueueUnavailableError } from '../../intake/store/queue-unavailable.js';
import { defineCommand } from '../command.js';
import { alertLine } from './alerts.js';
import { channelSuspension, operatorDelivery } from './delivery-state.js';
import { channelOf, statusLine } from './digest.js';

const QUEUE_UNAVAILABLE = 'The news queue is unavailable for now (the store does not answer); try again in a few minutes.';

/** How current and healthy the bot is: the newest event, the feeds, the reports waiting, this channel's digest. */
export default defineCommand({
  name: 'status',
  description: 'How current the record is: newest event, news feeds, reports awaiting review, this channel’s digest and alerts',
  options: {},
  examples: ['/kuril status'],
  visibility: 'ephemeral',
  async run(_input, ctx) {
    const newest = ctx.dossier.events.filter((e) => e.date.start <= ctx.now.toISOString().slice(0, 10)).at(-1);
    // The rest of the status does not need the news queue: without it, those two sections say so.
    const queue = await Promise.all([ctx.intake.pending(), ctx.intake.feedHealth()]).catch((error: unknown) => {
      if (error instanceof NewsQueueUnavailableError) return undefined;
      throw error;
    });
    const [pending, health] = queue ?? [[], undefined];
    const failing = health?.feeds.filter((f) => f.problem) ?? [];
    const sections: ReplySection[] = [
      {
        heading: 'Record',
        text: `${ctx.dossier.events.length} events; the newest: ${newest ? `${formatPartialDate(newest.date)} (${newest.title})` : 'none'}.`,
        items: [],
      },
      {
        heading: 'News feeds',
        text: !queue
          ? QUEUE_UNAVAILABLE
          : health
          ? `Last polled ${formatDay(health.polledAt.slice(0, 10))} at ${health.polledAt.slice(11, 16)} UTC: ${health.feeds.length - failing.length} of ${health.feeds.length} feeds answered.`
          : 'No poll has run yet (INTAKE_INTERVAL_MIN, or npm run intake).',
        items: failing.map((f) => ({
          title: f.name,
          text: `${f.problem ?? 'failing'}${f.lastSuccess ? `; last read ${formatDay(f.lastSuccess.slice(0, 10))}` : '; never read'}${f.retryAt ? `; next try ${f.retryAt.slice(11, 16)} UTC` : ''}.`,
          sources: [],
        })),
      },
      {
        heading: 'Awaiting review',
        text: !queue ? QUEUE_UNAVAILABLE : pending.length ? `${pending.length} news report${pending.length === 1 ? '' : 's'} (oldest ${formatDay(pending.at(-1)!.date)}); curators: /kuril review.` : 'No news report is waiting.',
        items: [],
      },
    ];
    const channel = channelOf(ctx);
    if (channel) {
      const [digest, alerts] = await Promise.all([ctx.digests.status(channel, ctx.now), ctx.digests.getAlerts(channel)]);
      sections.push({ heading: 'This channel’s digest', text: digest ? statusLine(digest) : 'None: /kuril subscribe starts one.', items: [] });
      const suspension = channelSuspension(ctx.digests.suspended(), channel);
      if (suspension) sections.push({ heading: 'Delivery', text: suspension, items: [] });
      sections.push({
        heading: 'This channel’s breaking alerts',
        text: alertLine(alerts),
        items: [],
      });
    }
    const operators = await operatorDelivery(ctx);
    if (operators) sections.push(operators);
    return { kind: 'notice', title: 'Kuril Brief status', sections, footer: `As of ${formatDay(ctx.now.toISOString().slice(0, 10))}`, visibility: 'ephemeral' };
  },
});
