import { errorReply, noticeReply, type Reply } from '../../briefings/reply.js';
import { formatDay } from '../../dossier/dates.js';
import { mayManage, whoMayManage } from '../../digests/permissions.js';
import { formatLocal } from '../../digests/time.js';
import type { ChannelRef, DigestService, Subscription, SubscriptionStatus } from '../../digests/types.js';
import { defineCommand, type CommandContext } from '../command.js';
import { option } from '../options.js';

/**
 * The daily-digest subcommands. A channel subscribes once and gets one digest a day at its own local
 * time (src/digests). Anyone in the channel may see the status (`/kuril subscribe` with no options) and
 * a preview; changing the subscription needs the rights `mayManage` names. Without a digest service
 * (no store configured) every subcommand says so instead of pretending.
 */
const notConfigured = () =>
  noticeReply(
    'Daily digests are not available yet',
    'Daily digests will be available once digests are configured for this bot. Meanwhile, /kuril brief gives the current briefing.',
  );

const CONSOLE_CHANNEL: ChannelRef = { platform: 'console', channelId: 'console' };

/** The channel the command was typed in, or undefined in a direct message or the console. */
function channelOf(ctx: CommandContext): ChannelRef | undefined {
  const { caller } = ctx;
  if (caller.isDirect || !caller.channelId) return undefined;
  return { platform: caller.platform, channelId: caller.channelId, ...(caller.workspaceId ? { workspaceId: caller.workspaceId } : {}) };
}

const notInChannel = (command: string) =>
  errorReply(
    'Digests are for channels',
    `A daily digest is posted in a channel, so /kuril ${command} works only in the channel that should receive it, not in a direct message or the console.`,
    '/kuril preview shows what a digest says; /kuril brief gives the current briefing here.',
  );

const refused = (ctx: CommandContext) =>
  errorReply('Not allowed', whoMayManage(ctx.caller.platform), 'Anyone can see the settings with /kuril subscribe and the next digest with /kuril preview.');

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

/** Common start of the commands that change a subscription: service, channel, existing record, rights. */
async function manage(
  ctx: CommandContext,
  command: string,
): Promise<{ reply: Reply } | { service: DigestService; channel: ChannelRef; existing: Subscription | undefined }> {
  const service = ctx.digests;
  if (!service) return { reply: notConfigured() };
  const channel = channelOf(ctx);
  if (!channel) return { reply: notInChannel(command) };
  const existing = await service.get(channel);
  return { service, channel, existing };
}

/** For the commands that change an existing subscription: it must exist, and the caller may manage it. */
async function manageExisting(
  ctx: CommandContext,
  command: string,
): Promise<{ reply: Reply } | { service: DigestService; channel: ChannelRef; existing: Subscription }> {
  const start = await manage(ctx, command);
  if ('reply' in start) return start;
  const { existing } = start;
  if (!existing) return { reply: noSubscription() };
  if (!mayManage(ctx.caller, existing)) return { reply: refused(ctx) };
  return { ...start, existing };
}

export const subscribe = defineCommand({
  name: 'subscribe',
  description: 'Subscribe this channel to a daily digest (no options: show the subscription)',
  options: {
    time: option.time('Local delivery time, HH:MM (default 09:00)'),
    tz: option.timezone('IANA time zone, e.g. Europe/Berlin (default: the bot’s)'),
    quiet: option.choice('On days with nothing new: send a one-line digest or skip the day (default send)', ['send', 'skip'] as const),
  },
  examples: ['/kuril subscribe time:08:30 tz:Asia/Tokyo', '/kuril subscribe quiet:skip', '/kuril subscribe'],
  async run(input, ctx) {
    const start = await manage(ctx, 'subscribe');
    if ('reply' in start) return start.reply;
    const { service, channel, existing } = start;
    const noOptions = input.time === undefined && input.tz === undefined && input.quiet === undefined;
    if (noOptions && existing && !existing.disabled) return statusReply(service, channel, ctx, 'Daily digest for this channel', 'ephemeral');
    if (!mayManage(ctx.caller, existing)) return refused(ctx);
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
  async run(_input, ctx) {
    const start = await manageExisting(ctx, 'unsubscribe');
    if ('reply' in start) return start.reply;
    await start.service.unsubscribe(start.channel);
    return noticeReply('Daily digest stopped', 'This channel will get no more daily digests. /kuril subscribe starts them again.', 'public');
  },
});

export const pause = defineCommand({
  name: 'pause',
  description: 'Pause this channel’s daily digest (keeps the settings)',
  options: {},
  examples: ['/kuril pause'],
  async run(_input, ctx) {
    const start = await manageExisting(ctx, 'pause');
    if ('reply' in start) return start.reply;
    const { service, channel, existing } = start;
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
  async run(_input, ctx) {
    const start = await manageExisting(ctx, 'resume');
    if ('reply' in start) return start.reply;
    const { service, channel, existing } = start;
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
  async run(_input, ctx) {
    const service = ctx.digests;
    if (!service) return notConfigured();
    const channel = channelOf(ctx) ?? (ctx.caller.platform === 'console' ? CONSOLE_CHANNEL : undefined);
    if (!channel) return notInChannel('preview');
    const result = await service.preview(channel, ctx.now);
    const tz = result.subscription?.tz ?? service.defaultTimeZone;
    const when = formatLocal(result.due, tz);
    const condition = !result.subscription
      ? channel === CONSOLE_CHANNEL
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
