import { describe, expect, it } from 'vitest';
import { answerQuestion, detectIntent } from '../../../src/briefings/answer/index.js';
import { russianStem } from '../../../src/briefings/answer/aliases.js';
import { realDossier } from '../../support/fixtures.js';

/**
 * Issue 12: questions asked in Japanese and Russian find the same records as in English (the
 * replies stay English, as the records are), and off-topic ones are still declined.
 */
const dossier = realDossier();
const NOW = new Date('2026-03-01T12:00:00Z');
const ask = (question: string) => answerQuestion(dossier, question, NOW);
const lead = (question: string) => ask(question).reply.lead ?? '';

describe('question words of Japanese and Russian set the intent', () => {
  it.each([
    ['ロシアはいつ交渉を中断したの', 'when'],
    ['ラブロフって誰', 'who'],
    ['なぜロシアは演習をしたのか', 'why'],
    ['色丹島はどこにありますか', 'where'],
    ['北方領土は何島', 'howmany'],
    ['北方領土とは', 'what'],
    ['Когда Россия прервала переговоры', 'when'],
    ['кто такая Такаити', 'who'],
    ['Зачем Россия проводит учения', 'why'],
    ['где Уруп', 'where'],
    ['сколько островов', 'howmany'],
    ['что такое Хабомаи', 'what'],
  ] as const)('%s -> %s', (question, intent) => {
    expect(detectIntent(question)).toBe(intent);
  });

  it('does not read a Russian question word inside another word', () => {
    // "Кремль" holds no "кто"; "чтобы" is not "что".
    expect(detectIntent('Кремль чтобы')).toBe('what');
    expect(detectIntent('гдеб')).toBe('what');
  });
});

describe('"who is" in Japanese answers with the actor record, as in Russian', () => {
  it.each(['ペスコフとは誰ですか', 'ペスコフは誰？', 'ペスコフってだれ', 'Кто такой Песков?'])('%s', (question) => {
    const result = ask(question);
    expect(result.path).toBe('actor');
    expect(lead(question)).toMatch(/^Dmitry Peskov: Kremlin spokesman/);
  });

  it('"what is" in Japanese answers with the island record', () => {
    expect(ask('国後島とは何ですか').path).toBe('island');
    expect(lead('国後島とは何ですか')).toMatch(/^Kunashiri \(Japanese 国後島/);
  });
});

describe('when, who, why and how many in Japanese and Russian', () => {
  it.each(['Когда СССР объявил войну Японии?', 'いつソ連は日本に宣戦布告しましたか'])('when: %s', (question) => {
    expect(lead(question)).toMatch(/^8 August 1945: Soviet Union declares war on Japan/);
  });

  it.each(['Когда Россия приостановила мирные переговоры?', 'ロシアはいつ平和条約交渉を停止しましたか'])('when: %s', (question) => {
    expect(lead(question)).toMatch(/^21 March 2022: Russia suspends peace-treaty talks with Japan/);
  });

  it.each(['Кто посетил Кунашир в 2010 году?', '誰が2010年に国後島を訪問しましたか'])('who: %s', (question) => {
    const result = ask(question);
    expect(result.declined).toBe(false);
    expect(lead(question)).toContain('Dmitry Medvedev');
    expect(result.reply.lead).not.toMatch(/^\d/);
  });

  it.each(['Почему Россия прервала переговоры с Японией?', 'ロシアはなぜ平和条約交渉を中断したのか'])('why: %s', (question) => {
    const result = ask(question);
    expect(result.declined).toBe(false);
    expect(result.events[0]?.title).toBe('Russia suspends peace-treaty talks with Japan');
  });

  it.each(['Сколько островов в споре?', '北方領土はいくつの島ですか'])('how many: %s', (question) => {
    expect(lead(question)).toMatch(/^Four: Japan claims Etorofu/);
  });
});

describe('Russian names in any case', () => {
  it('strips one case ending so that the forms of a name meet', () => {
    expect(russianStem('японии')).toBe(russianStem('япония'));
    expect(russianStem('кремля')).toBe(russianStem('кремль'));
    expect(russianStem('курил')).toBe(russianStem('курилы'));
  });

  it('"Кремля" is the Kremlin and "Японии" is Japan', () => {
    const text = lead('Что заявил представитель Кремля о Японии?');
    expect(text).toContain('Peskov');
  });

  it('"Итурупе" after "на" finds the 2019 visit', () => {
    expect(lead('Когда Медведев побывал на Итурупе?')).toMatch(/^2 August 2019\b/);
  });
});

describe('off-topic questions in Japanese and Russian are declined', () => {
  it.each([
    '明日の東京の天気は？',
    'ワールドカップで優勝したのは誰ですか',
    'プーチンは天気について何と言いましたか',
    'Какая погода будет завтра в Москве?',
    'Кто выиграл чемпионат мира по футболу?',
    'Что Путин сказал о погоде?',
  ])('%s', (question) => {
    const result = ask(question);
    expect(result.declined).toBe(true);
    expect(result.events).toHaveLength(0);
  });
});
