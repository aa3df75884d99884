import { CAMEO_CODEBOOK } from '../dossier/codebook.js';
import { normalizeText } from './name-pattern.js';

/**
 * The CAMEO code a story suggests, from action words in its headlines (en, ja, ru). Only codes of the
 * project's codebook (src/dossier/codebook.ts, from the shared event-coding table) are suggested,
 * with their Goldstein score. A curator confirms or changes it; this is a first guess, not a coding.
 *
 * Each headline votes for one code: the first rule below that matches it. The order puts the
 * headline's own action before its object: in "Japan protests Russian drills" the action is the
 * protest (114), the drills are what it is about; in "Kishida calls Russia's exit from the talks
 * unacceptable" it is the criticism (111), not the halt. The code with most votes wins; a tie goes to
 * the code of the earliest headline, the first report of the event. No vote: 010, a plain statement.
 *
 * Protest is 114 "Complain officially" (a diplomatic protest, as the event set codes Japan's
 * protests); 111 is criticism ("unacceptable", "condemns"), 112 an accusation ("illegally occupies").
 * Military drills are 150 (demonstrate military power), deployments 154 (increase armed forces).
 */

const en = (source: string) => new RegExp(`\\b(?:${source})\\b`, 'iu');
const ru = (source: string) => new RegExp(`(?<![\\p{L}])(?:${source})`, 'iu');
const ja = (source: string) => new RegExp(source, 'u');

interface CodingRule {
  readonly cameo: string;
  readonly words: readonly RegExp[];
}

/** In priority order: a headline votes for the first rule it matches. */
export const CODING_RULES: readonly CodingRule[] = [
  { cameo: '112', words: [en('accus\\w*|illegal(?:ly)? occup\\w*'), ru('обвин\\p{L}*|незаконн\\p{L}* оккупац\\p{L}*'), ja('不法占拠')] },
  { cameo: '114', words: [en('protest(?:s|ed|ing)?'), ru('протест\\p{L}*'), ja('抗議')] },
  {
    cameo: '111',
    words: [
      en('unacceptable|condemn\\w*|denounc\\w*|critici[sz]\\w*|unjust|deplor\\w*|regrettable'),
      ru('неприемлем\\p{L}*|осуд\\p{L}*|осужд\\p{L}*|раскритиковал\\p{L}*|возмут\\p{L}*'),
      ja('受け入れられない|容認できない|不当|遺憾|非難'),
    ],
  },
  {
    cameo: '164',
    words: [
      en("(?:halt|halts|halted|suspend\\w*|scrap\\w*|ends?|ended|refus\\w*|quit\\w*|walks? away from|will not continue|won't continue|exit|pulls? out of)\\b[^.]{0,40}\\b(?:talks|negotiations)"),
      ru('(?:отказал\\p{L}*|прекрат\\p{L}*|приостанов\\p{L}*|вышл\\p{L}* из|выход\\p{L}* из|замороз\\p{L}*|прервал\\p{L}*)[^.]{0,40}переговор\\p{L}*'),
      ja('交渉\\S{0,3}(?:中断|打ち切|停止|拒否|凍結)'),
    ],
  },
  {
    cameo: '160',
    words: [
      en('(?:scrap\\w*|terminat\\w*|ends?|ended|suspend\\w*|withdraw\\w*|pulls? out of|quit\\w*)\\b[^.]{0,40}\\b(?:agreements?|deals?|accords?|exchanges?|visits)'),
      ru('(?:выход\\p{L}*|выйти|вышл\\p{L}*|приостанов\\p{L}*|прекрат\\p{L}*|расторг\\p{L}*|денонс\\p{L}*)[^.]{0,40}(?:соглашени\\p{L}*|безвиз\\p{L}*|договор\\p{L}*)'),
      ja('(?:協定|合意|交流)[\\s\\S]{0,12}(?:破棄|停止|終了|中止)'),
    ],
  },
  { cameo: '138', words: [en('threat\\w*'), ru('угрож\\p{L}*|пригроз\\p{L}*'), ja('威嚇')] },
  {
    cameo: '154',
    words: [
      en('deploy\\w*|(?:to|will) station|stationed|stationing|combat duty|reinforc\\w*|build-?up'),
      ru('размест\\p{L}*|разверн\\p{L}*|(?:боев\\p{L}* )?дежурств\\p{L}*|перебро\\p{L}*'),
      ja('配備|増強|駐留'),
    ],
  },
  {
    cameo: '150',
    words: [
      en('drills?|exercises?|maneuvers|manoeuvres|war games|firing|live-fire|rehears\\w*|practi[cs]\\w*|repel\\w*'),
      ru('учени\\p{L}*|стрельб\\p{L}*|маневр\\p{L}*|отработ\\p{L}*|отражени\\p{L}* десант\\p{L}*'),
      ja('演習|訓練|射撃'),
    ],
  },
  {
    cameo: '036',
    words: [
      en('seek\\w*|vow\\w*|aims? to|hopes? to|wants? to|intend\\w*|ready to (?:resume|hold|negotiate)|agree\\w* to (?:speed up|resume|hold|discuss)|resum\\w* (?:talks|negotiations)|calls? for talks'),
      ru('намерен\\p{L}*|стрем\\p{L}*|готов\\p{L}* к переговор\\p{L}*|возобнов\\p{L}* переговор\\p{L}*'),
      ja('目指|意欲|交渉再開'),
    ],
  },
  {
    cameo: '057',
    words: [
      en('sign\\w*\\b[^.]{0,30}\\b(?:agreement|treaty|deal|accord|declaration)'),
      ru('подпис\\p{L}*[^.]{0,30}(?:соглашени\\p{L}*|договор\\p{L}*|деклараци\\p{L}*)'),
      ja('(?:協定|条約|宣言)に?署名|締結'),
    ],
  },
  { cameo: '050', words: [en('recogni[sz]\\w*|cooperat\\w*|joint economic'), ru('призна\\p{L}*|сотруднич\\p{L}*'), ja('認め|協力')] },
  {
    cameo: '042',
    words: [
      en('visit\\w*|arriv\\w*|trip|tours?|toured|inspect\\w*'),
      ru('прибыл\\p{L}*|посет\\p{L}*|посещ\\p{L}*|визит\\p{L}*|прилет\\p{L}*|побывал\\p{L}*'),
      ja('訪問|訪れ|視察|到着'),
    ],
  },
  { cameo: '043', words: [en('hosts?|hosted'), ja('迎え')] },
  {
    cameo: '012',
    words: [
      en("impossible|rules? out|ruled out|no prospects?|unlikely|cannot|can't|bleak"),
      ru('невозмож\\p{L}*|исключ\\p{L}*|не видит\\p{L}*'),
      ja('不可能|困難|見通せ'),
    ],
  },
  { cameo: '163', words: [en('sanction\\w*|embargo\\w*|boycott\\w*'), ru('санкци\\p{L}*|эмбарго'), ja('制裁')] },
];

