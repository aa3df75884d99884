import { decodeBody } from './decode-body.js';
import { assertPublicUrl, NotPublicUrlError, type LookupAll } from './public-url.js';

/** Says who is asking, so a site's operator can tell the bot from a browser (and some sites answer nothing without one). */
export const USER_AGENT = 'KurilBrief/0.1 (news briefing bot; feed reader)';
const ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8';

export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_FEED_BYTES = 2 * 1024 * 1024;
export const MAX_REDIRECTS = 5;

export interface FetchFeedOptions {
  /** The ETag and Last-Modified of the last successful fetch: sent back, so an unchanged feed costs a 304. */
  readonly previous?: { readonly etag?: string; readonly lastModified?: string };
  /**
   * Refuse the URL and every redirect target unless it is public (assertPublicUrl). On for links
   * people propose; off for the configured feeds, which an operator may point at a local server.
   */
  readonly publicOnly?: boolean;
  /** What the URL should hold: a feed (default; an HTML page is an error) or a web page (a proposed link). */
  readonly expect?: 'feed' | 'page';
  /** For the whole fetch: every redirect and the body. */
  readonly timeoutMs?: number;
  /** How publicOnly resolves host names; tests inject one. */
  readonly lookup?: LookupAll;
}

export type FetchFeedResult =
  | { readonly status: 'ok'; readonly body: string; readonly etag?: string; readonly lastModified?: string; readonly finalUrl: string }
  | { readonly status: 'not-modified' }
  /** `message` is one line, for the log and the intake report. */
  | { readonly status: 'error'; readonly message: string };

/** A failure we name ourselves; its message is already the one to report. */
class FeedFetchError extends Error {}

/**
 * Fetches a feed politely and safely. Never throws: a network or HTTP failure, a timeout, a body over
 * 2 MB, too many redirects or a page that is not a feed come back as `{ status: 'error', message }`.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchFeedResult> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  try {
    return await fetchFollowingRedirects(url, options, AbortSignal.timeout(timeoutMs));
  } catch (error) {
    return { status: 'error', message: oneLine(describe(error, timeoutMs)) };
  }
}

async function fetchFollowingRedirects(url: string, options: FetchFeedOptions, signal: AbortSignal): Promise<FetchFeedResult> {
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: ACCEPT };
  if (options.previous?.etag) headers['if-none-match'] = options.previous.etag;
  if (options.previous?.lastModified) headers['if-modified-since'] = options.previous.lastModified;

  let current = httpUrl(url, 'the feed URL');
  // Redirects are followed here rather than by fetch, so that every target is checked before it is requested.
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (options.publicOnly) await assertPublic(current, hop > 0, options.lookup);
    const response = await fetch(current, { headers, redirect: 'manual', signal });

    if ([301, 302, 303, 307, 308].includes(response.status)) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location) throw new FeedFetchError(`HTTP ${response.status} redirect without a Location header`);
      current = httpUrl(location, 'a redirect', current);
      continue;
    }
    if (response.status === 304) {
      await response.body?.cancel();
      return { status: 'not-modified' };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new FeedFetchError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }

    const contentType = response.headers.get('content-type');
    const body = decodeBody(await readCapped(response.body, MAX_FEED_BYTES), contentType);
    if (options.expect !== 'page') assertLooksLikeFeed(body, contentType);
    return {
      status: 'ok',
      body,
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
      finalUrl: current,
    };
  }
  throw new FeedFetchError(`too many redirects (more than ${MAX_REDIRECTS})`);
}

async function assertPublic(url: string, redirected: boolean, lookup: LookupAll | undefined): Promise<void> {
  try {
    await assertPublicUrl(url, lookup);
  } catch (error) {
    // The person proposed a public link; say that it was the redirect that went somewhere private.
    if (redirected && error instanceof NotPublicUrlError) throw new FeedFetchError(`redirected to ${url}: ${error.message}`);
    throw error;
  }
}

/** The absolute http(s) URL without credentials, or a FeedFetchError naming what it was. */
function httpUrl(text: string, what: string, base?: string): string {
  let parsed: URL;
  try {
    parsed = new URL(text, base);
  } catch {
    throw new FeedFetchError(`${what} is not a valid URL: ${text}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new FeedFetchError(`${what} is not http(s): ${parsed.href}`);
  // fetch refuses these anyway, with a message that repeats the password; this one does not.
  if (parsed.username || parsed.password) throw new FeedFetchError(`${what} contains a user name or password`);
  return parsed.href;
}

/** Reads the body, stopping (and closing the stream) as soon as it passes the cap, so a huge or endless response costs at most the cap. */
async function readCapped(body: ReadableStream<Uint8Array> | null, max: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > max) throw new FeedFetchError(`feed larger than ${max / (1024 * 1024)} MB`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/** Catches the common wrong answers (a bot-check or error page served with 200) with a clearer message than the XML parser's. */
function assertLooksLikeFeed(body: string, contentType: string | null): void {
  const start = body.trimStart().slice(0, 20).toLowerCase();
  const type = contentType ? ` (${contentType.split(';')[0]!.trim()})` : '';
  if (!start) throw new FeedFetchError(`not a feed: the response is empty${type}`);
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) throw new FeedFetchError(`not a feed: got an HTML page${type}`);
  if (!start.startsWith('<')) throw new FeedFetchError(`not a feed: the response is not XML${type}`);
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof FeedFetchError || error instanceof NotPublicUrlError) return error.message;
  const { name, message, cause } = error instanceof Error ? error : new Error(String(error));
  // AbortSignal.timeout aborts with a TimeoutError, whether fetch was still connecting or reading the body.
  if (name === 'TimeoutError' || name === 'AbortError') return `timed out after ${timeoutMs >= 1000 ? `${timeoutMs / 1000} s` : `${timeoutMs} ms`}`;
  // fetch rejects with a bare "fetch failed" TypeError; the reason (ECONNREFUSED, ENOTFOUND, a TLS error) is its cause.
  if (cause instanceof Error) return `network error: ${cause.message || (cause as { code?: string }).code || message}`;
  return message;
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}
