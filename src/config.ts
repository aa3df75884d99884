import { z } from 'zod';
import { isTimeZone } from './common/time-zone.js';

/**
 * Every environment variable the bot reads, parsed once by one schema. Empty values count as unset
 * (a blank line in .env should not break start-up). Error messages name the variable, never its value.
 */
const unsetIfEmpty = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) => z.preprocess(unsetIfEmpty, schema.default(fallback as never));

/** A whole number within bounds, with messages a person can act on (zod's own say "received NaN"). */
const wholeNumber = (min: number, max: number, what: string) =>
  z.coerce
    .number({ error: `must be a whole number (${what})` })
    .int(`must be a whole number (${what})`)
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

/** Discord's largest bots run a few thousand shards; this bound only catches typos. */
const MAX_SHARDS = 10_000;

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const configSchema = z.object({
  DISCORD_TOKEN: optional(z.string().min(20, 'does not look like a Discord bot token')),
  DISCORD_APP_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: optional(httpUrl),
  /** Shards this process opens: `auto` (what Discord recommends) or a number; see shardPlan below. */
  DISCORD_SHARDS: optional(z.union([z.literal('auto'), wholeNumber(1, MAX_SHARDS, `"auto" or a number of shards, 1–${MAX_SHARDS}`)], { error: `must be "auto" or a number of shards, 1–${MAX_SHARDS}` })),
  /** With DISCORD_SHARD_IDS: the bot's total shard count, when several processes split the shards. */
  DISCORD_SHARD_COUNT: optional(wholeNumber(1, MAX_SHARDS, `the bot's total number of shards, 1–${MAX_SHARDS}`)),
  /** With DISCORD_SHARD_COUNT: the shards this process opens, e.g. `0,1`. */
  DISCORD_SHARD_IDS: optional(
    z
      .string()
      .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, 'must list shard ids separated by commas, such as 0,1')
      .transform((text) => text.split(',').map((id) => Number(id.trim()))),
  ),
  SLACK_BOT_TOKEN: optional(z.string().startsWith('xoxb-', 'must be a bot token starting with xoxb-')),
  SLACK_SIGNING_SECRET: optional(z.string().min(8, 'is too short to be a signing secret')),
  SLACK_APP_TOKEN: optional(z.string().startsWith('xapp-', 'must be an app-level token starting with xapp-')),
  SLACK_API_URL: optional(httpUrl),
  /** OAuth (install in any workspace): all three, with SLACK_SIGNING_SECRET, turn it on (HTTP mode). */
  SLACK_CLIENT_ID: optional(z.string().regex(/^\d+\.\d+$/, 'must be the app\'s client id (digits.digits, from Basic Information)')),
  SLACK_CLIENT_SECRET: optional(z.string().min(8, 'is too short to be a client secret')),
  SLACK_STATE_SECRET: optional(z.string().min(16, 'must be at least 16 characters (any random string; it signs the install state)')),
  PORT: withDefault(wholeNumber(1, 65_535, 'a port number, 1–65535'), 3000),
  STORE_URL: withDefault(
    z.string().regex(/^(sqlite|redis|rediss):\/\//, 'must start with sqlite://, redis:// or rediss://'),
    'sqlite://./data/kuril-brief.sqlite',
  ),
  /** The deployment's key prefix in the store: two deployments sharing a Redis need different ones (or different bots). */
  STORE_NAMESPACE: withDefault(z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'must be 1–64 letters, digits, dots, dashes or underscores'), 'kuril-digest'),
  /** How long any store call may take before it fails (and the bot says digests are unavailable for now). */
  STORE_TIMEOUT_MS: withDefault(wholeNumber(100, 60_000, 'milliseconds, 100–60000'), 2_000),
  /** Daily digests one Discord server or Slack workspace may have. */
  DIGEST_MAX_PER_WORKSPACE: withDefault(wholeNumber(1, 10_000, 'subscriptions per server or workspace, 1–10000'), 50),
  LOG_LEVEL: withDefault(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' }), 'info'),
  /** The curated event set; the shipped one by default. */
  DATA_DIR: optional(z.string().min(1)),
  TZ_DEFAULT: withDefault(z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin or UTC'), 'UTC'),
  ASK_RATE_LIMIT: withDefault(wholeNumber(1, 1000, 'questions per user per minute, 1–1000'), 10),
  /** Who may review, approve and reject news reports: `discord:<user id>` and `slack:<user id>`, comma-separated. */
  CURATORS: withDefault(
    z
      .string()
      .transform((text) => text.split(',').map((part) => part.trim()).filter(Boolean))
      .pipe(z.array(z.string().regex(/^(discord|slack):[A-Za-z0-9]+$/, 'must list discord:<user id> or slack:<user id>, comma-separated'))),
    '',
  ),
  /** The news feeds to poll; the shipped data/feeds.yaml by default. */
  FEEDS_FILE: optional(z.string().min(1)),
  /** Where the console writes the files a reply carries (a chart, an export); created when first needed. */
  OUTPUT_DIR: withDefault(z.string().min(1), './output'),
  /** Minutes between polls of the news feeds; 0 turns polling off. */
  INTAKE_INTERVAL_MIN: withDefault(wholeNumber(0, 1440, 'minutes between feed polls, 0–1440; 0 turns polling off'), 15),
  /** The whole shutdown after SIGTERM, in ms: below Docker's 10 s grace period by default. */
  SHUTDOWN_BUDGET_MS: withDefault(wholeNumber(500, 120_000, 'milliseconds for the whole shutdown, 500–120000'), 8_000),
  /** `on`: a Discord or Slack bot starts its chart worker once connected, so no chart waits for it to load; `off`: the first chart starts it. */
  CHART_WORKER_AT_START: withDefault(z.enum(['on', 'off'], { error: 'must be on or off' }), 'on'),
  /** The port of /healthz and /metrics (Prometheus); unset: no metrics server. */
  METRICS_PORT: optional(wholeNumber(0, 65_535, 'a port number, 1–65535; 0 picks a free one')),
}).superRefine((config, ctx) => {
  // zod runs this even when a field above failed; those fields have their own message already.
  if (ctx.issues.length > 0) return;
  for (const problem of shardProblems(config)) ctx.addIssue({ code: 'custom', path: [problem.key], message: problem.message });
});

export type Config = z.output<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nEvery setting is described in .env.example.`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) {
    slackMode(result.data);
    return result.data;
  }
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
}

/**
 * Which Discord shards this process opens: every shard Discord recommends (`auto`), the first `count`
 * of `count`, or the listed `ids` of a bot split over several processes.
 */
export type ShardPlan = { readonly kind: 'auto' } | { readonly kind: 'fixed'; readonly ids: readonly number[]; readonly count: number };

export function shardPlan(config: Pick<Config, 'DISCORD_SHARDS' | 'DISCORD_SHARD_COUNT' | 'DISCORD_SHARD_IDS'>): ShardPlan {
  const { DISCORD_SHARDS: shards, DISCORD_SHARD_COUNT: count, DISCORD_SHARD_IDS: ids } = config;
  if (count !== undefined && ids) return { kind: 'fixed', ids, count };
  if (typeof shards === 'number') return { kind: 'fixed', ids: Array.from({ length: shards }, (_, i) => i), count: shards };
  return { kind: 'auto' };
}

/** The combinations of the shard settings that cannot work, each naming the variable to fix. */
function shardProblems(config: Pick<Config, 'DISCORD_SHARDS' | 'DISCORD_SHARD_COUNT' | 'DISCORD_SHARD_IDS'>): { key: string; message: string }[] {
  const { DISCORD_SHARDS: shards, DISCORD_SHARD_COUNT: count, DISCORD_SHARD_IDS: ids } = config;
  if (count === undefined && ids === undefined) return [];
  if (shards !== undefined) return [{ key: 'DISCORD_SHARDS', message: 'cannot be set with DISCORD_SHARD_COUNT and DISCORD_SHARD_IDS: use one or the other' }];
  if (count === undefined) return [{ key: 'DISCORD_SHARD_IDS', message: 'needs DISCORD_SHARD_COUNT, the total number of shards the processes split' }];
  if (ids === undefined) return [{ key: 'DISCORD_SHARD_COUNT', message: 'needs DISCORD_SHARD_IDS, the shards this process opens (such as 0,1)' }];
  const outside = ids.filter((id) => id >= count);
  if (outside.length) return [{ key: 'DISCORD_SHARD_IDS', message: `lists ${outside.join(', ')}, but with DISCORD_SHARD_COUNT=${count} the shard ids run from 0 to ${count - 1}` }];
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length) return [{ key: 'DISCORD_SHARD_IDS', message: `lists ${[...new Set(repeated)].join(', ')} more than once` }];
  return [];
}

/** Names of the secrets, so the logger can redact them wherever they appear. */
export const SECRET_KEYS = ['DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;

/** The OAuth settings: all or none. */
export const SLACK_OAUTH_KEYS = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;

/** 'oauth' when every OAuth setting is present, 'token' with SLACK_BOT_TOKEN, undefined without Slack; throws ConfigError for a partial OAuth set. */
export function slackMode(config: Config): 'oauth' | 'token' | undefined {
  const present = SLACK_OAUTH_KEYS.filter((key) => config[key] !== undefined);
  if (present.length === 0) return config.SLACK_BOT_TOKEN ? 'token' : undefined;
  const missing = SLACK_OAUTH_KEYS.filter((key) => config[key] === undefined);
  const problems = missing.map((key) => `${key} is not set: installing in many workspaces needs ${SLACK_OAUTH_KEYS.join(', ')} together`);
  if (!config.SLACK_SIGNING_SECRET) problems.push('SLACK_SIGNING_SECRET is not set: installing in many workspaces runs in HTTP mode, which needs it');
  if (config.SLACK_APP_TOKEN) problems.push('SLACK_APP_TOKEN is set: installing in many workspaces runs in HTTP mode; unset it');
  if (problems.length > 0) throw new ConfigError(problems);
  return 'oauth';
}

/** The secret values of a configuration: the tokens, and the password in STORE_URL (redis://:pw@host). */
export function secretValues(config: Config): string[] {
  const values = SECRET_KEYS.map((key) => config[key]).filter((v): v is string => v !== undefined);
  try {
    const password = decodeURIComponent(new URL(config.STORE_URL).password);
    if (password) values.push(password);
  } catch {
    // a sqlite:// path is not always a URL; it has no password
  }
  return values;
}
