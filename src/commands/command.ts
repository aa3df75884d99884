import type { Dossier } from '../dossier/dossier.js';
import type { Reply } from '../briefings/reply.js';
import type { OptionSpec } from './options.js';
import type { AskLimiter } from './ask-limiter.js';
import type { DigestService } from '../digests/types.js';

/** Who is calling, in platform-neutral terms. Adapters fill it from the platform payload. */
export interface Caller {
  readonly platform: 'console' | 'discord' | 'slack';
  readonly userId: string;
  readonly userName?: string;
  /** Where the command was typed; undefined in the console. */
  readonly channelId?: string;
  /** Discord guild or Slack team. */
  readonly workspaceId?: string;
  /** A direct message (or the console), not a shared channel. */
  readonly isDirect: boolean;
  /**
   * May change this channel's digest subscription: Discord Manage Channels/Manage Server, Slack
   * admin/owner. Adapters that cannot tell yet leave it undefined (treated as no).
   */
  readonly canManageChannel?: boolean;
}

/** Minimal logging port so the command layer can report unexpected errors without importing pino. */
export interface CommandLogger {
  error(details: Record<string, unknown>, message: string): void;
}

/** Everything a command may use. Never a platform object. */
export interface CommandContext {
  /** The clock, passed in so every answer is reproducible. */
  readonly now: Date;
  readonly dossier: Dossier;
  readonly caller: Caller;
  readonly log?: CommandLogger;
  /** The per-user question limit; the ask command falls back to a default one. */
  readonly askLimiter?: AskLimiter;
  /** Daily digests; absent until a digest store is configured (the digest commands then say so). */
  readonly digests?: DigestService;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The typed input a command's options produce: required options are present, the rest may be absent. */
export type InputOf<O extends OptionSpecs> = {
  readonly [K in keyof O as O[K] extends OptionSpec<unknown, true> ? K : never]: O[K] extends OptionSpec<infer T> ? T : never;
} & {
  readonly [K in keyof O as O[K] extends OptionSpec<unknown, true> ? never : K]?: O[K] extends OptionSpec<infer T> ? T : never;
};

export interface Command<O extends OptionSpecs = OptionSpecs> {
  /** Subcommand name, lower case: `/kuril <name>`. */
  readonly name: string;
  /** One line, at most 100 characters (Discord's limit for command descriptions). */
  readonly description: string;
  readonly options: O;
  /** Typed examples shown by help, e.g. "/kuril timeline from:2022-01 to:2022-12". */
  readonly examples: readonly string[];
  /** Checks that span options (e.g. from before to). Returns a message for the user, or undefined. */
  readonly check?: (input: InputOf<O>) => string | undefined;
  readonly run: (input: InputOf<O>, ctx: CommandContext) => Reply | Promise<Reply>;
}

/** Declares a command; the identity function exists so TypeScript infers the input type from the options. */
export function defineCommand<O extends OptionSpecs>(command: Command<O>): Command<O> {
  return command;
}
