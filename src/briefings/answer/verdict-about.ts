import { NO_ONE_IN_IT } from './record-context.js';
import { entitiesInText } from './aliases.js';
import type { Plan } from './plan.js';
import type { AnswerIndex } from './search-index.js';
import { FRAME_WORDS, processTerm, terms, tokenize } from './text.js';

/**
 * Whether a clause speaks about the same subject and thing as a yes/no question, so that its
 * verdict may be read as the question's. A record's clause can cover the question's words and
 * still be about something else: "Matua is not one of the four islands" is no "No" to "are Russian
 * troops still on the islands?", "the four disputed islands were already Japanese" no "Yes" to "is
 * the Kuril chain disputed?".
 */

const NEGATION = /\b(?:no|not|never|neither|nor|none)\b|n't\b/i;

/**
 * Words that make the deed after them something said, banned or meant rather than done: "the record
 * said the party expelled him", "a ban on ceding territory", "the party moves to expel him".
 */
const NOT_DONE_AHEAD = /\b(?:would|will|could|should|might|may|(?:agreed|promised|pledged|offered|planned|plans?|aims?|aimed|seeks?|sought|wants?|wanted|moves?|moved|decided|decides|intends?|intended|threaten(?:s|ed)?)\s+to|ban(?:s|ned)?(?:\s+on)?|banning|forbids?|forbade|prohibit(?:s|ed)?)\b/i;
/** Words that report someone's claim: "the record said the party expelled him". */
const REPORTED = /\b(?:said|says|claimed|claims|reported|alleged)\b/i;
/** A question about the saying, the ban or the promise itself is answered by it. */
const ASKS_WORDS = /\b(?:say|said|says|tell|told|claim|call|called|according|report|ban|bans|banned|forbid|prohibit|promis|agree|condition|pledg|offer|plan|aim|want|seek|intend|threaten|warn|accus|insist|decid|move)/i;
/** A question about what someone said or thought. */
const ASKS_SAYING = /\b(?:say|said|says|think|thought|thinks|believe[sd]?|claim(?:s|ed)?|argue[sd]?|predict(?:s|ed)?|reckon(?:s|ed)?|tell|told)\b/i;
/** The saying verb after a clause's speaker ("Poccolini said"). */
const SAYING_VERB = /\b(?:said|says|argued|claimed|thought|believed|predicted|told|warned|insisted|stated)\b/i;
/** How many words before the deed such a word governs it. */
const REACH = 4;

/** The question's entities that single out a subject (not a state named in most records). */
function narrowEntities(plan: Plan): Set<string> {
  return new Set(plan.entities.filter((e) => !e.broad).map((e) => e.token));
}

/** Whether some word of `text` belongs to one of the question's concepts that are not names. */
function holdsConcept(plan: Plan, text: string): boolean {
  const own = new Set(terms(text));
  return plan.groups.some((g) => !g.entity && !g.typed.every((t) => FRAME_WORDS.has(t)) && g.terms.some((t) => own.has(t)));
}

/**
 * A negated clause answers "No" only when the negation is about what is asked: no subject the
 * question does not name stands before it ("Matua is not …"), and what it negates holds a concept of
 * the question ("did not settle the fate of Etorofu" negates nothing of "is the declaration in force?").
 * `subject` is the record's title when the clause points back to it ("did not sign it"); `speaksFor`
 * tells a name that stands for one the question asks (members.ts).
 */
export function negationAbout(index: AnswerIndex, plan: Plan, clause: string, subject: string, speaksFor: (token: string) => boolean = () => false): boolean {
  const at = NEGATION.exec(clause);
  if (!at) return true;
  const before = clause.slice(0, at.index);
  const after = clause.slice(at.index + at[0].length);
  const asked = new Set(plan.entities.map((e) => e.token));
  // "Did the Italian analyst / some expert say Japan could stay neutral?": the one the clause has
  // saying it ("Massimiliano Poccolini said Japan could not …") is the one the question describes
  // without naming; a name the question does name must be in the clause anyway (namesTheSubject).
  const saying = ASKS_SAYING.test(plan.rest) ? SAYING_VERB.exec(before) : null;
  const between = saying ? before.slice(saying.index) : before;
  // "Dmitry Peskov said …" for a question about the Kremlin: one of its people is no stranger.
  const strangers = [...entitiesInText(index.aliases, between)].filter((t) => !asked.has(t) && !index.aliases.entities.get(t)?.broad && !speaksFor(t));
  if (strangers.length > 0) return false;
  return holdsConcept(plan, after) || (subject !== '' && /\b(?:it|them|this)\b/i.test(after) && holdsConcept(plan, subject));
}

/**
 * A clause states something about the question's subject only when it names it: each narrow name
 * the question uses (an island, a person, the Kuril chain) must be in the clause's own words, or in
 * the record's title when the clause points back with a pronoun. A clause that points back with a
 * noun ("the 1855 treaty") may mean another record than its own. `members` are the names the
 * clause holds through one of their people ("Peskov said" names the Kremlin; members.ts).
 */
export function namesTheSubject(index: AnswerIndex, plan: Plan, clause: string, subject: string, members: ReadonlySet<string> = new Set()): boolean {
  const wanted = narrowEntities(plan);
  if (wanted.size === 0) return true;
  const own = new Set([...entitiesInText(index.aliases, clause), ...members]);
  // A pronoun points back to the record's subject; so does a clause with no one in it ("There was
  // little progress on sovereignty itself"), which tells of the record's own occasion.
  const back = subject && (/\b(?:it|its|they|them|this)\b/i.test(clause) || NO_ONE_IN_IT.test(clause)) ? entitiesInText(index.aliases, subject) : new Set<string>();
  return [...wanted].every((t) => own.has(t) || back.has(t));
}

