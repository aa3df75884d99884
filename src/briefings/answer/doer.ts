import { ADVERB_BETWEEN, withoutAdverbs } from './adverb-between.js';
import type { Dossier } from '../../dossier/dossier.js';
import { detectInTerms, entitiesInText } from './aliases.js';
import type { Plan } from './plan.js';
import type { AnswerIndex } from './search-index.js';
import { ENDED } from './judge.js';
import { contrastIn } from './contrast.js';
import { nameGroups } from './occasion.js';
import { sameSeat } from './seats.js';
import { belongsTo } from './sides.js';
import { stateForPerson } from './person-deed.js';
import { memoPerOwner } from './memo.js';
import { officeWordsAt } from './name-forms.js';
import { FRAME_WORDS, processTerm, sentences, tokenize, wordTerms } from './text.js';

/**
 * "When did Japan suspend the peace talks?" names who did it: Russia's suspension is no answer, though
 * it covers every other word. The doer is the actor the question puts right after its auxiliary
 * ("did Japan …", "when did Putin …"); in a record's clause, who did the deed is the actor named
 * last before the deed's first word ("Kishida speaks … as Japan protests Russian drills": the drills
 * are Russia's). A clause that names no actor before the deed says nothing about who did it.
 */

const SUBJECT = /^\s*(?:(?:when|why|where|how|what\s+(?:year|day|date|month))\s+)?(?:did|does|do|has|have|had)\s+(?:the\s+)?((?:\S+\s+){0,2}\S+)/i;
/** "… ended by Japan?": a passive question's doer, at its end. */
const PASSIVE = /^\s*(?:when|why|where|how|was|were|is|has|had)\b.*\b(?:was|were|is|are|been|be)\s+\S+\s+.*?\bby\s+(?:the\s+)?((?:\S+\s+){0,2}\S+?)\s*[?.!]*\s*$/i;
/** "Was there a visit by X to …", "a suspension of the agreement by X": the noun of the deed, and the doer after "by". */
const THERE_BY = /^\s*(?:was|were|is|are|has|have|had)\s+there\s+(?:(?:a|an|any|the)\s+)?([\p{L}-]+)\s+(?:(?:of|on|against|to|over)\s+(?:\S+\s+){0,4}?)?by\s+(?:the\s+)?((?:\S+\s+){0,2}?\S+?)(?=\s+(?:against|to|of|on|in|over|at|near|for|from|with)\b|\s*[?.!]*\s*$)/iu;
/** An adjective of a people or state: "Soviet", "Russian", "Japanese", "American". */
const DEMONYM = /^(?:soviet|\w+(?:ian|ese|ish|can))$/i;
/** How far after the deed a passive's "by" may come ("signed in Tokyo by …"). */
const PASSIVE_REACH = 3;
/** How many words an actor's name may take, looking back from the deed. */
const NAME_WORDS = 3;
/** A name right after one of these is the deed's object or place, not its doer ("troops from Japan as a condition"). */
const PREPOSITION = /^(?:from|to|with|of|against|on|at|in|into|toward|towards|for|over)$/i;
/** Words that make a clause tell what will or would be done, not what was. */
const MODAL = /^(?:will|would|shall|might)$/i;
/** An end word before a verb in -ing names the end of that deed ("finish seizing", "stop fighting"), not an ending done. */
const ENDS_A_DEED = /\b(?:finish(?:es|ed)?|stop(?:s|ped)?|end(?:s|ed)?|ceas(?:e|es|ed)|complet(?:e|es|ed)|quit)\s+(?!being\b)[a-z]+ing\b/i;
/** Verbs of saying or thinking: what follows them is what was said, done by whoever the clause names. */
const SAYING = /^(?:say|says|said|think|thinks|thought|claim(?:s|ed)?|argue[sd]?|believe[sd]?|predict(?:s|ed)?|reckon(?:s|ed)?|suggest(?:s|ed)?|insist(?:s|ed)?|assert(?:s|ed)?)$/i;
/** Verbs of reporting a deed: "Interfax reported (that) …", "the agency announced …". */
const REPORTED = /^(?:report(?:s|ed)?|announc(?:e|es|ed)|wr(?:ote|ites))$/i;
/** A passive of reporting: "reported by", "announced by", "quoted by" name a source. */
const REPORTED_BY = /\b(?:report(?:ed)?|announced|cited|quoted|described|covered|written|published|carried)\s+by\b/i;
/** Deeds both parties do at once: in "Russia took Sakhalin and in exchange Japan received …" either swapped. */
const RECIPROCAL = new Set(['exchang', 'swap', 'trad']);

