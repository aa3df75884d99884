import { errorReply, noticeReply, type Reply } from '../../briefings/reply.js';
import { formatDay } from '../../dossier/dates.js';
import { formatLocal } from '../../digests/time.js';
import type { ChannelRef, DigestService, Subscription, SubscriptionStatus } from '../../digests/types.js';
import { defineCommand, type Caller, type CommandContext } from '../command.js';
import { option } from '../options.js';
import { whoMay } from '../rights.js';

/**
 * The daily-digest subcommands. A channel subscribes once and gets one digest a day at its own local
 * time (src/digests). Anyone in the channel may see the status (`/kuril subscribe` with no options) and
 * a preview; changing the subscription needs the `manageChannel` right, which on Slack the person who
 * subscribed the channel also holds for it.
 */

/** Where there is no channel (the console, a direct message), previews show what a channel subscribed now with the defaults would get. */
const DEFAULTS_CHANNEL: ChannelRef = { platform: 'console', channelId: 'console' };

/** The channel the command was typed in, or undefined in a direct message or the console. */
export function channelOf(ctx: CommandContext): ChannelRef | undefined {
  const { caller } = ctx;
  if (caller.isDirect || !caller.channelId) return undefined;
  return {
    platform: caller.platform,
    channelId: caller.channelId,
    ...(caller.workspaceId ? { workspaceId: caller.workspaceId } : {}),
    // the bot the caller reached: its records are kept apart from another deployment's
    ...(caller.scope ? { scope: caller.scope } : {}),
  };
}

/** The subscriber may manage their own channel's digest on Slack; otherwise the right decides. */
export async function mayManage(caller: Caller, subscription: Pick<Subscription, 'platform' | 'subscribedBy'> | undefined): Promise<boolean> {
  if (caller.platform === 'slack' && subscription?.platform === 'slack' && subscription.subscribedBy === caller.userId) return true;
  return caller.can('manageChannel');
}

const refused = (ctx: CommandContext) =>
  errorReply(
    'Not allowed',
    whoMay('manageChannel', ctx.caller.platform, 'change this channel’s daily digest'),
    'Anyone can see the settings with /kuril subscribe and the next digest with /kuril preview.',
  );

const noSubscription = () =>
  noticeReply('No daily digest here', 'This channel has no daily digest. /kuril subscribe starts one (09:00 by default; add time:HH:MM and tz:Area/City).');

/** One line: time and zone, next delivery, paused or not, quiet days, last day covered. */
export function statusLine(status: SubscriptionStatus): string {
  const s = status.subscription;
  const parts = [`Daily at ${s.time} (${s.tz})`];
  if (s.disabled) parts.push(`stopped on ${formatDay(s.disabled.at.slice(0, 10))}: the bot could not post here (channel gone or access lost); /kuril subscribe starts it again`);
  else if (s.paused) parts.push('paused: /kuril resume restarts it');
  else parts.push(status.next ? `next: ${formatLocal(status.next, s.tz)}` : 'next: not scheduled');
  parts.push(s.quiet === 'skip' ? 'days with nothing new are skipped' : 'sent every day, even with nothing new');
  if (status.lastDay) parts.push(`last covered: ${formatDay(status.lastDay)}`);
  return `${parts.join(' · ')}.`;
}

async function statusReply(service: DigestService, channel: ChannelRef, ctx: CommandContext, title: string, visibility: Reply['visibility']): Promise<Reply> {
  const status = await service.status(channel, ctx.now);
  return status ? noticeReply(title, statusLine(status), visibility) : noSubscription();
}

/** The channel of a channel-only command (the dispatcher has made sure there is one). */
function channelFor(ctx: CommandContext): ChannelRef {
  const channel = channelOf(ctx);
  if (!channel) throw new Error('a channel-only digest command ran outside a channel');
  return channel;
}

/** For the commands that change an existing subscription: it must exist, and the caller may manage it. */
async function manageExisting(ctx: CommandContext): Promise<{ reply: Reply } | { channel: ChannelRef; existing: Subscription }> {
  const channel = channelFor(ctx);
  const existing = await ctx.digests.get(channel);
  if (!existing) return { reply: noSubscription() };
  if (!(await mayManage(ctx.caller, existing))) return { reply: refused(ctx) };
  return { channel, existing };
}

const noOptions = (input: { readonly time?: string; readonly tz?: string; readonly quiet?: string }) =>
  input.time === undefined && input.tz === undefined && input.quiet === undefined;