/**
 * Whether the clause reports, bans or intends one of the question's deeds rather than stating it done:
 * any word of the question's concepts (not names) with such a word in the few words before it.
 */
export function notDoneInClause(index: AnswerIndex, plan: Plan, clause: string, speaksFor: (token: string) => boolean = () => false): boolean {
  if (ASKS_WORDS.test(plan.rest)) return false;
  const concept = new Set(plan.groups.filter((g) => !g.entity && !g.typed.every((t) => FRAME_WORDS.has(t))).flatMap((g) => g.terms));
  const words = clause.split(/\s+/);
  const asked = narrowEntities(plan);
  return words.some((w, i) => {
    if (!tokenize(w).some((t) => concept.has(processTerm(t) ?? ''))) return false;
    const ahead = words.slice(Math.max(0, i - REACH), i).join(' ');
    if (NOT_DONE_AHEAD.test(ahead)) return true;
    // A claim is the fact asked only when its speaker is the one asked about: "Takaichi said Japan's
    // position had not changed" answers "has Takaichi changed Japan's position?".
    const said = REPORTED.exec(ahead);
    if (!said) return false;
    const speaker = words.slice(0, i).join(' ').slice(0, -(ahead.length - said.index));
    // Takaichi speaks for Japan (members.ts): her words are Japan's position.
    return ![...entitiesInText(index.aliases, speaker)].some((t) => asked.has(t) || speaksFor(t));
  });
}

/** "Still", "any more", "right now": the question asks whether something goes on today. */
export const ASKS_STILL = /\b(?:still|any\s*more|any\s+longer|right\s+now|currently|these\s+days|nowadays|at\s+present)\b/i;
/** A clause that says the thing goes on: "has kept the talks suspended since", "remains", "unchanged". */
const CONTINUES = /\b(?:still|remains?|remained|continu(?:es|ed|ing)|kept|keeps|stayed|stays|unchanged|ongoing|to\s+this\s+day)\b/i;

/** Words between a thing and "is unchanged", "has remained": they carry nothing of what goes on. */
const AUXILIARY = /^(?:is|are|was|were|be|been|being|has|have|had|not|also|largely)$/i;
/** How many words on either side of "unchanged" or "kept" name what goes on. */
const CONTINUES_REACH = 3;

/**
 * A clause says the asked thing goes on only when its "remains", "kept" or "unchanged" is about that
 * thing: a word of the question's concepts or a name it asks about stands right before it (skipping
 * "is", "has") or right after it. "Takaichi tells the Northern Territories Day rally Japan's position
 * is unchanged" keeps the position, not the day.
 */
function continuesAbout(index: AnswerIndex, plan: Plan, clause: string): boolean {
  const words = clause.split(/\s+/);
  const asked = narrowEntities(plan);
  const about = (text: string) => holdsConcept(plan, text) || [...entitiesInText(index.aliases, text)].some((t) => asked.has(t));
  return words.some((w, i) => {
    if (!CONTINUES.test(w.replace(/[^\p{L}]+/gu, ' '))) return false;
    const before = words.slice(0, i).filter((x) => !AUXILIARY.test(x)).slice(-CONTINUES_REACH).join(' ');
    const after = words.slice(i + 1, i + 1 + CONTINUES_REACH + 1).join(' ');
    return about(before) || about(after);
  });
}

/**
 * "Are the drills near Shikotan still going on?": a record of the drills in 2025 says nothing of
 * now. A "Yes" to a question about now needs a record as of now (the status line, a side's position),
 * a clause saying the thing continues, or a record whose own dates run to now or later.
 */
export function stillBacked(index: AnswerIndex, plan: Plan, clause: string, current: boolean, lastDay: string | undefined, now: Date): boolean {
  if (current) return true;
  if (continuesAbout(index, plan, clause)) return true;
  return lastDay !== undefined && lastDay >= now.toISOString().slice(0, 10);
}

/**
 * "Any agreements", "every deal", or a bare plural right after the saying ("says agreements with
 * Japan are unlikely"): a word for every pact, whatever its kind.
 */
const ANY_PACT = /(?:\b(?:any|all|every)\s+(?:[\p{L}-]+\s+)?(?:agreements?|deals?|accords?|pacts?)|(?:^|\b(?:says?|said|that)\s+)(?:agreements|deals|accords|pacts))\b/iu;
/** A pact the question names, with up to two words before it ("a peace treaty", "a territorial deal"). */
const PACT_PHRASE = /\b(?:a|an|the|any)\s+((?:[\p{L}-]+\s+){0,2}?(?:treaty|treaties|agreements?|deals?|accords?|pacts?))\b/giu;

/**
 * "Did Peskov say a peace treaty with Japan is impossible?" against "any agreements were unlikely":
 * what is said of any pact is said of the one asked about, so the question's words for that pact
 * ("peace", "treaty") are held by the clause. Returns the indexes of those groups.
 */
export function coveredByAny(plan: Plan, clause: string): Set<number> {
  const out = new Set<number>();
  if (!ANY_PACT.test(clause)) return out;
  for (const m of plan.rest.matchAll(PACT_PHRASE)) {
    const own = new Set(terms(m[1]!));
    plan.groups.forEach((g, i) => {
      if (!g.entity && g.terms.some((t) => own.has(t))) out.add(i);
    });
  }
  return out;
}
