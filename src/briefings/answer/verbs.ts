import { patternWords } from './text.js';
import { pressingAsClaim } from './pressing-claim.js';
/**
 * The verb lexicon: everyday phrasal verbs and idioms rewritten as the word the records use, before
 * the question is searched ("walk away from the talks" -> "suspend the talks", "give Habomai back"
 * -> "return Habomai"). Single words that mean the same ("swap" = "exchange", "outlaw" = "ban") are
 * synonym groups in aliases.ts instead; here are the phrases a word-by-word search cannot read,
 * because their meaning is in the particle ("back", "off", "up", "on ice") rather than the verb.
 *
 * An entry is a verb's forms, a particle and the record's word. A separable entry also matches with
 * an object between the verb and its particle ("put joint projects on ice", "tie the handover to
 * troops leaving"); the object stays in the question.
 */

interface PhrasalVerb {
  /** The verb's forms, as a regex alternation. */
  readonly verb: string;
  /** What follows the verb (or its object): the part that carries the meaning. */
  readonly particle: string;
  /** The records' word for it. */
  readonly word: string;
  /** The object may stand between the verb and the particle. */
  readonly separable?: boolean;
  /** Keep the verb and replace only the particle ("demand the islands back" -> "demand the islands return"). */
  readonly keepVerb?: boolean;  /** The particle can mean nothing else, so the object may be a long phrase (up to 12 words). */
  readonly longObject?: boolean;
}

const forms = (...stems: string[]) => stems.join('|');
const GIVE = forms('give', 'gives', 'gave', 'given', 'giving', 'hand', 'hands', 'handed', 'handing');
const WANT = forms('want', 'wants', 'wanted', 'wanting', 'demand', 'demands', 'demanded', 'demanding', 'seek', 'seeks', 'sought', 'seeking', 'ask', 'asks', 'asked', 'asking');

