import type { Platform } from './caller.js';

/**
 * What the bot counts for its operators, as a port: the code that does the work calls these, and
 * src/metrics/ turns them into Prometheus metrics (only when METRICS_PORT is set; otherwise
 * `noMetrics`). Every argument is a value from a fixed set in our code, never a token or a user's
 * text: command names come from the command registry, kinds and outcomes from the types below.
 */
export interface Metrics {
  /** A /kuril command ran (or was turned away) with this outcome; `unknown` for a name not in the registry. */
  commandRun(command: string, outcome: CommandOutcome): void;
  /** An adapter finished one request (a command, a message, a button…) in `seconds`, reply sent. */
  answered(platform: Platform, kind: string, seconds: number): void;
  digestSent(platform: Platform): void;
  digestFailed(platform: Platform): void;
  alertSent(platform: Platform): void;
  alertFailed(platform: Platform): void;
  /** A digest or alert was not sent again because the ledger or another process's claim had it. */
  duplicatePrevented(platform: Platform, what: 'digest' | 'alert'): void;
  /** The platform answered 429 (or its library waited on a rate limit). */
  rateLimited(platform: Platform): void;
  /** One store round trip. */
  storeLatency(operation: StoreOperation, seconds: number): void;
  /** One feed fetched in a poll round. */
  feedPolled(outcome: 'ok' | 'failed'): void;
  /** How many of this process's gateway shards are connected now, of how many it runs. */
  gatewayShards(platform: Platform, up: number, total: number): void;
}

/**
 * answered: the command ran and replied; error: it replied with an error (not found, a limit);
 * invalid: its options did not validate; refused: the caller may not run it here; failed: it threw
 * (the user got the apology); unknown: no such command.
 */
export const COMMAND_OUTCOMES = ['answered', 'error', 'invalid', 'refused', 'failed', 'unknown'] as const;
export type CommandOutcome = (typeof COMMAND_OUTCOMES)[number];

export const STORE_OPERATIONS = ['read', 'write', 'claim', 'health'] as const;
export type StoreOperation = (typeof STORE_OPERATIONS)[number];

/** Counts nothing: tests and a bot without METRICS_PORT. */
export const noMetrics: Metrics = {
  commandRun: () => undefined,
  answered: () => undefined,
  digestSent: () => undefined,
  digestFailed: () => undefined,
  alertSent: () => undefined,
  alertFailed: () => undefined,
  duplicatePrevented: () => undefined,
  rateLimited: () => undefined,
  storeLatency: () => undefined,
  feedPolled: () => undefined,
  gatewayShards: () => undefined,
};
