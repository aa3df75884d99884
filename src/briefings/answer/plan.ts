import { companionWords } from './unheld-element.js';
import { readCues, type Cues } from './cues.js';
import { pastPeriodOfPresent } from './present-past.js';
import { negatedForms, presenceForms, weakerForms } from './antonyms.js';
import { feminineOfKnown, withoutHonorifics } from './name-forms.js';
import { detectInTerms, expandAbbreviations, heldDuring, type Detection, type Entity, type Office } from './aliases.js';
import { namedOffices, officeTermsOf } from './office-holders.js';
import { nameWords } from './island-words.js';
import { detectIntent, whoTypeNoun, type Intent } from './intent.js';
import { plainWords } from './word-families.js';
import { everydayDeeds, goingTo, verbOfGoing } from './everyday-deeds.js';
import { toldDeeds } from './told-deeds.js';
import { withoutSeason } from './seasons.js';
import { foreignTerms } from './languages.js';
import { parseQuestionDates, type DateRange } from './question-dates.js';
import { idf, type AnswerIndex } from './search-index.js';
import { capitalsAsPlaces, namedPlaces, seatedStates } from './seats.js';
import { FRAME_WORDS, normalize, processTerm, tokenize, typoAllowance } from './text.js';
import { nowAsStill } from './now-words.js';
import { catchUpQuestion } from './catch-up.js';
import { studiedTopicQuestion } from './study-topic.js';
// "In Lavrov's view, why is the demand wrong?": the speaker's verdict is given, the argument asked (verdict-words.ts).
import { withoutVerdict } from './verdict-words.js';
import { adverbForms } from './adverb-forms.js';
import { banForms } from './permission.js';
import { cleanQuestion } from './clean-question.js';

/**
 * A question turned into a search plan: its intent, date range, and concept groups. A group is one
 * thing the user asked about (a word with its synonyms, or a name with its aliases and entity
 * token); the answer must cover enough of the groups, weighted by how rare they are, to be given.
 */
export interface TermGroup {
  /** Every processed term that counts as this concept. */
  readonly terms: readonly string[];
  /** The terms as typed: only these are searched with typo tolerance and prefixes. */
  readonly typed: readonly string[];
  readonly entity?: Entity;
  /** How much the concept counts when judging an answer: its IDF, less for question-framing words. */
  readonly weight: number;
  /** IDF of the word typed (or of the entity), or of an unseen word when none is known. */
  readonly idf: number;
  /** Rare enough (in at most half of the records) to tell records apart. */
  readonly distinctive: boolean;
  readonly known: boolean;
  /** A city named as where something happened ("in Moscow"): a record must name it, as it must a person or an island. */
  readonly place?: boolean;
}

export interface QueryTerm {
  readonly boost: number;
  readonly fuzzy: number;
  readonly prefix: boolean;
}

export interface Plan {
  readonly question: string;
  readonly intent: Intent;
  readonly range?: DateRange;
  readonly groups: readonly TermGroup[];
  readonly entities: readonly Entity[];
  /** The question's processed terms, stop words out (after date phrases were taken out). */
  readonly terms: readonly string[];
  readonly query: ReadonlyMap<string, QueryTerm>;
  /** The question text after mentions, abbreviations and date phrases were handled. */
  readonly rest: string;
  /** Offices the question names that someone on record held at the time asked about. */
  readonly offices: readonly Office[];
  /** Of those, the ones whose state the question puts next to them ("a Japanese PM", "prime minister of Japan"). */
  readonly statedOffices: readonly Office[];
  /** Asks where things stand now ("current status", "where do things stand"): the dossier's status line answers it. */
  readonly status: boolean;
  /** Recency, news, start or end, yes/no, reaction (see cues.ts). */
  readonly cues: Omit<Cues, 'text'>;
}