/** Longest phrases first: "pull the plug on" before "pull out". */
const LEXICON: readonly PhrasalVerb[] = [
  // Suspending something: the records say "suspend" or "halt".
  { verb: forms('walk', 'walks', 'walked', 'walking'), particle: '(?:away|out)(?:\\s+(?:of|from|on))?', word: 'suspend' },
  { verb: forms('pull', 'pulls', 'pulled', 'pulling'), particle: 'the\\s+plug(?:\\s+on)?', word: 'suspend' },
  { verb: forms('pull', 'pulls', 'pulled', 'pulling', 'back', 'backs', 'backed', 'backing', 'bow', 'bows', 'bowed', 'drop', 'drops', 'dropped'), particle: 'out(?:\\s+of)?', word: 'suspend' },
  { verb: forms('break', 'breaks', 'breaking', 'broke', 'broken', 'call', 'calls', 'called', 'calling', 'cut', 'cuts', 'cutting'), particle: 'off', word: 'suspend', separable: true },
  // "On hold" and "on ice" are never a place, so the thing put there may be a long phrase ("the 1998
  // agreement for the waters around the islands").
  { verb: forms('put', 'puts', 'putting'), particle: '(?:on\\s+)?(?:hold|ice)', word: 'suspend', separable: true, longObject: true },
  // Ending something for good: the records say "end", "withdraw", "terminate".
  { verb: forms('tear', 'tears', 'tearing', 'tore', 'torn', 'rip', 'rips', 'ripped', 'ripping'), particle: 'up', word: 'end', separable: true },
  // Setting a day, a body or a scheme up is establishing it (the records: "Japan establishes 7 February as …").
  { verb: forms('set', 'sets', 'setting'), particle: 'up', word: 'establish' },
  // Hitting, striking or fighting back is answering (the records: "Japan will answer … with sanctions").
  { verb: forms('hit', 'hits', 'hitting', 'strike', 'strikes', 'struck', 'striking', 'fight', 'fights', 'fought', 'fighting'), particle: 'back', word: 'answer' },
  // Saying back is saying in reply ("what did the Kremlin say back after the
  // speech"): "back" is no backing of anyone, and the reply is what reaction.ts reads.
  { verb: forms('say', 'says', 'said', 'saying'), particle: 'back', word: 'say in reply' },
  // Giving: up a claim is renouncing it, back a place is returning it, away a territory is ceding it.
  { verb: GIVE, particle: 'up', word: 'renounce', separable: true },
  { verb: GIVE, particle: 'back', word: 'return', separable: true },
  { verb: GIVE, particle: 'over', word: 'hand over', separable: true },
  { verb: GIVE, particle: 'away', word: 'cede', separable: true },
  // Signing a territory away or over is renouncing it by treaty (the records: "Japan renounces the Kurils").
  { verb: forms('sign', 'signs', 'signed', 'signing'), particle: '(?:away|over)', word: 'renounce', separable: true },
  { verb: WANT, particle: 'back', word: 'return', separable: true, keepVerb: true },
  // Bringing a scheme back is restoring it: "bring back the exchanges" is no "back(ing)" of them.
  { verb: forms('bring', 'brings', 'brought', 'bringing'), particle: 'back', word: 'restore', separable: true },
  // Ending up with a place is getting it: "did Japan end up with Sakhalin?" asks who got what (recipient.ts).
  { verb: forms('end', 'ends', 'ended', 'ending', 'wind', 'winds', 'wound', 'winding'), particle: 'up\\s+with', word: 'get' },
  // Taking a side: "side with Japan", "stand with Tokyo" is backing it (the records say "backs Japan's claim").
  { verb: forms('side', 'sides', 'sided', 'siding', 'stand', 'stands', 'stood', 'standing'), particle: '(?:with|behind)', word: 'back' },
  // Going against a charter or a law is contradicting it, in the records' "runs counter to".
  { verb: forms('go', 'goes', 'went', 'going', 'gone', 'run', 'runs', 'ran', 'running'), particle: '(?:against|counter\\s+to|contrary\\s+to)', word: 'contradict' },
  // A condition: "tie / link the handover to troops leaving" is making it conditional on that.
  // "Is Russia still in control of the islands?": holding them, in the records' word.
  { verb: forms('in', 'under', 'take', 'takes', 'took', 'taken', 'taking', 'have', 'has', 'had', 'keep', 'keeps', 'kept'), particle: 'control\\s+of', word: 'occupying' },
  { verb: forms('tie', 'ties', 'tied', 'tying', 'link', 'links', 'linked', 'linking'), particle: 'to', word: 'condition', separable: true },
];

/** Verbs that report what someone said, besides "say" and "tell". */
const SAYING = forms(
  ...['claim', 'argue', 'insist', 'assert', 'allege', 'contend', 'maintain', 'declare', 'suggest', 'stress', 'admit', 'announce', 'acknowledge', 'concede', 'add', 'explain', 'mention']
    .flatMap((v) => [v, `${v}s`, v.endsWith('e') ? `${v}d` : `${v}ed`]),
);

/** The object between a separable verb and its particle: a few words, never a clause break. */
const OBJECT = '((?:\\s+[^\\s,.;?!]+){1,6}?)';
const LONG_OBJECT = '((?:\\s+[^\\s,.;?!]+){1,12}?)';

