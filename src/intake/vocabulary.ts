/**
 * The words the intake reads news with that are not in the dossier: the dossier names the islands,
 * the disputed group and the actors (islands.yaml, dossier.yaml `group`, actors.yaml); this file adds
 * what news writes and the dossier does not need (the chain as a whole, towns on the islands, bare
 * Japanese forms, names in the other scripts, dispute terms, natural hazards, false friends).
 * Patterns: see name-pattern.ts (a string is a name with word boundaries and Russian stems; a RegExp
 * is used as it is). Name forms here that a user might also type belong in actors.yaml or
 * islands.yaml one day; they sit here so the data files stay as the curators wrote them.
 */

const W0 = '(?<![\\p{L}\\p{M}\\p{N}])';
const W1 = '(?![\\p{L}\\p{M}\\p{N}])';
const word = (source: string, flags = 'u') => new RegExp(`${W0}${source}${W1}`, flags);

/**
 * The Kuril chain as a whole. In news it is named almost only when the dispute or Russia's build-up
 * there is the subject, so it counts as naming the dispute. Closed lists of endings: "Курили" and
 * "Курилов" are a verb (smoked) and a surname, not the islands.
 */
export const CHAIN_NAMES: readonly (string | RegExp)[] = [
  word('Kuril(?:e|es|s)?'),
  word('Курил(?:ы|ам|ами|ах)?'),
  word('Курильск(?:ая|ие|ий|ого|ом|ой|их|им|ими|ую|ое|ому)'),
  '千島列島',
  'クリル諸島',
  'クリル列島',
];

/** More names of the disputed group, besides the dossier's `group`. */
export const GROUP_NAMES: readonly (string | RegExp)[] = [
  // Japan's name in Russian reports, in the plural (Australia's Северная территория is singular).
  word('[Сс]еверн(?:ые|ых|ым|ыми) территори(?:и|й|ям|ях|ями)'),
  '北方墓参', // grave visits to the islands
  'ビザなし交流', // the visa-free exchanges with the four islands
];

/** More names of single islands: towns on them and bare Japanese forms (択捉 in 択捉・国後). */
export const ISLAND_NAMES: Readonly<Record<string, readonly (string | RegExp)[]>> = {
  etorofu: ['択捉', word('Kurilsk'), word('Курильск(?:а|е|ом|у)?')],
  // 国後 only when no kanji comes before it: 帰国後, 入国後, 出国後 mean "after returning/entering/leaving".
  kunashiri: [/(?<!\p{Script=Han})国後/u, 'Yuzhno-Kurilsk', word('Южно-Курильск(?:а|е|ом|у)?')],
  shikotan: ['色丹'],
  habomai: ['貝殻島', 'Kaigara'],
  paramushir: ['Severo-Kurilsk', word('Северо-Курильск(?:а|е|ом|у)?')],
};

/** More names of actors: other scripts, bare surnames, demonyms, Japanese short forms. */
export const ACTOR_NAMES: Readonly<Record<string, readonly (string | RegExp)[]>> = {
  japan: ['Japanese', 'японский', 'японцы', '対日'],
  russia: ['Russian', 'российский', 'РФ', '対露', '対ロ', 'ロシア側', '露側'],
  ussr: ['советский', 'Советский Союз'],
  ukraine: ['Ukrainian', 'Украина', 'украинский', 'Киев', 'ウクライナ'],
  // 政府 alone, in Japanese news, is Japan's government; ロシア政府 and 韓国政府 are not.
  'japanese-government': ['日本政府', /(?<![\p{Script=Han}\p{Script=Katakana}])政府/u],
  'russian-government': ['ロシア政府', '露政府'],
  'russian-mfa': ['МИД РФ', 'ロシア外務省', '露外務省', '露外相', 'ロシア外相'],
  'russian-mod': ['Минобороны', 'ロシア軍', '露軍', 'ロシア国防省'],
  'eastern-military-district': ['ВВО', '東部軍管区'],
  kremlin: ['ロシア大統領府', 'クレムリン', '露大統領'],
  'fumio-kishida': ['岸田', 'Кисида'],
  'sanae-takaichi': ['高市', 'Такаити'],
  'shinzo-abe': ['安倍', 'Абэ'],
  'vladimir-putin': ['Путин', 'プーチン'],
  'dmitry-medvedev': ['Медведев', 'メドベージェフ'],
  'dmitry-peskov': ['Песков', 'ペスコフ'],
  'mikhail-mishustin': ['Мишустин', 'ミシュスチン'],
  'mikhail-galuzin': ['Галузин', 'ガルージン'],
  'volodymyr-zelensky': ['Зеленский', 'ゼレンスキー'],
  'muneo-suzuki': ['Судзуки'],
};

/** Words that name both parties at once (Japan–Russia in Japanese). */
export const BOTH_PARTIES: readonly (string | RegExp)[] = ['日ロ', '日露', 'ロ日', '露日'];

/**
 * Dispute terms: they count only when both parties are named too (a Japanese and a Russian or
 * Soviet actor), since peace treaties and territorial disputes are news between others too.
 */
export const DISPUTE_TERMS: readonly (string | RegExp)[] = [
  'peace treaty', 'treaty talks', 'territorial issue', 'territorial dispute', 'territorial question',
  'territorial row', 'territorial problem', 'disputed island', 'disputed isles', 'four islands',
  'Russian-held island', 'Russian-held isles', 'island dispute',
  '平和条約', '領土問題', '領土交渉', '四島', '返還', '不法占拠', '帰属', '元島民',
  'мирный договор', 'территориальный спор', 'территориальный вопрос', 'территориальная проблема',
  'территориальные претензии', 'спорные острова', 'спорный остров',
];

/** Natural hazards: a report of one names the islands as a place, not as the dispute. */
export const HAZARD_TERMS: readonly (string | RegExp)[] = [
  'earthquake', 'quake', 'tremor', 'aftershock', 'tsunami', 'volcano', 'volcanic', 'eruption', 'erupts',
  'cyclone', 'typhoon', 'storm', 'blizzard', 'magnitude',
  '地震', '震度', '津波', '噴火', '火山', '台風', '暴風', '大雪', '海溝',
  'землетрясение', 'толчки', 'афтершок', 'цунами', 'вулкан', 'извержение', 'циклон', 'шторм', 'тайфун',
  'магнитуда',
];

/** Help across the line: a hazard report in which Japan offers it is about the dispute again. */
export const AID_TERMS: readonly (string | RegExp)[] = [
  'aid', 'relief', 'humanitarian', 'assistance', '支援', '援助', '見舞', 'помощь', 'гуманитарный',
];

/**
 * False friends, blanked out before anything is matched: Kurile Lake in Kamchatka, the Kurilian
 * Bobtail cat and Kuril tea (a shrub); the Habomai district of Nemuro on Hokkaido, its fishing
 * cooperative and its kelp (the islets are 歯舞群島).
 */
export const FALSE_FRIENDS: readonly RegExp[] = [
  /Kurile? Lake/giu,
  /Курильск\p{L}* озер\p{L}*/giu,
  /Курильск\p{L}* бобтейл\p{L}*/giu,
  /Курильск\p{L}* ча[йяюе]\p{L}*/giu,
  /Kuril(?:e|ian)? (?:tea|bobtail)s?/giu,
  /根室市歯舞|歯舞(?:漁協|漁業協同組合|産|昆布|地区|小|中)/gu,
  /Habomai (?:kelp|kombu|fishing cooperative|fishermen's cooperative)/giu,
];