/** Share of records above which a word no longer tells them apart. */
const DISTINCTIVE_SHARE = 0.5;
/** How much a question-framing word ("took part", "decide") weighs against the words that carry the question. */
const FRAME_WEIGHT = 0.25;
/** "Where do things stand" is the status; "where does Russia stand on the Kurils" is a side's position (position.ts). */
const STATUS_CUE = /\b(?:current(?:ly)?|status|situation|(?:any|no)\s+(?:progress|headway|breakthrough)|state of (?:play|affairs|the dispute|things|the)|where (?:do|does|did) (?!(?:japan|russia|tokyo|moscow|the\s+kremlin|the\s+japanese|the\s+russians?|each\s+side|both\s+sides)\s+stand\s+on\b).{0,40}stand|where (?:are|is) (?:things|it|the dispute)|how (?:are|is) (?:things|relations|the dispute)|right now|these days|nowadays|at present|today|any more|anymore)\b/i;
/** An activity in -ing after a start or end word: "start celebrating", "stop issuing". */
const ASPECT = /\b(?:start|begin|began|begun|stop|finish|end|cease|quit|keep|continue)(?:s|ed|ped|ning)?\s+([a-z]+ing)\b/gi;
/** "Still in force", "still valid": whether a thing goes on, which the status and the newest records answer. */
const STILL_GOING_ON = /\bstill\s+(?:\S+\s+)?(?:in\s+(force|effect|place|operation)|(valid|running|working|active|ongoing|operating|applies|applicable|binding))\b/gi;
/** Stems of adjectives that mark a thing out without naming it: "special", "particular", "dedicated", "specific". */
const QUALIFIER = /^(?:special|particular|specific|dedicat|certain|proper|actual|distinct|separat|uniqu)$/;
/** "us" in lower case is the United States only after "the" or before words like these. */
const LOWER_US = /\bthe\s+us\b|\bus\s+(?:position|stance|view|policy|ambassador|embassy|president|government|forces|troops|military|navy|army|officials?|seventh fleet|bases?|influence|ally|alliance)\b/;

const PROPER = /(?<=[\p{L},;:)]\s+)\p{Lu}[\p{Ll}-]+/gu;
const properMemo = new WeakMap<AnswerIndex, Set<string>>();

/** Words the event records write capitalised inside a sentence (names of places, people, things), lower-cased. */
export function properNames(index: AnswerIndex): Set<string> {
  let names = properMemo.get(index);
  if (!names) {
    names = new Set();
    for (const doc of index.docs) if (doc.kind === 'event') for (const m of `${doc.event.summary} ${doc.event.note ?? ''}`.matchAll(PROPER)) names.add(m[0].toLowerCase());
    properMemo.set(index, names);
  }
  return names;
}

export { cleanQuestion };