/** The actor the question names as the doer, if any. */
export function askedDoer(index: AnswerIndex, plan: Plan): string | undefined {
  return readDoer(index, plan)?.id;
}

/**
 * "Did Peskov say (that) Tokyo broke off the dialogue?": Peskov is who spoke, and the deed is
 * Tokyo's. The speaker of a "did X say …" question, if it has one.
 */
export function askedSayer(index: AnswerIndex, plan: Plan): string | undefined {
  return readDoer(index, plan)?.sayer;
}

/** The word right after the question's doer, as typed: its deed ("tell" in "did Suzuki tell his party …"). */
export function deedWordAfterDoer(index: AnswerIndex, plan: Plan): string | undefined {
  const read = readDoer(index, plan);
  return read?.sayer ? undefined : read?.next;
}

/** Whom the question is about first: the speaker of "did X say …", else the doer. */
export function askedSubject(index: AnswerIndex, plan: Plan): string | undefined {
  const read = readDoer(index, plan);
  return read?.sayer ?? read?.id;
}

/** Verbs of saying between a speaker and what was said (verbs.ts turns "claim that", "argue" … into "say"). */
const SAYS = /^(?:say|says|said|tell|tells|told)$/i;
/** "Tell his party before / about / in advance", "tell anyone?": whom he told, and nothing of what. */
const INFORMED = /^\s*(?:tell|tells|told)\s+(?:(?:his|her|their|its|the|anyone|anybody|someone|somebody|them|him|her)\b\s*)?(?:[\p{L}-]+\s+){0,2}?(?:before|beforehand|in\s+advance|ahead|first|about|of|when|[?.!]|$)/iu;
/** Words between the saying and the deed's doer: "said (that) (it was) Tokyo (that) …". */
const SAID_FILLER = /^(?:that|it|was|is|the)$/i;

/**
 * "When did Japan accept the Gromyko condition?": the concept group of the word right after the
 * doer, the verb whose date is asked, when it is a word on record and not a light verb ("hold
 * drills": there the drills carry the question). -1 when there is none.
 */
export function deedAfterDoer(index: AnswerIndex, plan: Plan): number {
  const next = readDoer(index, plan)?.next;
  const term = next ? tokenize(next).map((t) => processTerm(t)).find(Boolean) : undefined;
  if (!term || FRAME_WORDS.has(term)) return -1;
  return plan.groups.findIndex((g) => !g.entity && g.known && g.typed.includes(term));
}

/**
 * "Did the EU condemn …?": the doer's place holds a word no record uses, so whoever it names is not
 * on record, and no record can say what they did. Names on record and their misspellings are
 * entities; common words ("the talks", "the islands") are in the records.
 */
export function unknownDoer(index: AnswerIndex, plan: Plan): boolean {
  const span = SUBJECT.exec(plan.rest)?.[1];
  const first = span?.split(/\s+/)[0];
  const term = first ? tokenize(first).map((t) => processTerm(t)).find(Boolean) : undefined;
  if (!term || FRAME_WORDS.has(term) || /^\d/.test(term)) return false;
  const group = plan.groups.find((g) => g.typed.includes(term));
  if (group !== undefined && !group.entity && !group.known) return true;
  // "Did North Korea fire …": a two-word name whose first word the records use ("north") and whose
  // second they never do is no one on record either.
  const second = span?.split(/\s+/)[1];
  const next = second ? tokenize(second).map((t) => processTerm(t)).find(Boolean) : undefined;
  const nextGroup = next && group && !group.entity && !FRAME_WORDS.has(next) ? plan.groups.find((g) => g.typed.includes(next)) : undefined;
  return nextGroup !== undefined && !nextGroup.entity && !nextGroup.known;
}

