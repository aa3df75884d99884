import { describe, expect, it } from 'vitest';
import { loadDossier } from '../../src/dossier/load.js';
import { clusterItems, type Cluster } from '../../src/intake/cluster.js';
import { createMatcher } from '../../src/intake/relevance.js';
import type { FeedItem } from '../../src/intake/types.js';
import { feedItem } from '../support/feed-items.js';

const dossier = loadDossier();
const matcher = createMatcher(dossier);
const cluster = (items: FeedItem[], existing: Cluster[] = []) =>
  clusterItems(dossier, items, items.map((i) => matcher.detect(i)), existing);
const titles = (clusters: Cluster[]) => clusters.map((c) => c.items.map((i) => i.title));

describe('clusterItems', () => {
  it('puts alike headlines in one language within 48 hours in one cluster', () => {
    const a = feedItem('Russia halts peace treaty negotiations with Japan over sanctions', { published: '2022-03-21T15:10:00Z' });
    const b = feedItem('Russia will not continue peace treaty talks with Japan, Foreign Ministry says', { published: '2022-03-21T13:40:00Z' });
    const clusters = cluster([a, b]);
    expect(titles(clusters)).toEqual([[b.title, a.title]]);
    expect(clusters[0]).toMatchObject({ first: '2022-03-21T13:40:00Z', last: '2022-03-21T15:10:00Z' });
  });

  it('keeps the same headline a week apart as two stories', () => {
    const a = feedItem('Russia holds military drills on the Kuril Islands', { published: '2026-03-01T00:00:00Z' });
    const b = feedItem('Russia holds military drills on the Kuril Islands', { published: '2026-03-08T00:00:00Z' });
    expect(cluster([a, b])).toHaveLength(2);
  });

  it('links languages through a shared island', () => {
    const items = [
      feedItem('Medvedev arrives on Iturup Island on working trip', { published: '2019-08-02T03:00:00Z' }),
      feedItem('Медведев прилетел на Итуруп', { published: '2019-08-02T02:30:00Z' }),
      feedItem('メドベージェフ首相 択捉島訪問 日本政府は抗議', { published: '2019-08-02T07:10:00Z' }),
    ];
    expect(cluster(items)).toHaveLength(1);
  });

  it('links languages through the disputed area and the same kind of action', () => {
    const items = [
      feedItem('Russian troops rehearse repelling landing on Kurils', { published: '2022-03-25T10:00:00Z' }),
      feedItem('Войска провели учения на Курильских островах', { published: '2022-03-25T08:10:00Z' }),
      feedItem('ロシア軍 北方領土を含む千島列島で演習', { published: '2022-03-26T01:20:00Z' }),
    ];
    expect(cluster(items)).toHaveLength(1);
  });

  it('does not link languages on Russia and Japan alone', () => {
    const items = [
      feedItem('Japan and Russia mark anniversary of relations', { published: '2026-10-19T03:00:00Z', summary: 'Peace treaty still elusive.' }),
      feedItem('ロシアと日本 平和条約へ協議', { published: '2026-10-19T05:00:00Z' }),
    ];
    expect(items.map((i) => matcher.detect(i).dispute)).toEqual([true, true]);
    expect(cluster(items)).toHaveLength(2);
  });

  it('keeps different kinds of action on the same island apart, even when a third item links both', () => {
    const visit = feedItem('Вице-премьер прибыл в Южно-Курильск', { published: '2026-07-10T03:00:00Z' });
    const drills = feedItem('Мотострелки отработали отражение десанта на Кунашире', { published: '2026-07-11T02:00:00Z' });
    const both = feedItem('国後島でロシア軍が上陸阻止演習 副首相訪問の翌日', { published: '2026-07-11T09:00:00Z' });
    const clusters = cluster([visit, drills, both]);
    expect(clusters).toHaveLength(2);
    expect(clusters.find((c) => c.items.includes(visit))!.items).not.toContain(drills);
  });

  it('keeps items that name different islands apart', () => {
    const items = [
      feedItem('Russia to station fighters on Etorofu', { published: '2026-07-11T11:00:00Z' }),
      feedItem('Russia to station fighters on Kunashiri', { published: '2026-07-11T12:00:00Z' }),
    ];
    expect(cluster(items)).toHaveLength(2);
  });

  it('makes an undated item a story of its own', () => {
    const dated = feedItem('北方四島交流事業の再開を要望', { published: '2026-12-01T00:00:00Z' });
    const undated = feedItem('北方四島交流事業の再開を要望');
    const clusters = cluster([undated, dated]);
    expect(titles(clusters)).toEqual([[dated.title], [undated.title]]);
    expect(clusters[1]).not.toHaveProperty('first');
  });

  it('picks an English headline as the representative, the one most like the others', () => {
    const items = [
      feedItem('Учения «Восток-2022» прошли на Итурупе', { published: '2022-09-03T06:00:00Z' }),
      feedItem('Coastal defense troops drill on Iturup as part of Vostok-2022', { published: '2022-09-03T06:30:00Z' }),
      feedItem('Russia stages Vostok-2022 exercises on Iturup and Kunashir', { published: '2022-09-03T09:00:00Z' }),
      feedItem('Vostok-2022: Russian troops drill on Iturup, Kunashir', { published: '2022-09-03T10:00:00Z' }),
    ];
    const [only] = cluster(items);
    expect(only!.representative.language).toBe('en');
    expect(only!.representative.title).toBe('Vostok-2022: Russian troops drill on Iturup, Kunashir');
  });

  it('adds an item whose link is already clustered only once', () => {
    const a = feedItem('Russia holds drills on Iturup', { published: '2026-01-01T00:00:00Z' });
    expect(cluster([a, { ...a }])[0]!.items).toHaveLength(1);
  });

  it('lets new items join an existing cluster, never merges two, and lists existing clusters first', () => {
    const onIturup = cluster([feedItem('Russia holds drills on Iturup', { published: '2026-01-01T00:00:00Z' })]);
    const onIturupToo = cluster([feedItem('Учения на Итурупе', { published: '2026-01-01T06:00:00Z' })]);
    const existing = [...onIturup, ...onIturupToo];
    const fresh = feedItem('ロシア軍 択捉島で演習', { published: '2026-01-01T08:00:00Z' });
    const other = feedItem('Japan protests visit to Shikotan', { published: '2026-01-01T08:00:00Z' });
    const clusters = cluster([other, fresh], existing);
    expect(clusters).toHaveLength(3);
    expect(clusters[0]!.items[0]).toBe(existing[0]!.items[0]);
    expect(clusters[1]!.items[0]).toBe(existing[1]!.items[0]);
    expect(clusters.filter((c) => c.items.includes(fresh))).toHaveLength(1);
    expect(clusters[2]!.items).toEqual([other]);
  });

  it('needs one detection per item', () => {
    expect(() => clusterItems(dossier, [feedItem('x')], [])).toThrow(/one detection per item/);
  });
});
