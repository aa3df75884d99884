import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { ChannelRef } from './types.js';

/**
 * A digest change the service refuses, with the words for the person who asked: the command layer
 * shows `title` and `lead` as an error reply.
 */
export class DigestRefusal extends Error {
  constructor(
    readonly title: string,
    readonly lead: string,
  ) {
    super(lead);
    this.name = 'DigestRefusal';
  }
}

export const DEFAULT_MAX_PER_WORKSPACE = 50;
/** Digest and alert changes one server or workspace may make per minute. */
export const DEFAULT_CHANGES_PER_MINUTE = 30;

export function tooManySubscriptions(max: number): DigestRefusal {
  return new DigestRefusal(
    'Too many daily digests',
    `This server or workspace already has ${max} daily digests, the most it may have. /kuril unsubscribe in a channel that no longer needs one frees a place.`,
  );
}

/**
 * Subscribe-type commands per server or workspace per minute (a script cannot flood the store or
 * the scheduler). In memory: each process counts its own.
 */
export function changeLimiter(perMinute = DEFAULT_CHANGES_PER_MINUTE): (channel: ChannelRef) => Promise<void> {
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60, keyPrefix: 'digest-changes' });
  return async (channel) => {
    const key = `${channel.platform}:${channel.workspaceId ?? channel.channelId}`;
    try {
      await limiter.consume(key);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new DigestRefusal('Too many changes', `Daily digests and alerts here have changed too often in the last minute. Try again in ${seconds} s.`);
    }
  };
}
