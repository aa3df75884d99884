import type { Reply } from '../briefings/reply.js';
import type { Caller, Right } from '../common/caller.js';
import type { Metrics } from '../common/metrics.js';
import type { Dossier } from '../dossier/dossier.js';
import type { DigestService } from '../digests/types.js';
import type { IntakeService } from '../intake/service.js';
import type { AskLimiter } from './ask-limiter.js';
import type { OptionSpec } from './options.js';

export type { Caller, Platform, Right } from '../common/caller.js';

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
  readonly log: CommandLogger;
  /** The per-user question limit (ASK_RATE_LIMIT), shared by every platform of the process. */
  readonly askLimiter: AskLimiter;
  /** Daily digests: subscriptions, status, previews. */
  readonly digests: DigestService;
  /** News reports waiting for curators, and their decisions. */
  readonly intake: IntakeService;
  /** Counts each command's outcome for operators (the dispatcher does); absent in tests. */
  readonly metrics?: Metrics;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The typed input a command's options produce: required options are present, the rest may be absent. */
export type InputOf<O extends OptionSpecs> = {
  readonly [K in keyof O as O[K] extends OptionSpec<unknown, true> ? K : never]: O[K] extends OptionSpec<infer T> ? T : never;
} & {
  readonly [K in keyof O as O[K] extends OptionSpec<unknown, true> ? never : K]?: O[K] extends OptionSpec<infer T> ? T : never;
};

export type Visibility = Reply['visibility'];

/**
 * A subcommand, declared once with everything about it: its options, who sees its reply, whether it
 * pages, the right it needs, where it works. Adapters read these declarations and never name a
 * subcommand or an option themselves.
 */
export interface Command<O extends OptionSpecs = OptionSpecs> {
  /** Subcommand name, lower case: `/kuril <name>`. */
  readonly name: string;
  /** One line, at most 100 characters (Discord's limit for command descriptions). */
  readonly description: string;
  readonly options: O;
  /** Typed examples shown by help, e.g. "/kuril timeline from:2022-01 to:2022-12". */
  readonly examples: readonly string[];
  /**
   * Who sees a successful reply: everyone in the channel (default) or only the caller. Adapters that
   * must answer before the reply exists (Discord's deferral) go by it; errors are always private.
   */
  readonly visibility?: Visibility | ((input: InputOf<O>) => Visibility);
  /**
   * A paged reply: the option that picks the page. The other options make the page's query, so a
   * platform can offer Previous/Next for the same query.
   */
  readonly paging?: { readonly pageOption: keyof O & string };
  /**
   * The right the command needs. For `all`, the dispatcher refuses anyone without it before the
   * command runs; for `changes`, anyone may look (a status, a preview) and the command asks
   * `ctx.caller.can` before it changes anything.
   */
  readonly requires?: { readonly right: Right; readonly for: 'all' | 'changes' };
  /**
   * The reply takes seconds of work that holds the process (drawing a picture): a platform with a
   * deadline for the first response (Discord's 3 s) acknowledges before the command starts, since a
   * timer could not fire while the work runs.
   */
  readonly slow?: boolean;
  /** Works only in a shared channel, not in a direct message or the console (the dispatcher says so). */
  readonly channelOnly?: boolean;
  /** Checks that span options (e.g. from before to). Returns a message for the user, or undefined. */
  readonly check?: (input: InputOf<O>) => string | undefined;
  /**
   * A form for the other options: when the command is run with only its positional option, a
   * platform that has forms (a Discord modal, a Slack view) shows one prefilled by `prefill`, and the
   * submitted form runs the command with those options. Platforms without forms (the console) run
   * the command as typed.
   */
  readonly form?: CommandForm<O>;
  readonly run: (input: InputOf<O>, ctx: CommandContext) => Reply | Promise<Reply>;
}

export interface CommandForm<O extends OptionSpecs = OptionSpecs> {
  /** The form's heading, at most 24 characters (Slack's limit for a view's title). */
  readonly title: string;
  /** The options the form asks for, in order: at most 5 (Discord's limit for a modal). */
  readonly fields: readonly (keyof O & string)[];
  /** The fields' starting values (by option name), or a Reply (an error) instead of the form. */
  readonly prefill: (input: InputOf<O>, ctx: CommandContext) => Promise<{ readonly values: Readonly<Record<string, string>> } | Reply>;
}

/** Declares a command; the identity function exists so TypeScript infers the input type from the options. */
export function defineCommand<O extends OptionSpecs>(command: Command<O>): Command<O> {
  return command;
}