/** A noun made of a phrasal verb, written as one word ("the handback", "a hand-back"). */
const COMPOUNDS: readonly (readonly [RegExp, string])[] = [
  // "Did the garrison give up?": giving up with nothing given, at the end or before a time or place, is surrendering.
  // Not when "what" or "which" asks for the thing given ("what did Japan give up in the treaty?").
  [/(?<!\b(?:what|which)\s+(?:(?!(?:year|month|day|date|time)\b)[\p{L}-]+\s+){0,2}?(?:did|does|do|would|will|had|has|have|could|must|should)(?:n['’]t)?\s+(?:[\p{L}'’.-]+\s+){1,4}?)\b(?:give|gives|gave|given|giving)\s+up\b(?=\s*(?:[?.!]|$)|\s+(?:in|on|at|after|before|without|when)\b)/giu, 'surrender'],
  [/\b(?:hand|give)-?backs?\b/gi, 'return'],
  [/\bhand-?overs?\b/gi, 'hand over'],
  [/\bwalk-?outs?\b/gi, 'suspension'],
  // Breaking a charter, a law or a promise is violating it, not breaking off talks.
  [/\b(?:break|breaks|breaking|broke|broken)\s+(?=(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}(?:charter|law|laws|treaty|treaties|agreement|agreements|promise|promises|rules?|obligations?|declaration|constitution)\b)/gi, 'violate '],
  // Passing or enacting a law is, in the records' words, signing it ("Putin signs law making 3 September …").
  [/\b(?:pass|passes|passed|passing|enact|enacts|enacted|enacting)\s+(?=(?:(?:a|an|the|its|any|new|another)\s+)*(?:laws?|bills?|legislation|decrees?)\b)/gi, 'sign '],
  // "War games" are drills: the records say "drills" or "exercises".
  [/\bwar[\s-]?games?\b/gi, 'drills'],
  // "Live-fire drills": the records say "firing drills".
  [/\blive[\s-]fire\b/gi, 'firing'],
  // Specifying, stating or spelling out who or which is saying it: "did the treaty specify who
  // gets the Kurils" asks what "did the treaty say who …" asks (unsaid.ts reads "say").
  [/\b(?:specif(?:y|ies|ied)|stat(?:e|es|ed)|mention(?:s|ed)?|defin(?:e|es|ed)|determin(?:e|es|ed)|spell(?:s|ed)?\s+out|make\s+clear|made\s+clear)\s+(?=(?:who|whom|which|to\s+whom)\b)/gi, 'say '],
  // "Say who gets the Kurils": who they go to, in the records' words; "gets" is no deed of the record's.
  [/\b(say\s+(?:who|whom|to\s+whom))\s+(?:gets|got|receives|received|(?:would|will|should)\s+(?:get|receive))\b/gi, '$1'],
  // "Did Lavrov claim / argue / insist that …": a verb of saying before what was said is "say", a
  // framing word, so that the record's "said" or "says" meets it and "claim" is not read as the
  // deed ("Japan's claim"). Only after "did X" and before a clause ("that …", "Japan's demand goes
  // …", "the islands were …"): "did Japan claim the islands" keeps its claim. "Didn't X admit it was
  // …" asks the same as "did X admit".
  [new RegExp(`(?<=\\b(?:did|does|do|has|have|had)(?:n['’]t)?\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){1,4}?)(?<!\\b(?:the|a|an|its|their|his|her|this|that)\\s+)(?:${SAYING})\\s+(?=that\\b|it\\s+(?:was|is|had|has|would|will)\\b|[\\p{L}-]+['’]s\\s|(?:[\\p{L}-]+\\s+){1,4}?(?:is|are|was|were|had|has|have|would|will|could|can|should|must|goes|went|belongs?|belonged)\\b)`, 'giu'), 'say '],
  // Winning a territory is getting it ("when did Japan win southern Sakhalin"): the records say it was
  // given, received or taken, not won. Winning a war, a battle, a vote or support stays a victory,
  // and so does a win as a noun ("its win over Japan").
  [/(?<!\b(?:a|the|its|their|his|her|our|this|that|[\p{L}]+['’]s)\s+)\b(?:win|wins|won|winning)\s+(?!(?:over|against)\b)(?!(?:(?:the|a|an|its|their|his|her|this|that)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:wars?|battles?|fight(?:s|ing)?|conflicts?|campaigns?|elections?|votes?|polls?|races?|support|backing|recognition|concessions?|approval|praise|sympathy|victor(?:y|ies)|case|argument|dispute|prize|award|medals?|games?|matche?s?|seats?|majority)\b)/giu, 'get '],
  // Commenting or remarking on something, speaking about it, is saying something about it: "say" is
  // a framing word, so "comment" is not read as a deed no record holds. Not "talk about", which is
  // negotiating ("are Tokyo and Moscow talking about the islands"), nor "speak on", which is also
  // where a language is spoken. Mentioning something ("did Takaichi mention a peace treaty") is saying
  // something about it too, when no "who" or "that" clause follows (those are read above).
  [/\b(?:(?:comment(?:s|ed|ing)?|remark(?:s|ed|ing)?)\s+(?:publicly\s+)?(?:on|about|upon)|(?:speak(?:s|ing)?|spoke|spoken)\s+(?:publicly\s+)?(?:about|of)|mention(?:s|ed|ing)?)\b/gi, 'say about'],
  // "Who owns the islands", "whom they belong to": their sovereignty, in the records' words.
  [/\b(?:who|whom)\s+(?:(?:really|rightfully|actually|legally)\s+)?(?:owns?|owned|should\s+own|has\s+sovereignty\s+over)\b/gi, 'sovereignty over'],
  // "Make / strike / cut / ink a deal": agreeing it, in the records' word ("agreed in secret"). Not
  // "cut off a deal", which is suspending it.
  [/\b(?:make|makes|made|making|strike|strikes|struck|striking|cut|cuts|cutting|ink|inks|inked|inking)\s+(?!off\b)(?=(?:(?:the|a|an|that|this|its|their|any|some)\s+)?(?:[\w-]+\s+){0,3}?(?:deals?|agreements?|pacts?|accords?|bargains?)\b)/gi, 'agree '],
  // "Moved / redrew / changed the border": a border moves when land changes hands, which the records
  // tell as the land given, traded or set ("gave Japan the south of Sakhalin"), seldom with "border",
  // so the verb is read as "give" (with its synonyms hand, cede, transfer).
  [/\b(?:move[sd]?|moving|redraws?|redrew|redrawn|redrawing|shift(?:s|ed|ing)?|alter(?:s|ed|ing)?|change[sd]?|changing|adjust(?:s|ed|ing)?)\s+(?=(?:the|their|its|a)\s+(?:[\w-]+\s+){0,2}?(?:borders?|frontiers?|boundary|boundaries)\b)/gi, 'give '],
  // Getting, taking or winning something back is getting it: who got it is on record, not who had it
  // before ("back" would otherwise be read as backing someone). Only with a thing got: "get back from
  // Moscow" is coming home.
  [/\b(?:get|gets|got|gotten|getting|take|takes|took|taken|taking|win|wins|won|winning)\s+((?:(?!back\b)[^\s,.;?!]+\s+){1,6}?)back\b/gi, 'get $1'],
  [/\b(?:get|gets|got|gotten|getting|take|takes|took|taken|taking|win|wins|won|winning)\s+back\s+(?=(?:the|all|its|their|those|these|some|any)\b)/gi, 'get '],
  // "Which magazine carried / ran / published his warning?": an outlet carrying a story is reporting
  // it, in the records' words ("in an interview reported by the weekly Shukan Gendai").
  [/\b((?:which|what)\s+(?:[\w-]+\s+)?(?:magazines?|newspapers?|outlets?|papers?|channels?|news\s+agency|agency|weekly|daily|broadcasters?|media))\s+(?:carried|carries|carry|ran|runs|published|publishes|printed|prints|aired|airs|broadcast)\b/gi, '$1 reported'],
  // "Had Soviet troops finished occupying the islands by 5 September?": finishing or completing a deed
  // is the deed itself, done by then; the aspect verb names nothing a record could hold.
  // Only in a yes/no question: "when did they finish occupying …" asks the deed's end (cues.ts).
  [/(?<=^\s*(?:had|has|have|did|does|do|was|were|is|are)(?:n['’]t)?\s.*?)\b(?:finish|finishes|finished|finishing|complete|completes|completed|completing)\s+(?=[a-z]+ing\b)/gi, ''],
  // "Turn 3 September into a victory day", "which date did Russia turn into …": turning a thing into
  // another is making it that (the records: "law making 3 September the Day of Victory"); "turn" alone
  // is a word no record's deed holds.
  [/\b(?:turn|turns|turned|turning)\s+((?:[^\s,.;?!]+\s+){0,5}?)into\b/gi, 'make $1'],
  // "Did Japan come away from the 1905 peace holding southern Sakhalin?": coming or walking away from a
  // deal with (or holding, having) something is getting it from the deal; the thing is put after the
  // verb ("get southern Sakhalin from the 1905 peace"), where the readers of who got what look for it.
  [/\b(?:come|comes|came|coming|walk|walks|walked|walking)\s+away\s+(?:(from\s+[^?.!;,]*?)\s+)?(?:with|holding|having|owning|keeping)\s+([^?.!;,]+)/gi, 'get $2 $1'],
  // "What would Japan's response look like?": looking like something is being it; the question asks
  // what the thing was or would be, and "look" is no element a record could hold.
  [/\b((?:would|will|might|could|should|does|do|did|to)\s+)look(?:ed)?\s+like\b/gi, '$1be'],
  [/\blooks\s+like\b(?=\s*(?:[?.!]|$))/gi, 'is'],
  // "Make the Kurils part of the USSR" is incorporating them into it.
  [/\b(?:make|makes|made|making)\s+((?:[^\s,.;?!]+\s+){1,5}?)part\s+of\b/gi, 'incorporate $1into'],
];

/**
 * "Sign the Victory over Japan Day law", "give up control over the islands": a noun that takes "over"
 * itself ends no object of a separable verb, so its "over" is no particle ("sign … over" would be
 * renouncing), nor does it with one word between ("a victory day over Japan").
 */
const HAS_OWN_OVER = '(?<!\\b(?:victory|victories|win|wins|triumph|control|sovereignty|dispute|disputes|power|rule|authority|jurisdiction|say)(?:\\s+[a-z-]+)?)';

const PATTERNS: readonly (readonly [RegExp, string])[] = LEXICON.flatMap((entry) => {
  const joined = new RegExp(`\\b(${entry.verb})\\s+${entry.particle}\\b`, 'gi');
  const split = new RegExp(`\\b(${entry.verb})${entry.longObject ? LONG_OBJECT : OBJECT}${/\bover\b/.test(entry.particle) ? HAS_OWN_OVER : ''}\\s+${entry.particle}\\b`, 'gi');
  const plain = entry.keepVerb ? `$1 ${entry.word}` : entry.word;
  const around = entry.keepVerb ? `$1$2 ${entry.word}` : `${entry.word}$2`;
  return entry.separable ? [[joined, plain] as const, [split, around] as const] : [[joined, plain] as const];
});

/** The words the phrasal verbs and compounds read, for respelling (respell.ts). */
export const PHRASAL_WORDS: readonly string[] = patternWords([...COMPOUNDS, ...PATTERNS].map(([pattern]) => pattern));

/** The question with its phrasal verbs and their one-word nouns replaced by the records' words. */
export function plainVerbs(text: string): string {
  // "Still pressing for the islands" is seeking them, "pushing its claim" claiming (pressing-claim.ts).
  let out = pressingAsClaim(text);
  for (const [pattern, word] of COMPOUNDS) out = out.replace(pattern, word);
  for (const [pattern, word] of PATTERNS) out = out.replace(pattern, word);
  return out;
}

/**
 * A record's sentence with its phrasal verbs also read as the word the question is rewritten to
 * ("Japan gave up all right … to the Kurile Islands" renounces them): the question's "give up" is
 * read as "renounce" above, so a record that writes "gave up" itself must meet it there too.
 * Only the phrasal verbs of the lexicon, not the question's rewrites of framing words.
 */
export function recordPhrasal(text: string): string {
  let out = text;
  for (const [pattern, word] of PATTERNS) out = out.replace(pattern, word);
  return out;
}
