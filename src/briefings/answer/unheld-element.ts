import type { Dossier } from '../../dossier/dossier.js';
import type { Plan } from './plan.js';
import type { Hit } from './search.js';
import { ownStems, ownText } from './judge.js';
import { heldIn, isMainlyNoun } from './related-words.js';
import { allStems, processTerm, sentences, stem, terms, tokenize } from './text.js';

/**
 * A near miss is a true record plus one element no record gives. unheld-word.ts catches the element
 * when its word is in no record at all; these catch it when the word is on record elsewhere, so the
 * search let the best record answer with what it does hold, which is not what was asked:
 *
 * - a companion: "protested the drills jointly with the US", "alongside the UK": the body or person
 *   named as taking part must be among the answering record's actors;
 * - a motive or channel: "at Japan's request", "at the invitation of the Kremlin": the record must
 *   say so in its own words (the word or one WordNet relates to it);
 * - a topic: "what did the 1855 treaty say about Sakhalin": the topic must be in the record, and in a
 *   dossier line joining several events, in the sentence that names what is asked about;
 * - the kind asked: "what deadline did the statement set", "which officials did he meet": a kind no
 *   record uses must be held in a related word, and people met must be people the record names.
 *
 * Declining is right here: the records are silent on the element, and the closest record is shown.
 */

