import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseYaml, yamlErrorMessage } from '../dossier/parse-yaml.js';
import { formatIssue, type DossierIssue } from '../dossier/validate.js';
import { FEED_LANGUAGES, OUTLET_TYPES, type Feed } from './types.js';

/** The feed list shipped with the bot (FEEDS_FILE may name another). */
export const DEFAULT_FEEDS_FILE = fileURLToPath(new URL('../../data/feeds.yaml', import.meta.url));

const parseUrl = (text: string): URL | undefined => (URL.canParse(text) ? new URL(text) : undefined);

const feedRecord = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower case letters, digits and hyphens, such as "kremlin-en"'),
  name: z.string().trim().min(1, 'must name the outlet as shown in replies'),
  url: z
    .string()
    .refine((text) => ['http:', 'https:'].includes(parseUrl(text)?.protocol ?? ''), 'must be an http:// or https:// URL')
    // fetch cannot send them, and a feed's URL appears in logs and reports.
    .refine((text) => !parseUrl(text)?.username && !parseUrl(text)?.password, 'must not contain a user name or password'),
  language: z.enum(FEED_LANGUAGES, { error: `must be one of ${FEED_LANGUAGES.join(', ')}` }),
  type: z.enum(OUTLET_TYPES, { error: `must be one of ${OUTLET_TYPES.join(', ')}` }),
});

const feedsFile = z.strictObject({ feeds: z.array(feedRecord).min(1, 'lists no feeds') });

/** One problem in a feed list, located like the dossier's issues: file, feed (id or "#3"), field. */
export type FeedsIssue = DossierIssue;

export class FeedsError extends Error {
  constructor(readonly issues: readonly FeedsIssue[]) {
    super(`The feed list is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map((i) => `  - ${formatIssue(i, 'feed')}`).join('\n')}`);
    this.name = 'FeedsError';
  }
}

/** Reads and validates a feed list (YAML). Throws FeedsError naming file, feed and field for every problem. */
export function loadFeeds(path: string = DEFAULT_FEEDS_FILE): Feed[] {
  const file = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new FeedsError([{ file, message: `cannot read: ${(error as Error).message}` }]);
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new FeedsError([{ file, message: `not valid YAML: ${yamlErrorMessage(error) ?? String(error)}` }]);
  }
  return validateFeeds(data, file);
}

/** Validates parsed feed-list data; `file` is the name to give in messages. */
export function validateFeeds(data: unknown, file: string): Feed[] {
  // jitless: the list is parsed once, so compiling a fast parser would cost more than it saves.
  const result = feedsFile.safeParse(data, { jitless: true });
  if (!result.success) throw new FeedsError(result.error.issues.map((issue) => locate(issue, data, file)));

  const issues: FeedsIssue[] = [];
  const firstIndex = new Map<string, number>();
  result.data.feeds.forEach((feed, index) => {
    const first = firstIndex.get(feed.id);
    if (first === undefined) firstIndex.set(feed.id, index);
    else issues.push({ file, record: feed.id, field: 'id', message: `duplicate feed id (feeds #${first + 1} and #${index + 1})` });
  });
  if (issues.length > 0) throw new FeedsError(issues);
  return result.data.feeds;
}

/** Turns a zod path such as ["feeds", 2, "url"] into feed "kremlin-en" (or "#3"), field "url". */
function locate(issue: z.core.$ZodIssue, data: unknown, file: string): FeedsIssue {
  const [top, index, ...rest] = issue.path;
  if (top !== 'feeds' || typeof index !== 'number') {
    return { file, field: issue.path.length ? issue.path.map(String).join('.') : undefined, message: issue.message };
  }
  const raw: unknown = (data as { feeds?: unknown[] }).feeds?.[index];
  const id = raw && typeof raw === 'object' && 'id' in raw ? raw.id : undefined;
  return {
    file,
    record: typeof id === 'string' && id ? id : `#${index + 1}`,
    field: rest.length ? rest.map(String).join('.') : undefined,
    message: issue.message,
  };
}
