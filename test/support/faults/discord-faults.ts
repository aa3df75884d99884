import type { FakeDiscord, RecordedRequest, RequestFault } from '../fake-discord/index.js';

/**
 * Fault modes for the fake Discord's channel posts. A rule hits the `nth` message POST to a channel
 * (1 = the digest's first part, 2 = its second), once: retries and later posts go through untouched.
 */

/** The platform keeps the message but answers only after discord.js has given up waiting (15 s). */
export const ACCEPTED_THEN_SLOW: RequestFault = { accept: true, answer: { delayMs: 17_000 } };
/** The platform keeps the message, then the connection is reset before the answer. */
export const ACCEPTED_THEN_RESET: RequestFault = { accept: true, answer: 'reset' };
/** The platform keeps the message, then answers 500. */
export const ACCEPTED_THEN_500: RequestFault = { accept: true, answer: { status: 500, body: { message: '500: Internal Server Error', code: 0 } } };

export interface PostRule {
  readonly channelId: string;
  readonly nth: number;
  /** A fault, or a function deciding when the post arrives (it may hold the request until it resolves). */
  readonly fault: RequestFault | ((request: RecordedRequest) => Promise<RequestFault | undefined>);
}

const POST = /^\/channels\/(\d+)\/messages$/;

/** The channel a request posts a message to, if it does. */
export function postedTo(request: RecordedRequest): string | undefined {
  return request.method === 'POST' ? POST.exec(request.path)?.[1] : undefined;
}

/** Installs the rules on a fake (replacing its hook); returns the posts seen per channel. */
export function faultPosts(fake: FakeDiscord, rules: readonly PostRule[]): Map<string, number> {
  const seen = new Map<string, number>();
  const pending = new Set(rules);
  fake.hook = (request) => {
    const channelId = request.method === 'POST' ? POST.exec(request.path)?.[1] : undefined;
    if (!channelId) return undefined;
    const nth = (seen.get(channelId) ?? 0) + 1;
    seen.set(channelId, nth);
    const rule = [...pending].find((r) => r.channelId === channelId && r.nth === nth);
    if (!rule) return undefined;
    pending.delete(rule);
    return typeof rule.fault === 'function' ? rule.fault(request) : rule.fault;
  };
  return seen;
}

/** Every channel post answers with this Discord error (a 403, a 401 storm, a deleted channel). */
export function failAllPosts(fake: FakeDiscord, status: number, code: number, message: string, channels?: ReadonlySet<string>): void {
  fake.hook = (request) => {
    const channelId = request.method === 'POST' ? POST.exec(request.path)?.[1] : undefined;
    if (!channelId || (channels && !channels.has(channelId))) return undefined;
    return { accept: false, answer: { status, body: { message, code } } };
  };
}

/** The requests a fake answered with `status` on channel posts. */
export function postsAnswered(fake: FakeDiscord, status: number): RecordedRequest[] {
  return fake.requests.filter((r) => r.method === 'POST' && POST.test(r.path) && r.status === status);
}