interface ReadDoer {
  /** Who did the deed asked about; none when the question names no one at the doer's place. */
  readonly id?: string;
  /** The word right after the doer. */
  readonly next?: string;
  /** The doer as typed ("Moscow"). */
  readonly typed: string;
  /** Who said it, in "did X say (that) Y …". */
  readonly sayer?: string;
  /** Read from a people's adjective and an office ("the Russian ambassador"): the verb follows the office. */
  readonly office?: boolean;
}

function readDoer(index: AnswerIndex, plan: Plan): ReadDoer | undefined {
  const read = subjectOf(index, plan, plan.rest);
  if (!read?.id || !read.next) return read;
  // "Why did Al-Qassas think Russia cannot …": the name is who thought it, not who did what was
  // thought; only "say" and "tell" (verbs.ts turns "claim that", "argue" … into "say") read on.
  if (!SAYS.test(read.next)) return SAYING.test(read.next) ? undefined : read;
  // "Did Suzuki tell his party before he flew to Moscow?": telling someone, with nothing said after
  // it, is informing them, a deed of his own, not a saying to be found in his words.
  if (INFORMED.test(plan.rest.slice(plan.rest.indexOf(read.typed) + read.typed.length))) return read;
  // "Did Peskov say it was Tokyo that …": the deed's doer is the one named at the start of what was said.
  const words = plan.rest.split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && SAYS.test(w) && withoutAdverbs(words.slice(0, i)).join(' ').endsWith(read.typed));
  let from = at + 1;
  while (from < words.length && SAID_FILLER.test(words[from]!)) from++;
  const said = from < words.length ? subjectOf(index, plan, `did ${words.slice(from).join(' ')}`) : undefined;
  return { ...said, typed: said?.typed ?? '', sayer: read.id };
}

