import { readFileSync } from 'node:fs';
import { parseIntakeEvalSet, type LabelledItem } from '../../src/intake/evaluate.js';
import { FEED_LANGUAGES, OUTLET_TYPES, type Feed, type FeedLanguage } from '../../src/intake/types.js';

/**
 * Synthetic news feeds for the intake benchmark, built from the headlines of the labelled intake set
 * (test/eval/intake-items.yaml), so the matcher and the clusterer see realistic en/ja/ru text.
 *
 * Feed i is in language i % 3 and in format RSS 2.0, Atom or RDF by turns, so every language comes
 * in every format. A share of each feed's items are headlines labelled relevant, the rest headlines
 * labelled irrelevant. Every item has its own link. Each story of the set is given one day of the
 * week and its reports a few hours after it, and its headlines are spread over the feeds of their
 * language, so several outlets report the same story, as on a real news day. Irrelevant items are
 * dated anywhere in the week. The generator is seeded: every run serves the same bytes.
 */

export interface FeedDocument {
  /** The feed as data/feeds.yaml would list it, without its URL (the server decides the origin). */
  readonly feed: Omit<Feed, 'url'>;
  readonly path: string;
  readonly contentType: string;
  readonly body: string;
  readonly items: number;
  /** Items whose headline is labelled relevant. */
  readonly relevant: number;
}

export interface SyntheticFeedsOptions {
  readonly feeds: number;
  readonly itemsPerFeed: number;
  /** Share of each feed's items about the dispute, 0 to 1. */
  readonly relevantShare: number;
  /** The week's first instant; every item is dated within the 7 days after it. */
  readonly weekStart: Date;
  readonly seed?: number;
}

const LABELLED_SET = new URL('../../test/eval/intake-items.yaml', import.meta.url);
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

interface Item {
  readonly title: string;
  readonly summary?: string;
  readonly link: string;
  readonly published: Date;
}

export function syntheticFeeds(options: SyntheticFeedsOptions): FeedDocument[] {
  const random = mulberry32(options.seed ?? 2026);
  const labelled = parseIntakeEvalSet(readFileSync(LABELLED_SET, 'utf8'));
  const storyDay = storyDays(labelled, random);
  const byLanguage = (relevant: boolean) =>
    new Map(FEED_LANGUAGES.map((language) => [language, labelled.filter((l) => l.relevant === relevant && l.item.language === language)]));
  const relevantPool = byLanguage(true);
  const otherPool = byLanguage(false);
  const relevantPerFeed = Math.round(options.itemsPerFeed * options.relevantShare);
  const week = options.weekStart.getTime();

  return Array.from({ length: options.feeds }, (_, i) => {
    const language = FEED_LANGUAGES[i % FEED_LANGUAGES.length]!;
    const format = FORMATS[Math.floor(i / FEED_LANGUAGES.length) % FORMATS.length]!;
    const number = String(i + 1).padStart(2, '0');
    const feed = { id: `bench-${number}-${language}`, name: `Outlet ${number} (${language})`, language, type: OUTLET_TYPES[i % OUTLET_TYPES.length]! };
    // The feeds of one language take turns through its headlines, so each is reported by several outlets.
    const sameLanguageIndex = Math.floor(i / FEED_LANGUAGES.length);
    const items: Item[] = Array.from({ length: options.itemsPerFeed }, (_, n) => {
      const link = `https://outlet-${number}.example/news/${n + 1}`;
      if (n < relevantPerFeed) {
        const pool = relevantPool.get(language)!;
        const source = pool[(sameLanguageIndex * relevantPerFeed + n) % pool.length]!;
        const day = storyDay.get(source.story!)!;
        return item(source, link, new Date(week + day * DAY_MS + random() * 12 * HOUR_MS));
      }
      const pool = otherPool.get(language)!;
      return item(pool[Math.floor(random() * pool.length)]!, link, new Date(week + random() * 7 * DAY_MS));
    }).sort((a, b) => b.published.getTime() - a.published.getTime()); // newest first, as feeds list them
    const origin = `https://outlet-${number}.example`;
    return {
      feed,
      path: `/feeds/${feed.id}.${format.extension}`,
      contentType: format.contentType,
      body: format.render({ title: feed.name, origin, language }, items),
      items: items.length,
      relevant: relevantPerFeed,
    };
  });
}

function item(source: LabelledItem, link: string, published: Date): Item {
  return { title: source.item.title, ...(source.item.summary ? { summary: source.item.summary } : {}), link, published };
}

/** Each story of the set gets a day of the week (0-6), drawn with the seeded generator. */
function storyDays(labelled: readonly LabelledItem[], random: () => number): Map<string, number> {
  const stories = [...new Set(labelled.flatMap((l) => (l.story ? [l.story] : [])))];
  return new Map(stories.map((story) => [story, Math.floor(random() * 7)]));
}

interface Channel {
  readonly title: string;
  readonly origin: string;
  readonly language: FeedLanguage;
}

interface Format {
  readonly extension: string;
  readonly contentType: string;
  render(channel: Channel, items: readonly Item[]): string;
}

const FORMATS: readonly Format[] = [
  {
    extension: 'rss',
    contentType: 'application/rss+xml; charset=utf-8',
    render: (channel, items) =>
      xml(
        `<rss version="2.0"><channel><title>${esc(channel.title)}</title><link>${channel.origin}/</link><description>Synthetic feed for the intake benchmark</description><language>${channel.language}</language>`,
        items.map(
          (i) =>
            `<item><title>${esc(i.title)}</title><link>${i.link}</link>${i.summary ? `<description>${esc(i.summary)}</description>` : ''}<pubDate>${i.published.toUTCString()}</pubDate><guid isPermaLink="true">${i.link}</guid></item>`,
        ),
        '</channel></rss>',
      ),
  },
  {
    extension: 'atom',
    contentType: 'application/atom+xml; charset=utf-8',
    render: (channel, items) =>
      xml(
        `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${channel.language}"><title>${esc(channel.title)}</title><id>${channel.origin}/</id><link rel="alternate" href="${channel.origin}/"/><updated>${items[0]?.published.toISOString() ?? ''}</updated>`,
        items.map(
          (i) =>
            `<entry><title>${esc(i.title)}</title><id>${i.link}</id><link rel="alternate" href="${i.link}"/><published>${i.published.toISOString()}</published><updated>${i.published.toISOString()}</updated>${i.summary ? `<summary>${esc(i.summary)}</summary>` : ''}</entry>`,
        ),
        '</feed>',
      ),
  },
  {
    extension: 'rdf',
    contentType: 'application/rdf+xml; charset=utf-8',
    render: (channel, items) =>
      xml(
        `<rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:lang="${channel.language}"><channel rdf:about="${channel.origin}/index.rdf"><title>${esc(channel.title)}</title><link>${channel.origin}/</link><description>Synthetic feed for the intake benchmark</description><items><rdf:Seq>${items.map((i) => `<rdf:li rdf:resource="${i.link}"/>`).join('')}</rdf:Seq></items></channel>`,
        items.map(
          (i) =>
            `<item rdf:about="${i.link}"><title>${esc(i.title)}</title><link>${i.link}</link>${i.summary ? `<description>${esc(i.summary)}</description>` : ''}<dc:date>${i.published.toISOString()}</dc:date></item>`,
        ),
        '</rdf:RDF>',
      ),
  },
];

const xml = (open: string, items: readonly string[], close: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${open}\n${items.join('\n')}\n${close}\n`;

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Small deterministic PRNG (mulberry32). */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
