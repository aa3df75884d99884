import { noticeReply } from '../../briefings/reply.js';
import { defineCommand } from '../command.js';
import { option } from '../options.js';

/**
 * The daily-digest subcommands. Declared here so every platform offers them; until a digest store
 * and scheduler are configured they say so instead of pretending.
 */
const notYet = () =>
  noticeReply('Daily digests are not available yet', 'Daily digests will be available once digests are configured for this bot. Meanwhile, /kuril brief gives the current briefing.');

export const subscribe = defineCommand({
  name: 'subscribe',
  description: 'Subscribe this channel to a daily digest (no options: show the subscription)',
  options: {
    time: option.time('Local delivery time, HH:MM (default 09:00)'),
    tz: option.timezone('IANA time zone, e.g. Europe/Berlin (default: the bot’s)'),
  },
  examples: ['/kuril subscribe time:08:30 tz:Asia/Tokyo', '/kuril subscribe'],
  run: notYet,
});

export const unsubscribe = defineCommand({
  name: 'unsubscribe',
  description: 'Stop this channel’s daily digest',
  options: {},
  examples: ['/kuril unsubscribe'],
  run: notYet,
});

export const pause = defineCommand({
  name: 'pause',
  description: 'Pause this channel’s daily digest (keeps the settings)',
  options: {},
  examples: ['/kuril pause'],
  run: notYet,
});

export const resume = defineCommand({
  name: 'resume',
  description: 'Resume a paused daily digest',
  options: {},
  examples: ['/kuril resume'],
  run: notYet,
});

export const preview = defineCommand({
  name: 'preview',
  description: 'Show exactly what this channel’s next digest would say (only to you)',
  options: {},
  examples: ['/kuril preview'],
  run: notYet,
});