function subjectOf(index: AnswerIndex, plan: Plan, rest: string): ReadDoer | undefined {
  // "Was there a protest by Russia against …?": a deed put as a noun names its doer after "by".
  const noun = THERE_BY.exec(rest);
  if (noun) {
    const found = actorsIn(index, noun[2]!);
    if (found.length === 1 && plan.entities.some((e) => e.id === found[0])) return { id: found[0]!, next: noun[1], typed: noun[2]! };
  }
  // "When was the fishing agreement ended by Japan?": the doer of a passive comes last.
  // "The drills reported by Interfax": who reported the thing is its source, not its doer.
  const passive = REPORTED_BY.test(rest) ? undefined : PASSIVE.exec(rest)?.[1];
  if (passive) {
    const found = actorsIn(index, passive);
    if (found.length === 1 && plan.entities.some((e) => e.id === found[0])) return { id: found[0]!, typed: passive };
  }
  const span = SUBJECT.exec(rest)?.[1];
  if (!span) return undefined;
  const words = span.split(/\s+/);
  // Each word's processed term, so a detection's span maps back to the words as typed.
  const list: string[] = [];
  const at: number[] = [];
  words.forEach((w, i) => {
    for (const t of tokenize(w)) {
      const p = processTerm(t);
      if (p) {
        list.push(p);
        at.push(i);
      }
    }
  });
  const first = detectInTerms(index.aliases, list, false)[0];
  // "When did Prime Minister Mishustin visit …": an office title before the name is no part of the doer (name-forms.ts).
  const titled = !!first && first.from > 0 && at[first.from] === officeWordsAt(index.aliases, words, 0);
  if (!first || (first.from !== 0 && !titled) || first.entity.kind !== 'actor') return undefined;
  const last = at[first.to - 1]!;
  let typed = words.slice(0, last + 1).join(' ');
  // The words after the name, beyond the span when the name fills it ("Sergei Viktorovich Lavrov say").
  const after = rest.slice(rest.indexOf(span) + typed.length).trim().split(/\s+/).filter(Boolean);
  let next = words[last + 1] ?? after[0];
  // "Did Japan's prime minister protest …": the office is the state's person, the deed comes after it (name-forms.ts).
  if (next && /['’]s$/.test(words[last]!)) {
    const office = officeWordsAt(index.aliases, after, 0);
    if (office > 0 && after[office]) [next, typed] = [after[office], [typed, ...after.slice(0, office)].join(' ')];
  }
  // "Did Lavrov ever argue …", "did Medvedev actually visit …": an adverb between the doer and the
  // verb says how or how often; the deed is the verb after it (adverb-between.ts).
  if (next && ADVERB_BETWEEN.test(next) && words[last + 1] === next) next = after.find((w) => !ADVERB_BETWEEN.test(w)) ?? next;
  // "Did Abe and Putin meet …", "when did Tokyo and Moscow stop …": more than one doer, none asked alone.
  if (next && /^(?:and|&|or)$/i.test(next)) return undefined;
  // "When did the Soviet occupation end?": a people's adjective before a noun names no doer; before
  // an office ("did the Russian ambassador protest …") it names one of that state's people, who is
  // read as the state: Japan's protest to the ambassador is then no deed of his.
  if (next && DEMONYM.test(words[last]!)) return officeOf(plan, rest, first.entity.id, words.slice(0, last + 1).join(' '));
  return plan.entities.some((e) => e.id === first.entity.id) ? { id: first.entity.id, next, typed } : undefined;
}

/** Offices and bodies that act for a state: "the Russian ambassador", "the Japanese government", "Japanese forces". */
const OFFICE = /^(?:ambassador|envoy|diplomats?|president|premier|leader|leadership|government|officials?|spokes(?:man|woman|person)|delegation|side|authorities|forces|troops|soldiers|army|navy|military|garrison)$/i;

/** The state as the doer of "did the Russian ambassador …", when an office follows the adjective. */
function officeOf(plan: Plan, rest: string, state: string, typed: string): ReadDoer | undefined {
  // "Government" and "side" are framing words the plan drops from its text: read them as asked.
  const text = [rest, plan.question].find((t) => OFFICE.test(t.slice(t.toLowerCase().indexOf(typed.toLowerCase()) + typed.length).trim().split(/\s+/)[0] ?? '')) ?? rest;
  const after = text.slice(text.toLowerCase().indexOf(typed.toLowerCase()) + typed.length).trim().split(/\s+/);
  if (!OFFICE.test(after[0] ?? '') || !plan.entities.some((e) => e.id === state)) return undefined;
  return { id: state, next: after[1], typed: `${typed} ${after[0]}`, office: true };
}

/**
 * The actors a few words name. Clause readers look up every window of up to NAME_WORDS words of
 * every candidate record, for many questions: the answers are kept per index (bounded, see wordTerms).
 */
function actorsIn(index: AnswerIndex, text: string): readonly string[] {
  return actorMemo(index).get(text, () =>
    [...entitiesInText(index.aliases, text)].flatMap((t) => {
      const e = index.aliases.entities.get(t);
      return e && e.kind === 'actor' ? [e.id] : [];
    }),
  );
}
const actorMemo = memoPerOwner<AnswerIndex, readonly string[]>(100_000);

/**
 * The actors named last in a text: who a deed right after it is by. Names joined by "and" or a comma
 * are read together ("Abe and Putin agree", "Russia and Japan sign").
 */
function lastActors(index: AnswerIndex, words: readonly string[], adjacent = false): readonly string[] {
  // Joined by "and", the other name must end right before it: in "calls Russia's halt unjust and
  // Japan protests", Russia is not a protester.
  for (let end = words.length; end > (adjacent ? words.length - 1 : 0); end--) {
    for (let k = 1; k <= NAME_WORDS && k <= end; k++) {
      const found = actorsIn(index, words.slice(end - k, end).join(' '));
      if (found.length === 0) continue;
      const before = end - k;
      if (before > 0 && PREPOSITION.test(words[before - 1]!)) {
        end = before;
        break;
      }
      // "President Boris Yeltsin and Prime Minister Morihiro Hosokawa signed": the title before a
      // name ("Prime Minister") stands between it and the "and" that joins it to the other name.
      let start = before;
      while (start > 0 && before - start < TITLE_WORDS && /^\p{Lu}\p{Ll}+$/u.test(words[start - 1]!) && !/^(?:and|&)$/i.test(words[start - 1]!)) start--;
      const and = (at: number) => at > 0 && /^(?:and|&)$/i.test(words[at - 1]!);
      const titled = start < before && and(start) ? start : before;
      const joined = titled > 0 && (and(titled) ? titled - 1 : /,$/.test(words[titled - 1]!) ? titled : -1);
      return typeof joined === 'number' && joined > 0 ? [...found, ...lastActors(index, words.slice(0, joined), true).slice(0, 4)] : found;
    }
  }
  return [];
}

/**
 * The question's deed: its first word on record besides names and framing words, the verb after
 * the doer ("did Japan protest Medvedev's visit": the protest, not the visit, is Japan's). A word
 * no record uses ("accept", "formally") cannot be found in a clause, so the next one stands for it.
 */
function deedTerms(plan: Plan, next?: string, doerTyped = '', office = false): Set<string> {
  // "Did the Soviets take the islands before Japan surrendered?": a light verb after the doer whose
  // word group holds real deeds (take: occupy, seize) is the deed, not the surrender after it.
  const typed = next ? wordTerms(next) : [];
  const light = plan.groups.find((g) => !g.entity && g.known && g.typed.some((t) => typed.includes(t)) && g.typed.every((t) => FRAME_WORDS.has(t)) && g.terms.some((t) => !FRAME_WORDS.has(t)));
  if (light) return new Set(light.terms);
  // "Did the Japanese government protest Russian drills?": after an office the next word is the verb,
  // though "the Japanese protest" alone would read as a record's name.
  const verb = office ? plan.groups.find((g) => !g.entity && g.known && g.typed.some((t) => typed.includes(t))) : undefined;
  if (verb) return new Set(verb.terms);
  // "Did the 1993 Tokyo Declaration settle …": the record's name and its year are the subject, not the deed.
  const name = new Set(nameGroups(plan));
  // "Did the Russian ambassador protest …": the office is part of the doer, not the deed.
  const doerWords = new Set(wordTerms(doerTyped));
  const first = plan.groups.find((g, i) => !g.entity && g.known && !name.has(i) && !g.typed.every((t) => FRAME_WORDS.has(t) || /^\d{4}$/.test(t) || doerWords.has(t)));
  return new Set(first?.terms ?? []);
}

/** The few words before the question's deed in a clause ("would be" in "would be handed over"); empty when the deed is not there. */
export function wordsBeforeDeed(plan: Plan, clause: string, reach: number): string {
  const deed = deedTerms(plan);
  const words = clause.split(/\s+/);
  const at = words.findIndex((w) => wordTerms(w).some((t) => deed.has(t)));
  return at < 0 ? '' : words.slice(Math.max(0, at - reach), at).join(' ');
}

/** Words after "by" that make it no passive's agent: "by which", "by then", "by means of". */
const NOT_AN_AGENT = /^(?:which|whom|whose|that|then|now|means|way|far|far,|contrast|comparison)$/i;

/** At most this many capitalised title words before a name ("Prime Minister", "Foreign Minister"). */
const TITLE_WORDS = 3;

/** Words that join names in a run ("Yeltsin and Hosokawa", "the Soviet Union"). */
const NAME_JOINER = /^(?:and|&|the|of)$/i;

/**
 * The run of names after a passive's "by", up to the first word that is no part of a name: "signed
 * by Prime Minister Mikhail Mishustin withdrew Russia from …" is Mishustin's deed, not Russia's.
 */
function namesFrom(words: readonly string[], from: number): readonly string[] {
  const run: string[] = [];
  for (const word of words.slice(from, from + 2 * NAME_WORDS)) {
    if (!/^\p{Lu}/u.test(word) && !NAME_JOINER.test(word)) break;
    run.push(word);
    if (/[,;.]$/.test(word)) break;
  }
  return run;
}

export type DoerVerdict = 'same' | 'other' | 'unsaid';

/**
 * Who does the question's deed in a text: the doer asked about (or one of its people, or its state),
 * someone else, or nobody named. Read clause by clause; one clause with the doer is enough.
 */
export function doerIn(dossier: Dossier, index: AnswerIndex, plan: Plan, doer: string, text: string): DoerVerdict {
  // "When did Japan end the fishing agreement?": the end is the deed (its word was taken out of the
  // search); in "did Putin sign the order ending …" the signing is, and the end only names the order.
  // "When did the Soviets finish seizing the islands?": the seizing is the deed, and its end the date asked.
  const read = readDoer(index, plan);
  const deed = deedTerms(plan, read?.next, read?.typed, read?.office);
  const ended = plan.cues.phase === 'end' && !ENDS_A_DEED.test(plan.question) && !(read?.next && wordTerms(read.next).some((t) => deed.has(t)));
  if (deed.size === 0 && !ended) return 'unsaid';
  // "When did Moscow annex the Kurils?": the capital asked about is whichever state governed from it.
  const asked = read?.typed ?? '';
  const isDeed = (word: string) => (ended ? ENDED.test(word) : wordTerms(word).some((t) => deed.has(t)));
  let other = false;
  for (const whole of sentences(text).flatMap((s) => s.split(/;\s+/))) {
    // "It was Tokyo, not Moscow, that had halted the dialogue": the denied alternative did nothing.
    const clause = contrastIn(whole)?.affirmed ?? whole;
    const words = clause.split(/\s+/);
    const at = words.findIndex(isDeed);
    if (at < 0) continue;
    // "Tokyo Declaration signed by Yeltsin and Hosokawa": a passive names its doers after "by".
    // "Signed a decree by which Ukraine …" is no passive: "by which", "by then" name no doer.
    const byAt = words.slice(at + 1, at + 1 + PASSIVE_REACH).findIndex((w) => /^by$/i.test(w));
    const by = byAt >= 0 && NOT_AN_AGENT.test(words[at + 2 + byAt] ?? '') ? -1 : byAt;
    const reciprocal = wordTerms(words[at]!).some((t) => RECIPROCAL.has(t));
    // "Interfax reported the drills": who reported a deed did not do it; the doer is named after the report or not at all.
    const reported = words.slice(0, at).findLastIndex((w) => REPORTED.test(w));
    // "Visiting Hiroshima with US Ambassador Rahm Emanuel, Prime Minister Fumio Kishida said …": a
    // participle that opens the sentence is done by the subject after its comma, not by its object.
    const opener = at === 0 && /ing$/i.test(words[0]!) ? words.findIndex((w) => /,$/.test(w)) : -1;
    const who = reciprocal
      ? actorsIn(index, clause)
      : by >= 0
        ? actorsIn(index, namesFrom(words, at + 2 + by).join(' '))
        : opener > 0
          ? actorsIn(index, namesFrom(words, opener + 1).join(' '))
          : lastActors(index, words.slice(reported + 1, at));
    // "He resigned first": a person did it, so no party, state or office asked about did.
    if (who.length === 0 && words.slice(Math.max(0, at - 2), at).some((w) => /^(?:he|she)$/i.test(w)) && dossier.actorsById.get(doer)?.kind !== 'person') other = true;
    if (who.length === 0) continue;
    // "Japan would respond … by adding sanctions": a prediction or a promise, not the deed done.
    if (by < 0 && !reciprocal && words.slice(0, at).some((w) => MODAL.test(w))) {
      other = true;
      continue;
    }
    const named = by >= 0 ? words.slice(at + 1, at + 2 + by + 2 * NAME_WORDS).join(' ') : words.slice(Math.max(0, at - NAME_WORDS), at).join(' ');
    const seat = (id: string) => [asked, named].some((text) => sameSeat(text, doer, (state) => belongsTo(dossier, id, state)));
    // "When did Mishustin visit …": a state's deed ("Russia ends … visit agreements") is no deed of one of its people (person-deed.ts).
    if (who.some((id) => belongsTo(dossier, id, doer) || (belongsTo(dossier, doer, id) && !stateForPerson(dossier, doer, id, words.slice(0, at).join(' '), words.slice(at, at + 2))) || seat(id))) return 'same';
    other = true;
  }
  return other ? 'other' : 'unsaid';
}

const NEGATION = /\b(?:no|not|never|neither|nor|none)\b|n't\b/i;

/**
 * "Did Japan renounce the Kurils in 1951?" is not answered "No" by "The Soviet Union did not sign
 * it": when the question names its doer, a negated clause whose subject (the actors named before the
 * negation) is someone else, and not the doer or one of its people, says nothing of the doer.
 */
export function negatedForOther(dossier: Dossier, index: AnswerIndex, plan: Plan, clause: string): boolean {
  const doer = askedDoer(index, plan);
  const at = NEGATION.exec(clause);
  if (!doer || !at) return false;
  const before = actorsIn(index, clause.slice(0, at.index));
  return before.length > 0 && !before.some((id) => id === doer || belongsTo(dossier, id, doer) || belongsTo(dossier, doer, id));
}