export function makePlan(index: AnswerIndex, question: string, now: Date): Plan {
  // "Mr Abe", "Abe-san": a courtesy title is no part of the name (name-forms.ts). "Are the talks
  // suspended now?" asks what "are they still suspended?" asks (now-words.ts).
  // "Took over the islands", "pulled the plug for good": the records' words for the deed (everyday-deeds.ts).
  // "Told Tokyo it was going to war", "sat down together": the same, round 12 (told-deeds.ts); a
  // season is a test of the record's date, not a word (seasons.ts).
  // "I haven't followed X since D — what happened since then?" asks what happened in X since D (catch-up.ts).
  // "I'm a student researching X - when were they set up?" asks when X was set up (study-topic.ts).
  const cleaned = nowAsStill(expandAbbreviations(withoutSeason(toldDeeds(everydayDeeds(plainWords(withoutHonorifics(withoutVerdict(catchUpQuestion(studiedTopicQuestion(cleanQuestion(question)))))))))));
  // "Does Russia have a day for beating Japan in WW2?": the war dates the victory, not the having (present-past.ts).
  const dates = pastPeriodOfPresent(cleaned, parseQuestionDates(cleaned, now), now);
  const { text: rest, ...cues } = readCues(dates.rest);
  // "Did the Nagato summit settle who owns the islands?" asks yes or no: its "who" is embedded.
  const intent = cues.yesNo ? 'what' : detectIntent(cleaned);

  // Japanese names (no spaces) are found in the text itself, and taken out of the words around them.
  const normalized = normalize(rest);
  const japaneseNames = index.aliases.substrings.filter((s) => normalized.includes(s.text)).map((s) => s.text);
  const processed: string[] = [];
  for (const token of tokenize(rest)) {
    // A Japanese or Russian word: its English word, nothing for a question or grammar word (languages.ts).
    const words = index.aliases.byFirst.has(token) ? [token] : foreignTerms(token, japaneseNames);
    for (const word of words) {
      const t = processTerm(word);
      if (t && !/^e_/.test(t)) processed.push(t);
    }
  }
  // A word the event set uses is not a typo: only unknown words are matched against names with typo tolerance.
  // "Met in Moscow" names the city, not the state governed from it (seats.ts): it stays a word.
  const places = capitalsAsPlaces(rest);
  const otherPlaces = namedPlaces(rest, properNames(index));
  const detections = detectInTerms(index.aliases, processed, (t) => !index.df.has(t)).filter((d) => !(d.typed.length > 0 && d.typed.every((t) => places.has(t))));
  const covered = new Set<number>();
  for (const d of detections) for (let i = d.from; i < d.to; i++) covered.add(i);
  for (const i of titlesBeforeNames(index, processed, detections, dates.range)) covered.add(i);

  // Upper-case acronyms ("US") are found in the text itself too.
  const extra: Entity[] = [];
  for (const s of index.aliases.substrings) {
    if (normalized.includes(s.text) && !extra.some((e) => e.token === s.entity.token)) extra.push(s.entity);
  }
  for (const a of index.aliases.acronyms) {
    if (a.pattern.test(rest) && !extra.some((e) => e.token === a.entity.token)) extra.push(a.entity);
  }
  const usa = index.aliases.entities.get('e_actor_usa');
  if (usa && LOWER_US.test(rest.toLowerCase()) && !extra.includes(usa)) extra.push(usa);

  // "Pop over to Iturup": an unseen verb of going to a place is visiting it (everyday-deeds.ts).
  const going = processTerm(verbOfGoing(cleaned) ?? '');
  const aspect = new Set([...cleaned.matchAll(ASPECT)].map((m) => processTerm(m[1]!.toLowerCase())));
  // "Is the ban still in force?": "in force" is what "still" asks of the ban, not a thing a record must name.
  const companions = companionWords(cleaned);
  const goingOn = new Set([...cleaned.matchAll(STILL_GOING_ON)].map((m) => processTerm((m[1] ?? m[2])!.toLowerCase())));
  const kindNoun = intent === 'who' ? whoTypeNoun(cleaned) : undefined;
  const kindAsked = new Set(kindNoun ? kindNoun.split(/\s+/).flatMap((w) => processTerm(w) ?? []) : []);
  const N = index.docCount;
  // An unseen word is rarer than any word on record: it weighs as if half a record had it.
  const unseen = Math.log(1 + 2 * N);
  const distinctIdf = Math.log(1 + 1 / DISTINCTIVE_SHARE);
  // A concept weighs as much as the word the user typed (not its rarest synonym); a name weighs as
  // much as its entity, whichever alias was typed.
  const weigh = (list: readonly string[], typed: readonly string[] = list) => {
    const known = list.map((t) => idf(index, t)).filter((v): v is number => v !== undefined);
    const head = list.map((t) => idf(index, t))[0];
    const weight = head ?? (known.length ? Math.min(...known) : unseen);
    if (typed.length > 0 && typed.every((t) => FRAME_WORDS.has(t))) return { weight: weight * FRAME_WEIGHT, idf: weight, known: known.length > 0, distinctive: false };
    return { weight, idf: weight, known: known.length > 0, distinctive: weight >= distinctIdf };
  };

  const officeRange = ANY_HOLDER.test(cleaned) ? ALL_TIME : dates.range;
  const offices = matchOffices(index, processed, detections, officeRange, now, OFFICE_OF.test(cleaned));
  const statedOffices = matchOffices(index, processed, detections, officeRange, now, OFFICE_OF.test(cleaned), false);
  const groups: TermGroup[] = [];
  const entities: Entity[] = [];
  for (const d of detections) {
    // "Moscow" is the Soviet Union in 1945 and Russia in 2022 (seats.ts): a record of either state answers it.
    const seated = [...seatedStates(d.typed.join(' '))].map((id) => `e_actor_${id}`);
    // "Shumshu Island": the word "island" names no island of its own (island-words.ts).
    const list = [...new Set([d.entity.token, ...nameWords(d.entity, d.typed), ...nameWords(d.entity, d.canonical), ...seated])];
    const w = weigh(list, []);
    // A specific name (a person, a ministry, an island) singles records out however often it occurs.
    groups.push({ terms: list, typed: d.typed, entity: d.entity, ...w, distinctive: w.distinctive || !d.entity.broad });
    if (!entities.some((e) => e.token === d.entity.token)) entities.push(d.entity);
  }
  for (const entity of extra) {
    if (entities.some((e) => e.token === entity.token)) continue;
    const w = weigh([entity.token], []);
    groups.push({ terms: [entity.token], typed: [], entity, ...w, distinctive: w.distinctive || !entity.broad });
    entities.push(entity);
  }
  processed.forEach((term, i) => {
    if (covered.has(i)) return;
    if (groups.some((g) => g.typed.includes(term) && !g.entity)) return;
    // "Likely" in a yes/no question meets the records' "unlikely", "impossible" meets "unlikely",
    // "skip" meets "speaking at" (antonyms.ts): each answers it No.
    // "An illegal occupation": the adverb the records write ("illegally occupied"; adverb-forms.ts),
    // in a yes/no question only, whose verdict is read from one clause; "who called the drills
    // illegal" would otherwise be stitched from a background line that joins several facts.
    // "Does the constitution allow …": the ban that forbids it (permission.ts).
    const list = [term, ...(term === going && !index.df.has(term) ? goingTo(index.synonyms) : []), ...(index.synonyms.get(term) ?? []), ...officeTermsOf(term, offices), ...(cues.yesNo ? [...negatedForms(term, index.df), ...weakerForms(term, index.df), ...presenceForms(term, index.df), ...adverbForms(term, index.df), ...banForms(term, index.df, cleaned)] : [])];
    const w = weigh(list, [term]);
    // "Officially", "start celebrating": a manner or an activity no record words, framing the deed
    // the rest of the question names; as an unseen word it would outweigh everything on record.
    // "A special day", "a dedicated law": a qualifier no record words says the thing is marked out, not what it is.
    // "Together with X": the adverb frames; X must be on record (unheld-element.ts).
    // "Which Russian envoy …": a kind of person no record words is judged by the record's people (answer-kind.ts), not searched for.
    const framing = (!w.known && (/^[a-z]{4,}ly$/.test(term) || aspect.has(term) || QUALIFIER.test(term) || kindAsked.has(term))) || goingOn.has(term) || companions.has(term);
    groups.push({ terms: list, typed: [term], ...w, ...(framing ? { weight: w.weight * FRAME_WEIGHT, distinctive: false } : {}), ...(places.has(term) || otherPlaces.has(term) ? { place: true, distinctive: true } : {}) });
  });

  const query = new Map<string, QueryTerm>();
  const put = (term: string, q: QueryTerm) => {
    const old = query.get(term);
    if (!old || old.boost < q.boost) query.set(term, q);
  };
  const half = index.docCount / 2;
  for (const g of groups) {
    for (const t of g.terms) {
      // A name is searched by its entity token alone: the index carries it for every record that
      // names the entity under any alias, so the alias words would only repeat the same matches.
      if (t.startsWith('e_')) put(t, { boost: 1.2, fuzzy: 0, prefix: false });
      // But a broad entity's alias can be a telling word of its own: "Tokyo" in "Tokyo Declaration".
      else if (g.entity?.broad && g.typed.includes(t) && index.df.has(t)) put(t, { boost: 0.8, fuzzy: 0, prefix: false });
      else if (g.entity) continue;
      // Typo tolerance and prefixes only for words the event set does not use: a known word is not
      // misspelt, and the stemmer already joins its inflections.
      else if (g.typed.includes(t)) {
        // An unknown word with known synonyms ("stop" for "suspend") is a real word, not a typo.
        // "Lavrova" is no misspelt "Lavrov" but a woman of the family (name-forms.ts).
        const guess = !index.df.has(t) && !g.terms.some((o) => o !== t && index.df.has(o)) && !feminineOfKnown(t, index.df);
        put(t, { boost: FRAME_WORDS.has(t) ? 0.3 : 1, fuzzy: guess ? typoAllowance(t) : 0, prefix: guess && t.length >= 4 && !/^\d+$/.test(t) });
      }
      // Synonyms that most records use would only slow the search down.
      else if ((index.df.get(t) ?? 0) > 0 && (index.df.get(t) ?? 0) <= half) put(t, { boost: 0.5, fuzzy: 0, prefix: false });
    }
  }

  for (const office of offices) put(`e_actor_${office.actorId.replace(/-/g, '_')}`, { boost: 1.5, fuzzy: 0, prefix: false });

  return { question, intent, range: dates.range, groups, entities, terms: processed, query, rest, offices, statedOffices, status: STATUS_CUE.test(cleaned), cues };
}