export interface SuggestedCoding {
  readonly cameo: string;
  readonly label: string;
  readonly goldstein: number;
  readonly plover: string;
  /** Why: the words that matched (up to three) and in how many headlines, e.g. `matched "drills", "演習" in 3 of 4 headlines`. */
  readonly reason: string;
}

/** Every code whose words a headline contains, in priority order, with the words found. */
export function headlineActions(title: string): { cameo: string; word: string }[] {
  const text = normalizeText(title);
  return CODING_RULES.flatMap((rule) => {
    for (const words of rule.words) {
      const match = words.exec(text);
      if (match) return [{ cameo: rule.cameo, word: match[0] }];
    }
    return [];
  });
}

/** The code for a story from its headlines, oldest first (see the header for the rule). */
export function suggestCoding(headlines: readonly string[]): SuggestedCoding {
  const votes = headlines.flatMap((title) => headlineActions(title).slice(0, 1));
  const count = new Map<string, number>();
  for (const v of votes) count.set(v.cameo, (count.get(v.cameo) ?? 0) + 1);
  const most = Math.max(0, ...count.values());
  const winner = votes.find((v) => count.get(v.cameo) === most);
  if (!winner) return coding('010', 'no action word in the headlines: a plain statement');
  const words = [...new Set(votes.filter((v) => v.cameo === winner.cameo).map((v) => `"${v.word}"`))].slice(0, 3);
  const n = headlines.length;
  return coding(winner.cameo, `matched ${words.join(', ')} in ${most} of ${n} headline${n === 1 ? '' : 's'}`);
}

function coding(cameo: string, reason: string): SuggestedCoding {
  const entry = CAMEO_CODEBOOK[cameo];
  if (!entry) throw new Error(`CAMEO code ${cameo} is not in the codebook`);
  return { cameo, label: entry.label, goldstein: entry.goldstein, plover: entry.plover, reason };
}
