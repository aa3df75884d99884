import { errorReply, noticeReply } from '../../briefings/reply.js';
import { formatDay } from '../../dossier/dates.js';
import { DEFAULT_ALERT_MIN, type AlertSetting } from '../../digests/types.js';
import { defineCommand, type CommandContext } from '../command.js';
import { option } from '../options.js';
import { whoMay } from '../rights.js';
import { channelOf, mayManage } from './digest.js';

/**
 * Breaking alerts: a channel that turns them on gets one message for each new event whose |Goldstein|
 * is at least its minimum, within two minutes of the event entering the record (src/digests/alerts.ts).
 * The same rights as the daily digest: anyone may see the setting, managers change it.
 */

/** One line: on or off, the minimum, since when, or why they stopped. */
export function alertLine(setting: AlertSetting | undefined): string {
  if (!setting) return `Off. /kuril alerts on turns them on (for events with |Goldstein| ≥ ${DEFAULT_ALERT_MIN}; min:1–10 sets another threshold).`;
  if (setting.disabled) return `Stopped on ${formatDay(setting.disabled.at.slice(0, 10))}: the bot could not post here (channel gone or access lost); /kuril alerts on starts them again.`;
  return `On for events with |Goldstein| ≥ ${setting.min}, entering the record since ${formatDay(setting.since.slice(0, 10))}.`;
}

const refused = (ctx: CommandContext) =>
  errorReply('Not allowed', whoMay('manageChannel', ctx.caller.platform, 'change this channel’s breaking alerts'), 'Anyone can see the setting with /kuril alerts.');

export const alerts = defineCommand({
  name: 'alerts',
  description: 'Breaking alerts for significant new events in this channel: on, off (none: show the setting)',
  options: {
    state: option.choice('on or off (none: show this channel’s setting)', ['on', 'off'] as const, { positional: true }),
    min: option.integer(`Alert when |Goldstein| is at least this, 1–10 (default ${DEFAULT_ALERT_MIN})`, 1, 10),
  },
  examples: ['/kuril alerts on min:5', '/kuril alerts off', '/kuril alerts'],
  // Without on/off it shows the setting to the caller.
  visibility: (input) => (input.state === undefined ? 'ephemeral' : 'public'),
  requires: { right: 'manageChannel', for: 'changes' },
  channelOnly: true,
  check: (input) => (input.min !== undefined && input.state !== 'on' ? 'min: goes with on, e.g. /kuril alerts on min:5' : undefined),
  async run(input, ctx) {
    const channel = channelOf(ctx);
    if (!channel) throw new Error('a channel-only command ran outside a channel');
    const existing = await ctx.digests.getAlerts(channel);
    if (input.state === undefined) return noticeReply('Breaking alerts for this channel', alertLine(existing));
    // As with a digest, the Slack user who turned alerts on may manage them.
    if (!(await mayManage(ctx.caller, existing && { platform: existing.platform, subscribedBy: existing.by }))) return refused(ctx);
    if (input.state === 'off') {
      const stopped = await ctx.digests.alertsOff(channel);
      return stopped ? noticeReply('Breaking alerts off', 'This channel will get no more breaking alerts. /kuril alerts on starts them again.', 'public') : noticeReply('Breaking alerts already off', alertLine(undefined));
    }
    const setting = await ctx.digests.alertsOn(channel, input.min ?? existing?.min ?? DEFAULT_ALERT_MIN, ctx.caller, ctx.now);
    return noticeReply(existing && !existing.disabled ? 'Breaking alerts updated' : 'Breaking alerts on', alertLine(setting), 'public');
  },
});
