/**
 * A circuit breaker on authentication errors, one per set of credentials (the delivery queue keeps
 * one per scope: Discord's one bot token, each Slack workspace's or org's own token). A revoked token
 * fails every channel it serves, every minute; Discord bans a bot after 10,000 invalid requests in 10
 * minutes, which would take the interactive commands down too. After `threshold` auth failures in a
 * row the breaker opens: no post goes out with those credentials, except one probe every `probeMs`;
 * a probe that succeeds closes it.
 */
export interface BreakerOptions {
  /** Auth failures in a row that open it (default 3). */
  readonly threshold?: number;
  /** How often one probe goes through while open (default 5 minutes). */
  readonly probeMs?: number;
  readonly clock?: () => number;
}

export class AuthBreaker {
  private failures = 0;
  private openSince: number | undefined;
  private lastReason: string | undefined;
  private probing = false;
  private lastProbe = 0;
  private readonly threshold: number;
  private readonly probeMs: number;
  private readonly clock: () => number;

  constructor(options: BreakerOptions = {}) {
    this.threshold = options.threshold ?? 3;
    this.probeMs = options.probeMs ?? 5 * 60_000;
    this.clock = options.clock ?? (() => performance.now());
  }

  get isOpen(): boolean {
    return this.openSince !== undefined;
  }

  /** Why the last auth failure happened (the platform's words: `token_revoked`, `401`…), while failures count. */
  get reason(): string | undefined {
    return this.lastReason;
  }

  /** May a post go now? While open, true once per `probeMs` (that post is the probe). */
  allow(): boolean {
    if (this.openSince === undefined) return true;
    if (this.probing || this.clock() - this.lastProbe < this.probeMs) return false;
    this.probing = true;
    this.lastProbe = this.clock();
    return true;
  }

  /** The platform accepted a post (or refused it for another reason): the credentials work. Returns true if that closed it. */
  succeeded(): boolean {
    const wasOpen = this.openSince !== undefined;
    this.failures = 0;
    this.openSince = undefined;
    this.lastReason = undefined;
    this.probing = false;
    return wasOpen;
  }

  /** An auth failure, with the platform's reason. Returns true if that opened it. */
  failed(reason?: string): boolean {
    this.probing = false;
    this.failures++;
    this.lastReason = reason;
    if (this.openSince !== undefined || this.failures < this.threshold) return false;
    this.openSince = this.clock();
    this.lastProbe = this.clock();
    return true;
  }

  /** A post that was allowed ended without an answer about the credentials (a timeout): the probe slot is free again. */
  inconclusive(): void {
    this.probing = false;
  }
}