export const subscribe = defineCommand({
  name: 'subscribe',
  description: 'Subscribe this channel to a daily digest (no options: show the subscription)',
  options: {
    time: option.time('Local delivery time, HH:MM (default 09:00)'),
    tz: option.timezone('IANA time zone, e.g. Europe/Berlin (default: the bot’s)'),
    quiet: option.choice('On days with nothing new: send a one-line digest or skip the day (default send)', ['send', 'skip'] as const),
  },
  examples: ['/kuril subscribe time:08:30 tz:Asia/Tokyo', '/kuril subscribe quiet:skip', '/kuril subscribe'],
  // With no options it shows the channel's settings to the caller.
  visibility: (input) => (noOptions(input) ? 'ephemeral' : 'public'),
  requires: { right: 'manageChannel', for: 'changes' },
  channelOnly: true,
  async run(input, ctx) {
    const service = ctx.digests;
    const channel = channelFor(ctx);
    const existing = await service.get(channel);
    if (noOptions(input) && existing && !existing.disabled) return statusReply(service, channel, ctx, 'Daily digest for this channel', 'ephemeral');
    if (!(await mayManage(ctx.caller, existing))) return refused(ctx);
    const { created } = await service.subscribe(
      channel,
      { ...(input.time ? { time: input.time } : {}), ...(input.tz ? { tz: input.tz } : {}), ...(input.quiet ? { quiet: input.quiet } : {}) },
      ctx.caller,
      ctx.now,
    );
    return statusReply(service, channel, ctx, created ? 'This channel now gets a daily digest' : 'Daily digest updated', 'public');
  },
});

export const unsubscribe = defineCommand({
  name: 'unsubscribe',
  description: 'Stop this channel’s daily digest',
  options: {},
  examples: ['/kuril unsubscribe'],
  requires: { right: 'manageChannel', for: 'changes' },
  channelOnly: true,
  async run(_input, ctx) {
    const start = await manageExisting(ctx);
    if ('reply' in start) return start.reply;
    await ctx.digests.unsubscribe(start.channel);
    return noticeReply('Daily digest stopped', 'This channel will get no more daily digests. /kuril subscribe starts them again.', 'public');
  },
});

export const pause = defineCommand({
  name: 'pause',
  description: 'Pause this channel’s daily digest (keeps the settings)',
  options: {},
  examples: ['/kuril pause'],
  requires: { right: 'manageChannel', for: 'changes' },
  channelOnly: true,
  async run(_input, ctx) {
    const start = await manageExisting(ctx);
    if ('reply' in start) return start.reply;
    const { channel, existing } = start;
    const service = ctx.digests;
    if (existing.paused) return statusReply(service, channel, ctx, 'Already paused', 'ephemeral');
    await service.setPaused(channel, true, ctx.now);
    return statusReply(service, channel, ctx, 'Daily digest paused', 'public');
  },
});

export const resume = defineCommand({
  name: 'resume',
  description: 'Resume a paused daily digest',
  options: {},
  examples: ['/kuril resume'],
  requires: { right: 'manageChannel', for: 'changes' },
  channelOnly: true,
  async run(_input, ctx) {
    const start = await manageExisting(ctx);
    if ('reply' in start) return start.reply;
    const { channel, existing } = start;
    const service = ctx.digests;
    if (existing.disabled) {
      return errorReply('Digest stopped', 'The bot could not post in this channel (it was deleted or access was lost), so its digest was stopped.', 'Check the bot can post here, then run /kuril subscribe.');
    }
    if (!existing.paused) return statusReply(service, channel, ctx, 'Not paused', 'ephemeral');
    await service.setPaused(channel, false, ctx.now);
    return statusReply(service, channel, ctx, 'Daily digest resumed', 'public');
  },
});

export const preview = defineCommand({
  name: 'preview',
  description: 'Show exactly what this channel’s next digest would say (only to you)',
  options: {},
  examples: ['/kuril preview'],
  visibility: 'ephemeral',
  async run(_input, ctx) {
    const service = ctx.digests;
    // In the console or a direct message: what a channel subscribed now with the defaults would get.
    const channel = channelOf(ctx) ?? DEFAULTS_CHANNEL;
    const result = await service.preview(channel, ctx.now);
    const tz = result.subscription?.tz ?? service.defaultTimeZone;
    const when = formatLocal(result.due, tz);
    const condition = !result.subscription
      ? channel === DEFAULTS_CHANNEL
        ? ' (for a channel subscribed now with the defaults)'
        : ' if this channel subscribes now with the defaults'
      : result.subscription.paused
        ? ' once resumed'
        : result.subscription.disabled
          ? ' once subscribed again'
          : '';
    if (!result.reply) {
      return noticeReply('No digest due', `Nothing new by ${formatDay(result.day)}, and this channel skips quiet days, so no digest would be posted on ${when}.`);
    }
    return {
      ...result.reply,
      footer: `Preview of the digest due ${when} (${tz})${condition}, shown only to you · ${result.reply.footer ?? ''}`.replace(/ · $/, ''),
      visibility: 'ephemeral',
    };
  },
});
