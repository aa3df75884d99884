import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/intake/fetch-feed.js';
import { parseFeedItems } from '../../src/intake/parse-feed.js';
import type { Feed, FeedItem } from '../../src/intake/types.js';
import { startFeedServer, type FeedServer } from '../support/feed-server.js';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

const outlet = (id: string, language: Feed['language'] = 'en', type: Feed['type'] = 'wire'): Omit<Feed, 'url'> => ({ id, name: `Outlet ${id}`, language, type });

/** Fetches a fixture feed over HTTP and parses it, as the poller will. */
async function itemsOf(path: string, feed = outlet('test')): Promise<FeedItem[]> {
  const url = server.url(path);
  const result = await fetchFeed(url);
  if (result.status !== 'ok') throw new Error(`${path}: ${result.status}`);
  return parseFeedItems(result.body, { ...feed, url }, result.finalUrl);
}

const byTitle = (items: FeedItem[], start: string) => items.find((i) => i.title.startsWith(start));

describe('parseFeedItems', () => {
  it('reads RSS 2.0: plain text, absolute links, ISO dates, the feed’s outlet', async () => {
    const items = await itemsOf('/rss.xml', outlet('wire-en', 'en', 'wire'));
    expect(items.map((i) => i.title)).toEqual([
      'Japan protests Russian artillery drills on Etorofu',
      'Central bank leaves rates unchanged for a third month',
      'Visa-free visits to the southern Kurils: former residents ask again',
    ]);
    expect(items[0]).toEqual({
      feedId: 'wire-en',
      outlet: 'Outlet wire-en',
      language: 'en',
      outletType: 'wire',
      url: 'https://wire.example.com/world/2026/03/04/japan-protests-etorofu-drills',
      title: 'Japan protests Russian artillery drills on Etorofu',
      summary:
        'Tokyo lodged a formal protest after Russian troops held live-fire exercises on Etorofu (Iturup), one of the four islands Japan calls its Northern Territories. Moscow says the drills were routine & defensive.',
      published: '2026-03-04T06:15:00.000Z',
    });
    expect(items[1]).toMatchObject({ url: 'https://wire.example.com/markets/2026/03/04/rates-unchanged', summary: 'Policy makers said inflation was easing & wages were rising.' });
  });

  it('drops items without a title or an http(s) link, and leaves a bad date undefined', async () => {
    const items = await itemsOf('/rss.xml');
    expect(items.map((i) => i.url)).not.toContain('https://wire.example.com/untitled');
    expect(items.some((i) => i.title.includes('dropped'))).toBe(false);
    const visits = byTitle(items, 'Visa-free visits');
    expect(visits).toMatchObject({ url: 'https://wire.example.com/world/kuril-visa-free-visits', published: undefined });
    expect(visits?.summary).toBe('Former island residents, now in their eighties, asked both governments to let them visit family graves. The exchanges have been suspended since 2022.');
  });

  it('reads Atom: xml:base links, the published date (or the updated one), HTML summaries as text', async () => {
    const items = await itemsOf('/atom.xml');
    expect(items).toMatchObject([
      {
        title: 'Meeting on the development of the Kuril Islands',
        url: 'https://office.example.org/events/7001',
        summary: 'The meeting discussed new housing, the airport on Iturup and ferry links to Kunashir.',
        published: '2026-03-05T08:30:00.000Z',
      },
      { url: 'https://office.example.org/events/7002', summary: 'The two leaders discussed trade in agricultural products.', published: '2026-03-04T15:00:00.000Z' },
    ]);
  });

  it('reads RDF in Japanese, with Dublin Core dates', async () => {
    const items = await itemsOf('/ja.rdf', outlet('kantei-ja', 'ja', 'government'));
    expect(items.map((i) => [i.title, i.published])).toEqual([
      ['「北方領土の日」 北方領土返還要求全国大会で総理が挨拶', '2026-02-07T05:00:00.000Z'],
      ['物価高への対応に関する関係閣僚会議', '2026-03-05T01:00:00.000Z'],
    ]);
    expect(items[1]?.summary).toBe('エネルギー価格と食料品価格への支援策について議論しました。');
    expect(items[0]).toMatchObject({ language: 'ja', outletType: 'government' });
  });

  it('reads Russian, the same whether served as UTF-8 or windows-1251', async () => {
    const utf8 = await itemsOf('/ru.xml', outlet('novosti-ru', 'ru'));
    expect(utf8.map((i) => i.title)).toEqual(['На Кунашире открылся новый причал для паромов с Сахалина', 'В Москве ожидается мокрый снег и гололедица']);
    expect(await itemsOf('/ru-cp1251.xml', outlet('novosti-ru', 'ru'))).toEqual(utf8);
  });

  it('keeps the same story from two outlets as two items, each with its outlet', async () => {
    const [a] = await itemsOf('/outlet-a.xml', outlet('times-en', 'en', 'newspaper'));
    const [b] = await itemsOf('/outlet-b.xml', outlet('daily-en', 'en', 'newspaper'));
    expect([a?.outlet, b?.outlet]).toEqual(['Outlet times-en', 'Outlet daily-en']);
    expect([a?.title, b?.title]).toEqual([
      'Japan and Russia agree to resume talks on fishing near the Habomai islets',
      'Tokyo, Moscow to reopen Habomai fishing quota negotiations',
    ]);
  });

  it('throws one line for malformed XML', async () => {
    const result = await fetchFeed(server.url('/malformed.xml'));
    if (result.status !== 'ok') throw new Error('the fixture should be served');
    expect(() => parseFeedItems(result.body, { ...outlet('cut'), url: server.url('/malformed.xml') })).toThrow(/^not a readable feed: [^\n]+$/);
  });

  it('throws for a document that is not a feed', () => {
    expect(() => parseFeedItems('<html><body>Hello</body></html>', { ...outlet('html'), url: 'https://example.com/' })).toThrow(
      'not a readable feed: The XML document could not be parsed as a feed',
    );
  });

  it('resolves a relative link against the URL the feed came from when the feed names no site', () => {
    const xml = '<rss version="2.0"><channel><title>t</title><item><title>Story</title><link>stories/1</link></item></channel></rss>';
    const [item] = parseFeedItems(xml, { ...outlet('rel'), url: 'https://old.example.com/feed' }, 'https://new.example.com/rss/feed.xml');
    expect(item?.url).toBe('https://new.example.com/rss/stories/1');
  });

  it('caps a long description at 2,000 characters', () => {
    const xml = `<rss version="2.0"><channel><item><title>Long</title><link>https://example.com/long</link><description>${'Kunashir '.repeat(400)}</description></item></channel></rss>`;
    const [item] = parseFeedItems(xml, { ...outlet('long'), url: 'https://example.com/feed' });
    expect(item?.summary).toHaveLength(2_000);
  });
});
