import type { DigestStore } from '../../../src/digests/store/digest-store.js';
import type { ChannelRef, LedgerEntry, Subscription } from '../../../src/digests/types.js';

/**
 * The suite's one judgement: per channel-day, exactly one digest (every part posted once) or a
 * reason recorded why not (a ledger entry that is not "sent", or a subscription disabled or paused).
 */

export interface ChannelDay {
  readonly channel: ChannelRef;
  readonly day: string;
  /** Bodies of the messages the platform received for it, in order (every part, every copy). */
  readonly posts: readonly string[];
  /** How many parts the digest has. */
  readonly parts: number;
}

export interface Verdict {
  readonly channelDays: number;
  /** Channel-days delivered whole, each part once. */
  readonly sent: number;
  /** Messages posted more than once (a part posted twice counts one). */
  readonly duplicates: number;
  /** Channel-days neither delivered whole nor explained by a recorded reason. */
  readonly missed: number;
  /** Channel-days delivered without a "sent" ledger entry (the next tick would send them again). */
  readonly unrecorded: number;
  /** Channel-days not sent, with the recorded reason. */
  readonly explained: number;
  /** One line per problem, for the assertion message. */
  readonly problems: readonly string[];
}

/** Reads a channel's ledger and subscription whether the store keys them by bot (scope) or not. */
export async function recordsOf(store: DigestStore, channel: ChannelRef, day: string): Promise<{ ledger?: LedgerEntry; subscription?: Subscription }> {
  const refs = channel.scope ? [channel, { ...channel, scope: undefined }] : [channel];
  let ledger: LedgerEntry | undefined;
  let subscription: Subscription | undefined;
  for (const ref of refs) {
    ledger ??= await store.getLedger(ref, day);
    subscription ??= await store.getSubscription(ref);
  }
  return { ...(ledger ? { ledger } : {}), ...(subscription ? { subscription } : {}) };
}

export async function judge(store: DigestStore, items: readonly ChannelDay[]): Promise<Verdict> {
  let sent = 0;
  let duplicates = 0;
  let missed = 0;
  let unrecorded = 0;
  let explained = 0;
  const problems: string[] = [];
  for (const item of items) {
    const where = `${item.channel.channelId} on ${item.day}`;
    const distinct = new Set(item.posts).size;
    duplicates += item.posts.length - distinct;
    if (item.posts.length > distinct) problems.push(`${where}: ${item.posts.length} messages for ${distinct} distinct parts`);
    const { ledger, subscription } = await recordsOf(store, item.channel, item.day);
    if (distinct >= item.parts) {
      sent++;
      if (ledger?.status !== 'sent') {
        unrecorded++;
        problems.push(`${where}: delivered, but the ledger says ${ledger ? ledger.status : 'nothing'}`);
      }
      continue;
    }
    const reason = ledger && ledger.status !== 'sent' ? `ledger: ${ledger.status}` : subscription?.disabled ? `disabled: ${subscription.disabled.reason}` : subscription?.paused ? 'paused' : undefined;
    if (reason && distinct === 0) {
      explained++;
      continue;
    }
    missed++;
    problems.push(`${where}: ${distinct} of ${item.parts} parts posted; ledger ${ledger ? ledger.status : 'none'}${reason ? `, ${reason}` : ''}`);
  }
  return { channelDays: items.length, sent, duplicates, missed, unrecorded, explained, problems };
}

/** A verdict to compare in one assertion: the counts that must be zero, and the problems behind them. */
export function faultsOf(verdict: Verdict): { duplicates: number; missed: number; unrecorded: number; problems: readonly string[] } {
  return { duplicates: verdict.duplicates, missed: verdict.missed, unrecorded: verdict.unrecorded, problems: verdict.problems };
}
