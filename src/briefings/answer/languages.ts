import type { Intent } from './intent.js';

/**
 * Questions asked in Japanese and Russian (issue 12). The records are English, so a question in
 * another language is met through three tables: its question words (which answer it wants), its
 * grammar words (dropped, as English stop words are) and a short list of the dispute's own words
 * (mapped to the English words the records use). Names are found by the alias table as before.
 * A content word in neither table stays as typed: no record holds it, so an off-topic question
 * ("天気", "погода") is declined rather than answered from the names around it.
 */

/** Question words per intent. Japanese is matched as a substring (no spaces); Russian as whole words. */
const QUESTION_WORDS: readonly { intent: Intent; ja: readonly string[]; ru: readonly string[] }[] = [
  { intent: 'when', ja: ['いつ', '何年', 'なんねん', '何月', '何日'], ru: ['когда', 'в каком году', 'какого числа', 'с каких пор'] },
  { intent: 'who', ja: ['誰', 'だれ', 'どなた', 'どの国'], ru: ['кто', 'кого', 'кому', 'кем', 'какая страна', 'какие страны'] },
  { intent: 'howmany', ja: ['いくつ', '何島', '何人', '何隻', 'どのくらい', 'どれくらい'], ru: ['сколько'] },
  { intent: 'why', ja: ['なぜ', 'どうして', 'なんで', '何故', '理由'], ru: ['почему', 'зачем', 'по какой причине'] },
  { intent: 'where', ja: ['どこ', 'どの島'], ru: ['где', 'какие острова', 'какой остров'] },
  { intent: 'what', ja: ['とは', '何', 'なに', 'なん'], ru: ['что', 'что такое', 'чем', 'о чем'] },
];

