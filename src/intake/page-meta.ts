import { plainText } from './plain-text.js';

/**
 * What a proposed web page says about itself: its title and publication time, from the Open Graph
 * and article meta tags most news sites carry, else the <title>. Regular expressions suffice for
 * these few head tags; nothing here renders or trusts the page.
 */
export interface PageMeta {
  readonly title?: string;
  readonly siteName?: string;
  /** ISO 8601 instant. */
  readonly published?: string;
}

function meta(html: string, names: readonly string[]): string | undefined {
  for (const name of names) {
    const tag = new RegExp(`<meta\\b[^>]*(?:property|name|itemprop)\\s*=\\s*["']${name}["'][^>]*>`, 'i').exec(html)?.[0];
    const content = tag && /content\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    const value = content?.[1] ?? content?.[2];
    if (value?.trim()) return clean(value);
  }
  return undefined;
}

const clean = (text: string) => plainText(text, 500);

export function pageMeta(html: string): PageMeta {
  const head = html.slice(0, 200_000);
  const title = meta(head, ['og:title', 'twitter:title']) ?? (/<title[^>]*>([\s\S]*?)<\/title>/i.exec(head)?.[1] ? clean(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(head)![1]!) : undefined);
  const time = meta(head, ['article:published_time', 'datePublished', 'pubdate', 'date']) ?? /<time\b[^>]*datetime\s*=\s*["']([^"']+)["']/i.exec(head)?.[1];
  const published = time && !Number.isNaN(Date.parse(time)) ? new Date(time).toISOString() : undefined;
  const siteName = meta(head, ['og:site_name']);
  return { ...(title ? { title } : {}), ...(siteName ? { siteName } : {}), ...(published ? { published } : {}) };
}