/** "Jointly with the US", "together with Lavrov", "alongside the UK", "in concert with Washington". */
const COMPANION =
  /\b(?:(?:jointly|together|along|in\s+(?:concert|tandem|cooperation|coordination|partnership))\s+with|alongside|accompanied\s+by)\s+(?:the\s+)?((?:[\p{L}.'’-]+\s*){1,4})/iu;

/**
 * "Together", "jointly", "alongside" only say the party after them took part; that party is what
 * must be on record (checked above), so the adverb frames and does not count as a word to match:
 * "signed it together with Hosokawa" is the record that names Hosokawa, whatever word it uses.
 */
export function companionWords(question: string): ReadonlySet<string> {
  // Only before "with": "what does Japan call Shikotan and Habomai together" asks a shared name.
  return new Set([...question.matchAll(/\b(together|jointly)\s+with\b|\b(alongside)\b/giu)].map((m) => processTerm((m[1] ?? m[2])!.toLowerCase()) ?? ''));
}

/** "At Japan's request", "at the request of", "at the invitation of", "at the urging of former residents". */
const MOTIVE =
  /\b(?:at|on|upon)\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,3}?(requests?|invitation|behest|urging|insistence|bidding|instigation|suggestion|prompting)\b/iu;

/** The words that tell each motive in a record: "at Japan's request" is told by "Japan asked". */
const MOTIVE_FAMILY: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  [
    ['request', 'request ask asked'],
    ['invitation', 'invitation invit invited'],
    ['behest', 'behest request ask asked'],
    ['urging', 'urg urged'],
    ['insistenc', 'insist insisted insistenc'],
    ['bidding', 'bidding bid'],
    ['instigation', 'instigation instigat'],
    ['suggestion', 'suggestion suggest suggested'],
    ['prompting', 'prompt prompted'],
  ].map(([k, v]) => [stem(k!), v!.split(' ').map(stem)]),
);

/** "What did the treaty say about Sakhalin", "what has Lavrov stated regarding the claim". */
const TOPIC =
  /\b(?:say|said|says|saying|state|stated|states|write|wrote|written|mention|mentioned|tell|told|speak|spoke|spoken|decide|decided|provide|provided)\s+(?:\w+\s+)?(?:about|regarding|concerning)\s+(.+?)(?=\s+(?:when|while|in|at|during|after|before|as|on|for|from|by|since|near|to|with|over|last|this|next|and\s+(?:what|how|why|when))\b|[?!.,;]|$)/iu;

/** "Which Russian officials did he meet", "what ministers did Abe talk to": people, who must be named. */
const PEOPLE_MET =
  /\b(?:which|what)\s+(?:[\p{L}-]+\s+){0,2}?(officials?|ministers?|leaders?|diplomats?|lawmakers?|politicians?|envoys?|counterparts?|people|persons?|figures?|representatives?|members?|residents?|dignitaries|delegates?|executives?|officers?)\s+(?:did|does|do|had|has|have|was|were|will|would)\s+(?:[\p{L}.'’-]+\s+){1,5}?(?:meet|met|see|saw|talk|talked|speak|spoke|receive|received|host|hosted|hold\s+talks|held\s+talks|visit|visited|thank|thanked)\b/iu;

/** "What deadline", "which timetable": the kind asked, when no record uses its word. */
const ASKED = /\b(?:what|which)\s+([\p{L}-]+)\b/giu;

/** Words that ask or pad after "what"/"which" and name no kind of thing. */
const NOT_A_KIND = new Set(
  [
    'year month day date time kind sort type way job role one ones happened else exactly',
    // A place or a share: asked-kind.ts judges those by what the record holds.
    'city cities town towns capital port village venue building palace hotel residence island islands percent percentage proportion share',
    // A state, a body or a person: the who answerers judge those by the record's actors.
    'nation nations country countries state states side sides power powers government governments party parties body bodies group person people commentator analyst expert leader official',
  ].join(' ').split(' ').flatMap((w) => [w, processTerm(w) ?? w]),
);

const holds = (own: ReadonlySet<string>, word: string) => heldIn(processTerm(word.toLowerCase()) ?? stem(word.toLowerCase()), own);

/** The actors the dossier names in a phrase ("the US", "Lavrov"), by name or alias. */
function actorsIn(dossier: Dossier, phrase: string): string[] {
  const words = ` ${tokenize(phrase).join(' ')} `;
  return dossier.actors
    .filter((a) => [a.name, ...(a.aliases ?? [])].some((n) => {
      const name = tokenize(n).join(' ');
      return name.length >= 2 && words.includes(` ${name} `);
    }))
    .map((a) => a.id);
}

/** The element of the question the answering record does not hold, as typed, or undefined. */
export function unheldElement(dossier: Dossier, plan: Plan, hit: Hit): string | undefined {
  const q = plan.question;
  const actors = hit.doc.kind === 'event' ? hit.doc.event.actors : undefined;

  const companion = COMPANION.exec(q);
  if (companion && actors) {
    const named = actorsIn(dossier, companion[1]!);
    if (named.length > 0 && !named.some((id) => actors.includes(id))) return companion[0].trim();
  }

  const motive = MOTIVE.exec(q);
  // By the motive's own family only: WordNet relates "request" to "call", which most records use.
  if (motive && !(MOTIVE_FAMILY[stem(motive[1]!.toLowerCase())] ?? [stem(motive[1]!.toLowerCase())]).some((t) => ownStems(hit.doc).has(t))) return motive[0].trim();

  // Only where the content is asked ("what did … say about"): "when did she last talk about the
  // Northern Territories" is found by the search through the record's own words for it.
  const topic = plan.intent === 'what' && !plan.cues.yesNo ? TOPIC.exec(q) : undefined;
  if (topic) {
    // The names in the topic and its head (last) word: "Russia's live fire drills" is held by a record
    // of Russia's "firing drills", whose "live" is not the element asked about.
    // A name is held where the record is indexed under it (an island in any script or alias).
    const all = terms(topic[1]!).filter((t) => !/^\d+$/.test(t));
    const groupOf = (t: string) => plan.groups.findIndex((g) => g.terms.includes(t));
    const named = (t: string) => plan.groups[groupOf(t)]?.entity !== undefined;
    // An island in the record's own words under any of its names ("色丹島" is held by "Shikotan"),
    // not by the island list it is indexed under: the 1951 treaty's "Kurile Islands" says nothing of Shikotan.
    const island = (t: string) => {
      const e = plan.groups[groupOf(t)]?.entity;
      const record = e?.kind === 'island' ? dossier.islandsById.get(e.id) : undefined;
      return record ? [record.names.en, record.names.ru, record.names.ja, ...record.aliases] : undefined;
    };
    const own = ownText(hit.doc);
    const lower = own.toLowerCase();
    const held = (t: string) => { const names = island(t); return names ? names.some((n) => lower.includes(n.toLowerCase())) : hit.covered.has(groupOf(t)); };
    if (all.some((t) => named(t) && !held(t))) return topic[1]!.trim();
    const words = all.filter((t, i) => i === all.length - 1 && !named(t) && groupOf(t) >= 0);
    // A line joining several events holds the topic only where it names what the question asks about.
    const before = new Set(terms(q.slice(0, topic.index)));
    const lines = hit.doc.kind === 'statement' ? sentences(own).filter((s) => terms(s).some((t) => before.has(t))) : [own];
    const inLine = (w: string) => lines.some((s) => holds(allStems(s), w));
    const missing = words.find((w) => !inLine(w));
    if (words.length > 0 && missing) return topic[1]!.trim();
  }

  const people = PEOPLE_MET.exec(q);
  if (people && actors) {
    // Someone met is a person the record names besides those the question names.
    const asked = new Set(actorsIn(dossier, q));
    const met = actors.some((id) => !asked.has(id) && dossier.actorsById.get(id)?.kind === 'person');
    if (!met) return people[1];
  }

  const which = unnamedMembers(dossier, plan, hit);
  if (which) return which;

  // "What deadline …": a thing asked. "Which commentator", "what reason" ask a person or a why,
  // which the who and why answerers judge by their own kinds.
  if (plan.intent !== 'what') return undefined;
  for (const m of q.matchAll(ASKED)) {
    const word = m[1]!.toLowerCase();
    const t = processTerm(word);
    if (!t || NOT_A_KIND.has(word) || !isMainlyNoun(t)) continue;
    const group = plan.groups.find((g) => g.terms.includes(t));
    // Only a kind no record uses: one on record elsewhere is judged by the search and asked-kind.ts.
    if (!group || group.known || group.entity) continue;
    // A word no record uses is held by none: WordNet's kin of a kind is often its genus ("deadline"
    // is a "point"), and a "starting point" is no deadline. So the kind asked is always unheld.
    return word;
  }
  return undefined;
}

/**
 * "Which Japanese sanctions exactly made Russia drop the talks?", "what provocations did he mean?":
 * the question asks which things of a kind, and the record names the kind only as a whole: "in
 * answer to Japan's sanctions", "Russian provocations". Whose they were (a side, a possessive) and
 * how many ("more") say nothing of which; a modifier of another sort ("firing drills", "Bastion
 * coastal missiles", "the 1998 agreement") or a phrase after the noun ("sanctions on banks")
 * names them. When no mention in the record does, which ones is not on record (round 16).
 */
const ASKS_WHICH =
  /^\s*(?:which|what)\s+((?:[\p{L}'’-]+\s+){0,2}?)([\p{L}-]+)\s+(?:(?:exactly|specifically|precisely|in\s+particular)\s+)?(?:did|do|does|were|was|are|is|had|has|have|would|will|could|made|make|makes|led|caused|prompted|forced|pushed|drove|triggered)\b/iu;
/** Words before a noun that say whose or how many, not which. */
const NOT_WHICH = new Set(
  [
    'the a an its their his her our these those this that more new further any such some all other both several many few own',
    // Not of the phrase at all: the word before it ends another ("in notes signed by …", "joined by …").
    'in on of to with by for at from over under into and or but as after before against about',
  ].join(' ').split(' '),
);
/**
 * Words after a noun that go on to say which: "sanctions on Russian banks", "missiles such as …",
 * "a decree by which Ukraine recognises …", "a law making 3 September …", "the border in the Kuril chain
 * between Etorofu …", "drills (…)".
 */
const NAMES_WHICH = /^\s*(?:on|against|targeting|including|like|such\s+as|named|called|known\s+as|that|which|whereby|(?:by|under|in)\s+which|to\s+[a-z]+|[a-z]{3,}ing\b|between|along|across|(?:in|at|near|around|off)\s+(?:the\s+)?\p{Lu}|[:(])/iu;

export function unnamedMembers(dossier: Dossier, plan: Plan, hit: Hit): string | undefined {
  // "Which magazine did he talk to": a who-question's kind is judged by the record's actors (answer-kind.ts).
  if (plan.cues.yesNo || plan.intent === 'who') return undefined;
  const m = ASKS_WHICH.exec(plan.question);
  // "What did Suzuki warn could happen": no noun after "what", a clause.
  if (m && /\b(?:did|do|does|was|were|is|are|has|have|had|would|will|could|can)\b/i.test(m[1] ?? '')) return undefined;
  const noun = m?.[2]?.toLowerCase();
  if (!m || !noun || NOT_A_KIND.has(noun)) return undefined;
  const asked = processTerm(noun);
  const group = asked ? plan.groups.findIndex((g) => !g.entity && g.typed.includes(asked)) : -1;
  if (group < 0 || !hit.covered.has(group)) return undefined;
  const forms = new Set(plan.groups[group]!.terms);
  const text = ownText(hit.doc);
  // A word ends before a full stop or comma after it: "sanctions. According to …" has nothing after the noun.
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)].map((w) => {
    const word = w[0].replace(/[.,]+$/, '');
    return { word, at: w.index, end: w.index + word.length };
  });
  const mentions = words.flatMap((w, i) => (forms.has(processTerm(w.word.toLowerCase()) ?? '') ? [i] : []));
  if (mentions.length === 0) return undefined;
  const whose = (word: string) => {
    const bare = word.replace(/['’]s$/i, '');
    // A side's own adjective ("Russian", "Japanese", "Soviet") says whose, as its name does.
    const people = /^\p{Lu}/u.test(bare) && dossier.actors.some((a) => a.kind === 'state' && bare.toLowerCase().startsWith(a.name.toLowerCase().slice(0, 4)));
    return NOT_WHICH.has(word.toLowerCase()) || (/['’]s$/i.test(word) && /^\p{Lu}/u.test(word)) || people || actorsIn(dossier, bare).length > 0;
  };
  const named = (i: number) => {
    const before = words[i - 1];
    // Only a word of the same phrase: not across a full stop or a comma.
    const joined = !!before && !/[.,;:!?]/.test(text.slice(before.end, words[i]!.at));
    // "By adding sanctions": an -ing form after a preposition is a verb taking the noun, no modifier of it
    // ("Russian firing drills" has one).
    const twoBack = words[i - 2];
    const verbal = !!before && /^[a-z]{3,}ing$/.test(before.word) && !!twoBack && NOT_WHICH.has(twoBack.word.toLowerCase());
    if (joined && !verbal && (!whose(before.word) || /\d/.test(before.word))) return true;
    return NAMES_WHICH.test(text.slice(words[i]!.end));
  };
  return mentions.some(named) ? undefined : `${m[1] ?? ''}${m[2]}`.trim();
}