/** Russian words around a question that say nothing the records could hold. */
const RU_GRAMMAR = new Set(
  `в во на о об обо с со и а но по к ко у из за от до для ли же бы не ни это этот эта эти то тот та те
  был была было были будет есть такой такая такое такие какой какая какое какие каком каких
  его ее её их он она оно они мне нам вам ему ей ним ней них свой свои своих
  году год года между после перед про при над под сейчас ещё еще уже ведь находится находятся расположен против`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Japanese particles, copulas and verb endings, longest first. Only kana: a run of kanji or
 * katakana that is left is a content word.
 */
const JA_GRAMMAR = [
  'についての', 'について', 'でしょうか', 'ましたか', 'でしたか', 'ですか', 'ました', 'ません', 'ている', 'ていた',
  'された', 'させた', 'します', 'しました', 'したのか', 'したか', 'したの', 'した', 'する', 'して', 'なのか', 'のか', 'ですね',
  'とは', 'って', 'から', 'まで', 'より', 'です', 'だった', 'だ', 'は', 'が', 'を', 'に', 'で', 'と', 'の', 'へ', 'も', 'か', 'や', 'ね', 'よ',
];

/**
 * The dispute's words in Japanese and Russian, by the English word the records use. Russian
 * entries are stems: a typed word matches when it starts with one (учения, учений, учениях).
 */
const VOCABULARY: readonly { en: string; ja: readonly string[]; ru: readonly string[] }[] = [
  { en: 'visit', ja: ['訪問', '訪れ', '訪'], ru: ['посетил', 'посещ', 'визит', 'побывал', 'приезжал', 'приехал'] },
  { en: 'drill', ja: ['軍事演習', '演習', '訓練'], ru: ['учени'] },
  { en: 'declaration', ja: ['共同宣言', '宣言'], ru: ['деклараци'] },
  { en: 'treaty', ja: ['平和条約', '条約'], ru: ['договор'] },
  { en: 'peace', ja: ['平和'], ru: ['мирн', 'мир'] },
  { en: 'talks', ja: ['交渉', '協議', '会談'], ru: ['переговор'] },
  { en: 'suspend', ja: ['中断', '停止'], ru: ['приостанов', 'прекратил', 'прервал'] },
  { en: 'protest', ja: ['抗議'], ru: ['протест', 'протестовал'] },
  { en: 'sign', ja: ['署名', '調印', '締結'], ru: ['подписал', 'подписан', 'подписани'] },
  { en: 'occupy', ja: ['占領'], ru: ['оккупир', 'заня', 'захват'] },
  { en: 'war', ja: ['戦争', '宣戦布告', '宣戦'], ru: ['войн'] },
  { en: 'declare', ja: ['布告'], ru: ['объявил'] },
  { en: 'battle', ja: ['戦い', '戦闘'], ru: ['битв', 'сражени'] },
  { en: 'missile', ja: ['ミサイル'], ru: ['ракет'] },
  { en: 'sanctions', ja: ['制裁'], ru: ['санкци'] },
  { en: 'law', ja: ['法律', '法'], ru: ['закон'] },
  { en: 'decree', ja: ['政令', '布告'], ru: ['указ'] },
  { en: 'agreement', ja: ['協定', '合意'], ru: ['соглашени'] },
  { en: 'fishing', ja: ['漁業'], ru: ['рыболов'] },
  { en: 'constitution', ja: ['憲法'], ru: ['конституци'] },
  { en: 'say', ja: ['発言', '言っ', '述べ'], ru: ['сказал', 'заявил', 'заявлени'] },
  { en: 'spokesman', ja: ['報道官', '広報官'], ru: ['представител'] },
  { en: 'island', ja: ['島'], ru: ['остров'] },
  { en: 'dispute', ja: ['紛争', '係争'], ru: ['спор'] },
  { en: 'victory', ja: ['勝利'], ru: ['побед'] },
  { en: 'day', ja: ['記念日'], ru: ['день', 'дня', 'дне'] },
  { en: 'militaristic', ja: ['軍国主義'], ru: ['милитарист'] },
];

export function isForeign(text: string): boolean {
  return /[\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);
}

/** Where a Russian phrase starts in a text as whole words, or -1. */
function wordIndex(text: string, phrase: string): number {
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${phrase}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  return m ? m.index : -1;
}

/** The earliest Japanese or Russian question word in a text, with its position. */
export function foreignCue(text: string): { intent: Intent; index: number } | undefined {
  if (!isForeign(text)) return undefined;
  let best: { intent: Intent; index: number } | undefined;
  for (const row of QUESTION_WORDS) {
    for (const word of row.ja) {
      const i = text.indexOf(word);
      if (i >= 0 && (!best || i < best.index)) best = { intent: row.intent, index: i };
    }
    for (const word of row.ru) {
      const i = wordIndex(text, word);
      if (i >= 0 && (!best || i < best.index)) best = { intent: row.intent, index: i };
    }
  }
  return best;
}

const QUESTION_RU = new Set(QUESTION_WORDS.flatMap((r) => r.ru.filter((w) => !w.includes(' '))));
/** Question words first (何島 before 何), then grammar, longest first. */
const JA_DROPPED = [...QUESTION_WORDS.flatMap((r) => r.ja), ...JA_GRAMMAR].sort((a, b) => b.length - a.length);
const JA_WORDS = VOCABULARY.flatMap((v) => v.ja.map((ja) => ({ ja, en: v.en }))).sort((a, b) => b.ja.length - a.ja.length);

/**
 * A Cyrillic or Japanese word (token) as the words the search should look for: nothing for
 * question and grammar words, the English word for the dispute's own words, the rest as typed.
 * `names` are the Japanese aliases found in the text, taken out of a token first ("プーチンは誰").
 */
export function foreignTerms(token: string, names: readonly string[]): string[] {
  if (/^\p{Script=Cyrillic}+$/u.test(token)) {
    if (RU_GRAMMAR.has(token) || QUESTION_RU.has(token)) return [];
    const word = VOCABULARY.find((v) => v.ru.some((stem) => token.startsWith(stem)));
    return [word ? word.en : token];
  }
  if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(token)) return [token];
  let rest = token;
  for (const name of names) rest = rest.split(name).join(' ');
  const out: string[] = [];
  // "2022年に": the year is a number the records hold; 年, 月 and 日 after digits are its grammar.
  rest = rest.replace(/(\d+)[年月日]?/g, (_, digits: string) => {
    out.push(digits);
    return ' ';
  });
  for (const { ja, en } of JA_WORDS) {
    if (rest.includes(ja)) {
      out.push(en);
      rest = rest.split(ja).join(' ');
    }
  }
  for (const word of JA_DROPPED) rest = rest.split(word).join(' ');
  // What is left in kanji or katakana is a content word no table knows; kana alone is grammar.
  for (const run of rest.match(/[\p{Script=Han}\p{Script=Katakana}ー]+/gu) ?? []) out.push(run);
  return out;
}
