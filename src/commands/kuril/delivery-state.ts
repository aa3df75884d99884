import type { ReplySection } from '../../briefings/reply.js';
import type { ChannelRef, SuspendedCredentials } from '../../digests/types.js';
import type { CommandContext } from '../command.js';

/**
 * What /kuril status says about open auth breakers (the platform keeps rejecting the bot's token, so
 * digests and alerts wait). In a channel whose own credentials are held back, anyone who asks is told:
 * on Slack that is exactly the workspace where an admin cannot be recognised (users.info fails with the
 * rejected token), and it names no id. Curators, the bot's operators, also get every held-back scope.
 * Both describe the process that answered: breakers live in each process.
 */

const PLATFORM_NAMES: Readonly<Record<string, string>> = { discord: 'Discord', slack: 'Slack', console: 'The console' };
/** What mends a revoked token, per platform. */
const FIX: Readonly<Record<string, string>> = {
  slack: 'if the bot’s token was revoked, installing the app again mends it',
  discord: 'if the bot’s token was reset, its operators must set the new one (DISCORD_TOKEN)',
};
/** Scopes listed to curators; the rest are counted (the log names each one). */
const LISTED = 10;

export function channelSuspension(suspended: readonly SuspendedCredentials[], channel: ChannelRef): string | undefined {
  const held = suspended.find((s) => s.platform === channel.platform && s.scope === (channel.scope ?? ''));
  if (!held) return undefined;
  return `Posting here is suspended: ${PLATFORM_NAMES[held.platform]} keeps rejecting the bot’s credentials used here (${held.reason ?? 'unauthorized'}). Digests and alerts wait, with one try every few minutes, and resume by themselves once a post goes through; ${FIX[held.platform] ?? 'the bot’s operators can renew its token'}.`;
}

/** The operators' section, only for curators and only when something is held back. */
export async function operatorDelivery(ctx: CommandContext): Promise<ReplySection | undefined> {
  if (!(await ctx.caller.can('curator'))) return undefined;
  const suspended = ctx.digests.suspended();
  if (suspended.length === 0) return undefined;
  const perPlatform = new Map<string, number>();
  for (const s of suspended) perPlatform.set(s.platform, (perPlatform.get(s.platform) ?? 0) + 1);
  const counts = [...perPlatform].map(([platform, n]) => `${PLATFORM_NAMES[platform] ?? platform}: ${n}`);
  return {
    heading: 'Delivery suspended (operators)',
    text: `Credentials the platform keeps rejecting, so their digests and alerts wait (this process; kuril_delivery_suspended on /metrics): ${counts.join(', ')}.`,
    items: suspended.slice(0, LISTED).map((s) => ({ title: `${PLATFORM_NAMES[s.platform] ?? s.platform} ${s.scope || '(unscoped)'}`, text: `${s.reason ?? 'unauthorized'}.`, sources: [] })),
  };
}
