import { describe, expect, it } from 'vitest';
import { CAMEO_CODEBOOK } from '../../src/dossier/codebook.js';
import { loadDossier } from '../../src/dossier/load.js';
import { clusterItems } from '../../src/intake/cluster.js';
import { CODING_RULES, suggestCoding } from '../../src/intake/coding.js';
import { draftCandidate } from '../../src/intake/draft.js';
import { createMatcher } from '../../src/intake/relevance.js';
import type { FeedItem } from '../../src/intake/types.js';
import { feedItem } from '../support/feed-items.js';

const dossier = loadDossier();
const matcher = createMatcher(dossier);
const seen = new Date('2026-12-01T09:00:00Z');
const draftOf = (items: FeedItem[]) => {
  const clusters = clusterItems(dossier, items, items.map((i) => matcher.detect(i)));
  expect(clusters).toHaveLength(1);
  return draftCandidate(clusters[0]!, seen);
};

describe('draftCandidate', () => {
  const items = [
    feedItem('Japan protests Russian firing drills north of Shikotan', { outlet: 'The Japan Times', published: '2025-05-15T02:00:00Z' }),
    feedItem('色丹島北方の海域でロシア軍が射撃訓練 政府が抗議', { outlet: 'NHK', published: '2025-05-14T11:00:00Z' }),
    feedItem('Россия объявила о стрельбах в районе Шикотана', { outlet: 'Интерфакс', published: '2025-05-14T09:30:00Z' }),
    feedItem('Japan lodges protest over Russian drills near Shikotan', { outlet: 'The Japan Times', published: '2025-05-15T05:00:00Z' }),
  ];

  it('dates the candidate by the first report, takes the representative headline as the title, lists every source', () => {
    const draft = draftOf(items);
    expect(draft.date).toBe('2025-05-14');
    expect(draft.title).toBe('Japan protests Russian firing drills north of Shikotan');
    expect(draft.outlets).toEqual(['Интерфакс', 'NHK', 'The Japan Times']);
    expect(draft.links.map((l) => l.url)).toEqual([items[2]!.url, items[1]!.url, items[0]!.url, items[3]!.url]);
    expect(draft.links[0]).toEqual({ outlet: 'Интерфакс', url: items[2]!.url, title: items[2]!.title, language: 'ru', published: '2025-05-14T09:30:00Z' });
  });

  it('unites the islands and actors the items name', () => {
    const draft = draftOf(items);
    expect(draft.islands).toEqual(['shikotan']);
    expect(draft.actors).toEqual(expect.arrayContaining(['japan', 'russia', 'japanese-government', 'russian-mod']));
  });

  it('suggests a code from the codebook with its Goldstein score and the reason', () => {
    expect(draftOf(items).coding).toEqual({
      cameo: '114',
      label: 'Complain officially',
      goldstein: -2,
      plover: 'ACCUSE:disapprove',
      reason: 'matched "抗議", "protests", "protest" in 3 of 4 headlines',
    });
  });

  it('dates an undated cluster by the day it was seen', () => {
    expect(draftOf([feedItem('北方四島交流事業の再開に向けた要望書を受領')]).date).toBe('2026-12-01');
  });
});

describe('suggestCoding', () => {
  it.each([
    [['Russia holds drills on Iturup', 'Учения на Курилах', 'ロシア軍 択捉島で演習'], '150', -7.2],
    [['Bastion coastal missile division takes up combat duty on Paramushir', 'Russia deploys missiles in northern Kurils'], '154', -7.2],
    [['Medvedev arrives on Iturup Island', 'Медведев прилетел на Итуруп'], '042', 1.9],
    [['Russia halts peace treaty negotiations with Japan', 'ロシア 日本との平和条約交渉を中断'], '164', -7],
    [['Russia scraps visa-free visit deals for former residents', 'ロシア ビザなし交流の合意を一方的に破棄'], '160', -4],
    [["Japan's Diplomatic Bluebook says Russia illegally occupies Northern Territories"], '112', -2],
    [["Kishida calls Russia's exit from peace treaty talks 'totally unacceptable'"], '111', -2],
    [['Takaichi vows to sign peace treaty with Russia', '高市首相 平和条約締結を目指す'], '036', 4],
    [['Zelensky signs decree recognizing Northern Territories as part of Japan'], '050', 3.5],
    [['Peace treaty with Japan impossible, Kremlin says'], '012', -0.4],
    [['Japan adds Russian entities to sanctions list'], '163', -8],
    [['Takaichi says Japan’s position unchanged at Northern Territories Day rally'], '010', 0],
  ])('%j → %s', (headlines, cameo, goldstein) => {
    expect(suggestCoding(headlines)).toMatchObject({ cameo, goldstein });
  });

  it('takes the headline’s own action before its object: a protest of drills is a protest', () => {
    expect(suggestCoding(['Japan protests Russian military exercises on Northern Territories']).cameo).toBe('114');
  });

  it('gives a tie to the first report', () => {
    expect(suggestCoding(['Медведев прилетел на Итуруп', 'Medvedev visits Iturup despite Japan’s protest', 'Japan protests Medvedev trip', 'Medvedev arrives on Iturup']).cameo).toBe('042');
    expect(suggestCoding(['Japan protests Medvedev trip', 'Медведев прилетел на Итуруп']).cameo).toBe('114');
  });

  it('says so when no action word matched', () => {
    expect(suggestCoding(['В Курильске открыли новый аэровокзал']).reason).toMatch(/no action word/);
  });

  it('only suggests codes the codebook has', () => {
    for (const rule of CODING_RULES) expect(CAMEO_CODEBOOK, rule.cameo).toHaveProperty(rule.cameo);
  });
});
