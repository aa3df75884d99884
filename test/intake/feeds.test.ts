import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FeedsError, loadFeeds, validateFeeds } from '../../src/intake/feeds.js';

describe('the shipped feed list (data/feeds.yaml)', () => {
  const feeds = loadFeeds();

  it('loads and validates', () => {
    expect(feeds.length).toBeGreaterThanOrEqual(15);
  });

  it('covers the Russian and Japanese governments, wires and press, in all three languages', () => {
    const ids = feeds.map((f) => f.id);
    for (const id of ['kremlin-en', 'kremlin-ru', 'tass-en', 'ria-ru', 'interfax-ru', 'kommersant-ru', 'kantei-ja', 'nhk-politics-ja', 'nhk-world-ja', 'asahi-ja', 'mainichi-ja', 'japan-times-en', 'kyodo-en', 'japan-news-en', 'moscow-times-en', 'meduza-ru']) {
      expect(ids).toContain(id);
    }
    expect(new Set(feeds.map((f) => f.language))).toEqual(new Set(['en', 'ja', 'ru']));
  });

  it('labels state-owned outlets as state media', () => {
    const type = (id: string) => feeds.find((f) => f.id === id)?.type;
    expect([type('tass-en'), type('ria-ru'), type('rt-en')]).toEqual(['state-media', 'state-media', 'state-media']);
    expect([type('kremlin-en'), type('kantei-ja')]).toEqual(['government', 'government']);
  });

  it('has no feed for Japan’s foreign ministry, which has none confirmed', () => {
    expect(feeds.filter((f) => f.url.includes('mofa.go.jp'))).toEqual([]);
  });
});

const feed = (fields: Record<string, unknown> = {}) => ({ id: 'example-en', name: 'Example', url: 'https://example.com/feed', language: 'en', type: 'wire', ...fields });

function problems(data: unknown): string[] {
  try {
    validateFeeds(data, 'feeds.yaml');
  } catch (error) {
    if (error instanceof FeedsError) return error.message.split('\n').slice(1).map((line) => line.replace(/^ {2}- /, ''));
    throw error;
  }
  return [];
}

describe('validating a feed list', () => {
  it('names the file, the feed and the field of every problem', () => {
    expect(
      problems({
        feeds: [
          feed({ id: 'Kremlin_EN' }),
          feed({ id: 'ok-one', url: 'ftp://example.com/feed' }),
          feed({ id: 'ok-two', language: 'de', type: 'blog' }),
          { name: 'No id', url: 'https://example.com/', language: 'en', type: 'wire' },
        ],
      }),
    ).toEqual([
      'feeds.yaml, feed "Kremlin_EN", field "id": must be lower case letters, digits and hyphens, such as "kremlin-en"',
      'feeds.yaml, feed "ok-one", field "url": must be an http:// or https:// URL',
      'feeds.yaml, feed "ok-two", field "language": must be one of en, ja, ru',
      'feeds.yaml, feed "ok-two", field "type": must be one of government, state-media, wire, newspaper, broadcaster, analysis, encyclopedia',
      'feeds.yaml, feed "#4", field "id": Invalid input: expected string, received undefined',
    ]);
  });

  it('refuses a URL with a user name or password, without repeating it', () => {
    expect(problems({ feeds: [feed({ url: 'https://reader:s3cret@example.com/feed' })] })).toEqual([
      'feeds.yaml, feed "example-en", field "url": must not contain a user name or password',
    ]);
  });

  it('refuses a duplicate id', () => {
    expect(problems({ feeds: [feed(), feed({ name: 'Again' })] })).toEqual(['feeds.yaml, feed "example-en", field "id": duplicate feed id (feeds #1 and #2)']);
  });

  it('refuses an unknown field, an empty list and a file without the list', () => {
    expect(problems({ feeds: [feed({ lang: 'en' })] })).toEqual(['feeds.yaml, feed "example-en": Unrecognized key: "lang"']);
    expect(problems({ feeds: [] })).toEqual(['feeds.yaml, field "feeds": lists no feeds']);
    expect(problems(null)).toHaveLength(1);
  });

  it('accepts a good list as it is', () => {
    expect(validateFeeds({ feeds: [feed()] }, 'feeds.yaml')).toEqual([feed()]);
  });
});

describe('loadFeeds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kuril-feeds-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a YAML syntax error with its line', () => {
    const path = join(dir, 'broken.yaml');
    writeFileSync(path, 'feeds:\n  - id: a\n    name: [unclosed\n');
    expect(() => loadFeeds(path)).toThrow(/broken\.yaml: not valid YAML: .* at line \d+, column \d+/);
  });

  it('reports a file it cannot read', () => {
    expect(() => loadFeeds(join(dir, 'missing.yaml'))).toThrow(/missing\.yaml: cannot read: ENOENT/);
  });
});