/**
 * "President Putin", "Prime Minister Kishida": a title right before the name of the person who held
 * it describes the person, as the name does; it is no word the record of the deed must hold (the
 * record writes "Putin" or "Mishustin", whoever signed). A title the person did not hold at the time
 * asked about ("President Medvedev … in 2019") stays a word, which no record of the deed then holds.
 */
function titlesBeforeNames(index: AnswerIndex, processed: readonly string[], detections: readonly { entity: Entity; from: number }[], range: DateRange | undefined): number[] {
  const out: number[] = [];
  for (const d of detections) {
    if (d.entity.kind !== 'actor' || d.entity.broad) continue;
    for (const office of index.aliases.offices) {
      const at = d.from - office.terms.length;
      if (office.actorId !== d.entity.id || at < 0 || !office.terms.every((t, i) => processed[at + i] === t)) continue;
      if (range && !office.spans.some((span) => span.start <= range.end && span.end >= range.start)) continue;
      for (let i = at; i < d.from; i++) out.push(i);
    }
  }
  return out;
}

/**
 * "A Russian president", "any Japanese prime minister": whoever held the office, at any time; "the
 * Japanese prime minister" with no date is the one in office now.
 */
const ANY_HOLDER = /\b(?:a|an|any)\s+(?:[\p{L}'’-]+\s+)?(?:president|prime\s+minister|premier|foreign\s+minister|head\s+of\s+state|leader)\b/iu;
const ALL_TIME: DateRange = { start: '0000-01-01', end: '9999-12-31' };

/** Offices named in the question ("Japanese prime minister", "a Russian leader") held at the time asked about (default: now; office-holders.ts). */
/** "Prime minister of Japan", "the president of Russia": an office followed by whose it is. */
const OFFICE_OF = /\b(?:minister|president|premier|leader|ambassador|secretary|chancellor|head|chief)\s+of\s/i;

function matchOffices(index: AnswerIndex, processed: readonly string[], detections: readonly Detection[], range: DateRange | undefined, now: Date, ofAfter: boolean, orAnyNamed = true): Office[] {
  const from = range?.start ?? now.toISOString().slice(0, 10);
  const to = range?.end ?? from;
  return namedOffices(index.aliases.offices, processed, detections, (office) => heldDuring(office, from, to), range === ALL_TIME, (t) => index.df.has(t), ofAfter, orAnyNamed);
}

/**
 * How many (record, term) matches one search may walk. The search cost grows with the records each
 * term occurs in; concepts found in thousands of records of a large event set ("Japan", "treaty")
 * add little to the ranking, so beyond this budget they are checked on the candidates instead.
 * A small event set fits whole.
 */
export const SEARCH_BUDGET = 1_200;

/** The concepts to search for and their terms: weightiest first, within the budget (always at least one). */
export function searchedGroups(index: AnswerIndex, plan: Plan, budget: number = SEARCH_BUDGET): { groups: Set<TermGroup>; terms: string[] } {
  const df = (t: string) => (plan.query.has(t) ? (index.df.get(t) ?? 0) : 0);
  const groups = new Set<TermGroup>();
  const terms: string[] = [];
  let total = 0;
  for (const g of [...plan.groups].sort((a, b) => b.weight - a.weight)) {
    let own = g.terms.filter((t) => plan.query.has(t));
    let cost = own.reduce((sum, t) => sum + df(t), 0);
    if (groups.size === 0 && cost > budget) {
      // The one concept that must be searched is too common with its synonyms: search the word as typed.
      const typed = own.filter((t) => g.typed.includes(t) || t.startsWith('e_'));
      if (typed.length) {
        own = typed;
        cost = own.reduce((sum, t) => sum + df(t), 0);
      }
    }
    if (groups.size > 0 && total + cost > budget) continue;
    groups.add(g);
    terms.push(...own);
    total += cost;
  }
  return { groups, terms: [...new Set(terms)] };
}
