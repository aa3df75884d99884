import type { DigestStore, Fence, StoreLog } from './store/digest-store.js';

/**
 * A claim this process holds on one delivery (a channel-day, or a channel-event for alerts), kept alive
 * by a heartbeat, and the fence every send and every write goes through.
 *
 * The lease is counted on a monotonic clock (performance.now(), immune to wall-clock jumps) from the
 * moment we *asked* for the last renewal the store confirmed: the store's own lease can only end later
 * than that. A post may start only while that moment is more recent than `leaseMs - sendTimeoutMs -
 * SAFETY_MS`, so it ends (or times out) before anyone else could take the claim. A renewal that fails
 * ages the claim; one that says "not yours" marks it lost at once, and nothing more is sent.
 */

/** Room left for clock-rate differences and the store's own latency (a tenth of the lease when that is less). */
export const SAFETY_MS = 2_000;

export class HeldClaim {
  readonly fence: Fence;
  private confirmedAt: number;
  private lost = false;
  private readonly heartbeat: NodeJS.Timeout;

  private constructor(
    private readonly store: Pick<DigestStore, 'renew' | 'release'>,
    readonly name: string,
    owner: string,
    private readonly leaseMs: number,
    private readonly sendTimeoutMs: number,
    private readonly log: StoreLog,
    private readonly clock: () => number,
    askedAt: number,
  ) {
    this.fence = { name, owner };
    this.confirmedAt = askedAt;
    this.heartbeat = setInterval(() => void this.renew(), Math.max(50, leaseMs / 3));
    this.heartbeat.unref();
  }

  /** Takes the claim, or undefined when someone else holds it. */
  static async take(
    store: Pick<DigestStore, 'claim' | 'renew' | 'release'>,
    options: { name: string; owner: string; leaseMs: number; sendTimeoutMs: number; log: StoreLog; clock?: () => number },
  ): Promise<HeldClaim | undefined> {
    const clock = options.clock ?? (() => performance.now());
    const askedAt = clock();
    if (!(await store.claim(options.name, options.owner, options.leaseMs))) return undefined;
    return new HeldClaim(store, options.name, options.owner, options.leaseMs, options.sendTimeoutMs, options.log, clock, askedAt);
  }

  /** The store said another process holds it now. */
  get isLost(): boolean {
    return this.lost;
  }

  /** A post may start now: the claim is ours and its lease outlasts a post that starts now. */
  canSend(): boolean {
    return !this.lost && this.clock() - this.confirmedAt < this.leaseMs - this.sendTimeoutMs - Math.min(SAFETY_MS, this.leaseMs / 10);
  }

  /** Why canSend() is false, for the log. */
  whyNot(): string {
    return this.lost ? 'claim lost, another process owns it' : `no confirmed claim renewal for ${Math.round(this.clock() - this.confirmedAt)} ms (the store is unreachable)`;
  }

  private async renew(): Promise<void> {
    if (this.lost) return;
    const askedAt = this.clock();
    try {
      if (await this.store.renew(this.name, this.fence.owner, this.leaseMs)) this.confirmedAt = Math.max(this.confirmedAt, askedAt);
      else {
        this.lost = true;
        this.log.warn({ channel: this.name }, 'claim lost, another process owns it; stopping before the next post');
      }
    } catch (error) {
      this.log.warn({ err: error, channel: this.name }, 'claim renewal failed; no post starts until one succeeds');
    }
  }

  /** Stops the heartbeat and, unless `keep`, gives the claim back. */
  async end(keep = false): Promise<void> {
    clearInterval(this.heartbeat);
    if (keep || this.lost) return;
    await this.store.release(this.name, this.fence.owner).catch((error: unknown) => this.log.warn({ err: error, channel: this.name }, 'claim release failed'));
  }

  /** Stops the heartbeat only: the claim runs out with its lease (a confirmed post not yet recorded). */
  keepUntilLeaseEnds(): void {
    clearInterval(this.heartbeat);
  }
}
