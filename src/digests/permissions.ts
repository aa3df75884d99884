import type { Caller } from '../commands/command.js';
import type { Subscription } from './types.js';

/**
 * Who may change a channel's digest (subscribe, unsubscribe, pause, resume). Anyone may see the status
 * and a preview. The adapters fill `caller.canManageChannel`:
 * - Discord: the member has Manage Channels or Manage Server in that channel;
 * - Slack: the user is a workspace admin or owner.
 * On Slack the person who subscribed the channel may also manage it (their user id is stored).
 */
export function mayManage(caller: Caller, subscription: Pick<Subscription, 'platform' | 'subscribedBy'> | undefined): boolean {
  if (caller.canManageChannel === true) return true;
  return caller.platform === 'slack' && subscription?.platform === 'slack' && subscription.subscribedBy === caller.userId;
}

/** One sentence naming who may change the digest on the caller's platform. */
export function whoMayManage(platform: Caller['platform']): string {
  switch (platform) {
    case 'discord':
      return 'Only members with the Manage Channels or Manage Server permission can change this channel’s daily digest.';
    case 'slack':
      return 'Only workspace admins and owners, or the person who subscribed this channel, can change its daily digest.';
    case 'console':
      return 'Only someone who manages this channel can change its daily digest.';
  }
}
