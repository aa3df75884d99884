import { parseFeed } from '@rowanmanning/feed-parser';
import { messageOf } from '../common/start-error.js';
import { plainText } from './plain-text.js';
import type { Feed, FeedItem } from './types.js';

/**
 * The items of an RSS 2.0, Atom or RDF document, as plain text with absolute http(s) links. Items
 * without a title or a usable link are dropped; a missing or unreadable date becomes undefined.
 *
 * The parser is lenient on purpose (real feeds are often slightly invalid) and keeps what it can
 * read; it throws only when it finds no feed at all, which is rethrown here as one line for the log.
 * `baseUrl` resolves relative links: the URL the feed was finally fetched from, after redirects.
 */
export function parseFeedItems(xml: string, feed: Feed, baseUrl: string = feed.url): FeedItem[] {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(xml);
  } catch (error) {
    const message = messageOf(error).replace(/\s+/g, ' ').trim();
    throw new Error(`not a readable feed: ${message.length > 200 ? `${message.slice(0, 199)}…` : message}`);
  }

  const items: FeedItem[] = [];
  for (const item of parsed.items) {
    const title = plainText(item.title ?? '');
    const url = absoluteHttpUrl(item.url, baseUrl);
    if (!title || !url) continue;
    const summary = plainText(item.description ?? item.content ?? '');
    items.push({
      feedId: feed.id,
      outlet: feed.name,
      language: feed.language,
      outletType: feed.type,
      url,
      title,
      summary: summary || undefined,
      published: isoInstant(item.published ?? item.updated),
    });
  }
  return items;
}

/** Only http(s) links are kept: a javascript:, data: or mailto: link is never offered to readers. */
function absoluteHttpUrl(link: string | null, base: string): string | undefined {
  if (!link?.trim()) return undefined;
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function isoInstant(date: Date | null): string | undefined {
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}
