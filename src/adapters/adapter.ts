import type { Caller, CommandContext } from '../commands/command.js';
import type { AskLimiter } from '../commands/ask-limiter.js';
import type { Metrics } from '../common/metrics.js';
import type { Config } from '../config.js';
import type { InstallationRecords } from '../digests/store/installation.js';
import type { DigestService } from '../digests/types.js';
import type { Dossier } from '../dossier/dossier.js';
import type { IntakeService } from '../intake/service.js';
import type { Logger } from '../logger.js';

/** What every adapter gets from the app: configuration, the validated dossier, a clock, a logger, the shared services. */
export interface AdapterDeps {
  readonly config: Config;
  /**
   * The event set now. It is replaced whole when a curator approves an event or the data files change,
   * so read it for each request rather than keeping it.
   */
  readonly dossier: () => Dossier;
  /** The clock; tests pass a fixed one. */
  readonly now: () => Date;
  readonly log: Logger;
  /**
   * Daily digests: passed to commands as `ctx.digests`; an adapter that can post to channels hands
   * over its sender with `digests.registerSender(sender)` (see docs/digests.md).
   */
  readonly digests: DigestService;
  /** The per-user question limit (ASK_RATE_LIMIT), shared by every adapter of the process. */
  readonly askLimiter: AskLimiter;
  /** News reports waiting for curators (the curation commands). */
  readonly intake: IntakeService;
  /** Slack installations (OAuth mode, installing in many workspaces): the digest store keeps them. */
  readonly installations?: InstallationRecords;
  /** What operators see on /metrics (METRICS_PORT); nothing is counted when absent. */
  readonly metrics?: Metrics;
}

/** A running platform connection. The app starts every configured adapter and stops them on a signal. */
export interface Adapter {
  readonly name: string;
  /** Resolves once the adapter is connected and taking requests. Rejects with a StartError on failure. */
  start(): Promise<void>;
  /** Stops taking new requests, finishes the ones in flight (within `budgetMs`, default DRAIN_BUDGET_MS), disconnects. */
  stop(budgetMs?: number): Promise<void>;
  /** Resolves when the adapter ends by itself (the console at end of input); undefined if it never does. */
  readonly finished?: Promise<void>;
  /** Why it cannot take requests now, in words for an operator (/healthz); undefined when connected. */
  health?(): string | undefined;
}

/** The context for one command or question: a fresh clock reading, the caller, the shared services. */
export function commandContext(deps: AdapterDeps, caller: Caller): CommandContext {
  return { now: deps.now(), dossier: deps.dossier(), caller, log: deps.log, digests: deps.digests, askLimiter: deps.askLimiter, intake: deps.intake, ...(deps.metrics ? { metrics: deps.metrics } : {}) };
}
