import type { FeedItem, FeedLanguage } from '../../src/intake/types.js';

/**
 * A feed item for intake tests: the language is read off the title's script unless given, and
 * every item gets its own link.
 */
let made = 0;

export function feedItem(title: string, fields: Partial<FeedItem> = {}): FeedItem {
  made++;
  return {
    feedId: 'test-feed',
    outlet: 'Test Wire',
    language: languageOf(title),
    outletType: 'wire',
    url: `https://test.example/item-${made}`,
    title,
    ...fields,
  };
}

function languageOf(title: string): FeedLanguage {
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(title)) return 'ja';
  if (/\p{Script=Cyrillic}/u.test(title)) return 'ru';
  return 'en';
}
