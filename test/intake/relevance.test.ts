import { describe, expect, it } from 'vitest';
import { loadDossier } from '../../src/dossier/load.js';
import { createMatcher, detect, isRelevant } from '../../src/intake/relevance.js';

const dossier = loadDossier();
const matcher = createMatcher(dossier);
const read = (title: string, summary?: string) => matcher.detect(summary === undefined ? { title } : { title, summary });
const relevant = (title: string, summary?: string) => isRelevant(read(title, summary));

describe('detect: islands', () => {
  it.each([
    ['Russia holds drills on Iturup', 'etorofu'],
    ['Coastal troops deployed on Etorofu Island', 'etorofu'],
    ['ロシア軍 択捉島で演習', 'etorofu'],
    ['Учения прошли на Итурупе', 'etorofu'],
    ['Визит на Кунашир', 'kunashiri'],
    ['Japan protests visit to Kunashiri', 'kunashiri'],
    ['副首相が国後島を訪問', 'kunashiri'],
    ['択捉、国後両島で演習', 'kunashiri'],
    ['Вице-премьер прибыл в Южно-Курильск', 'kunashiri'],
    ['В селе на Шикотане открылась школа', 'shikotan'],
    ['Fishermen near the Habomai islets', 'habomai'],
    ['В Северо-Курильске открыли порт', 'paramushir'],
  ])('%s names %s', (title, island) => {
    expect(read(title).islands).toContain(island);
    expect(relevant(title)).toBe(true);
  });

  it('reads the summary as well as the title', () => {
    expect(read('Russian PM visits disputed island', 'He toured a fish plant on Etorofu.').islands).toEqual(['etorofu']);
  });
});

describe('detect: the dispute itself', () => {
  it.each([
    'Japan protests drills on Northern Territories',
    '北方領土の日 返還要求全国大会',
    'ロシア 北方四島のビザなし交流を停止',
    'Как живут Южные Курилы',
    'Россия приостановила соглашение о промысле у Южных Курил',
    'Moscow walks away from Kuril Islands talks',
    'Russian troops rehearse repelling landing on Kurils',
    'Учения на Курилах',
    'Войска провели учения на Курильских островах',
    'ロシア軍 千島列島で演習',
    'В Японии отметили «День северных территорий»',
  ])('%s', (title) => {
    expect(read(title).dispute).toBe(true);
    expect(relevant(title)).toBe(true);
  });

  it('counts a dispute term only with both parties named', () => {
    expect(relevant('Russia will not continue peace treaty talks with Japan')).toBe(true);
    expect(relevant('Песков: мирный договор с Японией невозможен')).toBe(true);
    expect(relevant('日ロ平和条約交渉 再開の見通し立たず')).toBe(true);
    expect(relevant('Armenia and Azerbaijan initial peace treaty')).toBe(false);
    expect(relevant('Chinese ships near Senkakus amid territorial dispute with Japan')).toBe(false);
    expect(relevant('ロシアとウクライナ 平和条約の草案')).toBe(false);
  });

  it('does not count a peace treaty when Ukraine is named: that treaty is Russia’s with Ukraine', () => {
    expect(relevant('Japan backs Ukraine as Russia pushes peace treaty terms')).toBe(false);
  });
});

describe('detect: false friends', () => {
  it.each([
    ['Northern Territory rangers remove crocodile from Darwin beach', "Australia's Northern Territory"],
    ["Canada's Northwest Territories declares wildfire emergency", 'Canada'],
    ['Bears crowd Kamchatka’s Kurile Lake', 'a lake in Kamchatka'],
    ['На Курильском озере насчитали медведей', 'the same lake, in Russian'],
    ['Курильский бобтейл стал лучшей породой', 'a cat breed'],
    ['Kurilian Bobtail named best in show', 'the cat, in English'],
    ['Курильский чай: чем полезен кустарник', 'a shrub'],
    ['Тренер Курилов покинул клуб', 'a surname'],
    ['Пациент курил сорок лет', '"smoked"'],
    ['Курили в самолёте: двух пассажиров сняли с рейса', '"they smoked", capitalised'],
    ['Курильщики стали тратить больше', '"smokers"'],
    ['首相 帰国後に記者会見', '帰国後, "after returning"'],
    ['外国人の入国後の手続き', '入国後, "after entering"'],
    ['北方謙三さん 新作を刊行', 'a novelist named 北方'],
    ['歯舞漁協の棹前昆布 初水揚げ', 'the Habomai district of Nemuro'],
    ["Nemuro's Habomai kelp brand wins award", 'the kelp brand'],
    ['千島海溝沿いの巨大地震 被害想定', 'the Kuril Trench in quake planning'],
  ])('%s (%s)', (title) => {
    expect(relevant(title)).toBe(false);
  });
});

describe('detect: natural hazards', () => {
  it('drops a hazard report that names the islands only as its place', () => {
    const quake = read('Magnitude 5.9 earthquake strikes off the Kuril Islands');
    expect(quake).toMatchObject({ dispute: true, hazard: true });
    expect(isRelevant(quake)).toBe(false);
    expect(relevant('択捉島南東沖でM5.8の地震')).toBe(false);
    expect(relevant('Вулкан Эбеко на Парамушире выбросил пепел')).toBe(false);
  });

  it('keeps a hazard report in which Japan offers aid, or that carries a dispute term with both parties', () => {
    expect(relevant('Japan offers quake relief to Kunashiri residents')).toBe(true);
    expect(relevant('Quake hits Kunashir as Russia and Japan stall on peace treaty')).toBe(true);
  });
});

describe('detect: actors', () => {
  it('finds actors by name, alias and other scripts, in dossier order', () => {
    expect(read('Peskov: Kremlin sees no peace treaty with Japan').actors).toEqual(['japan', 'kremlin', 'dmitry-peskov']);
    expect(read('Песков заявил о мирном договоре').actors).toEqual(['dmitry-peskov']);
    expect(read('岸田総理 ロシアに抗議').actors).toEqual(['russia', 'fumio-kishida']);
  });

  it('lets the longer of two overlapping names win', () => {
    expect(read('ロシア外務省が声明').actors).toEqual(['russian-mfa']);
    expect(read('外務省が抗議').actors).toEqual(['japanese-mfa']);
    expect(read('Russian Foreign Ministry says').actors).toEqual(['russian-mfa']);
  });

  it('matches names in capitals only in capitals, and capitalised names only capitalised', () => {
    expect(read('Tell us more').actors).toEqual([]);
    expect(read('US backs Japan').actors).toEqual(['japan', 'usa']);
    expect(read('Abe and Putin met').actors).toEqual(['shinzo-abe', 'vladimir-putin']);
  });

  it('leaves out people known only from the seed article (their aliases include "the spokesman")', () => {
    expect(read('The spokesman said the talks were over').actors).toEqual([]);
  });
});

describe('detect(dossier, item)', () => {
  it('reads as createMatcher does, compiling once per dossier', () => {
    const item = { title: 'Russia holds drills on Iturup and Kunashir' };
    expect(detect(dossier, item)).toEqual(matcher.detect(item));
    expect(detect(dossier, { title: 'Nikkei closes at record high' })).toEqual({ islands: [], actors: [], dispute: false, hazard: false });
  });
});
