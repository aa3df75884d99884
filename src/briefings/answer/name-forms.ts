import type { AliasTable } from './aliases.js';
import type { Plan } from './plan.js';
import { processTerm } from './text.js';

/**
 * Other ways of writing a name that point at the same person, and one that does not: a courtesy
 * title ("Mr Abe", "Abe-san"), a Russian patronymic ("Vladimir Vladimirovich Putin"), and the
 * feminine form of a Russian surname ("Zakharova" is not a Zakharov). The alias lists in the
 * dossier give names as people are usually written; these forms are grammar, so they are rules here
 * rather than more aliases per person.
 */

/** "Mr Abe", "Ms. Takaichi", "Dr Poccolini": the title says nothing the name does not. */
const TITLE_BEFORE = /(?<![\p{L}\p{N}])(?:mr|mrs|ms|mister|madam|madame|mme|dr)\.?\s+(?=\p{L})/giu;
/** "Abe-san", "Kishida-shi": Japanese honorific suffixes joined by a hyphen. */
const SUFFIX_AFTER = /(?<=\p{L})-(?:san|sama|shi|kun|sensei)(?![\p{L}\p{N}])/giu;

/** Drops courtesy titles around a name, so "Mr Abe" is asked as "Abe". */
export function withoutHonorifics(text: string): string {
  return text.replace(TITLE_BEFORE, '').replace(SUFFIX_AFTER, '');
}

/** Russian, Ukrainian and Belarusian patronymics, in Latin letters and in Cyrillic. */
const PATRONYMIC = /^(?:\p{L}{3,}(?:ovich|evich|ovych|evych|ovna|evna|ichna|ivna)|\p{Script=Cyrillic}{3,}(?:ович|евич|ьич|овна|евна|ична|івна))$/u;

/**
 * A patronymic after a given name: "Vladimir Vladimirovich Putin", "Сергей Викторович Лавров". It
 * is skipped when names are matched, but only after a word that begins a name of several words in
 * the dossier (a given name), so a surname that happens to end in -ovich is left alone.
 */
export function isPatronymicAfter(table: AliasTable, previous: string | undefined, term: string): boolean {
  if (previous === undefined || !PATRONYMIC.test(term)) return false;
  return (table.byFirst.get(previous) ?? []).some((entry) => entry.terms.length > 1 && entry.entity.kind === 'actor');
}

/**
 * "Lavrova", "Zakharova", "Medvedeva": the feminine form of a Russian surname names a woman of the
 * family, not the man on record; one added letter is no typo here. Latin letters only: in Cyrillic
 * "Лаврова" is also the genitive of "Лавров" ("слова Лаврова", Lavrov's words).
 */
export function isFeminineForm(typed: string, alias: string): boolean {
  if (!/^[a-z]+$/.test(typed) || !/^[a-z]+$/.test(alias)) return false;
  if (/(?:ov|ev|yov|in|yn)$/.test(alias) && typed === `${alias}a`) return true;
  return /(?:sky|skiy|skii|skyi)$/.test(alias) && typed === alias.replace(/(?:sky|skiy|skii|skyi)$/, 'skaya');
}

/**
 * "What kind of body is the Kremlin?", "what sort of island is Iturup?": the kind asked for is what
 * the actor or island record says it is, so the question is "what is X" with a noun for a kind.
 */
export const KIND_OF_SUBJECT = /^\s*what\s+(?:kind|sort|type)s?\s+of\s+(?:[\p{L}-]+\s+){1,2}?(?:is|was|are|were)\s+(.+?)\s*[?.!]*\s*$/iu;

/** Nouns for a kind of actor or place, standing in "what kind of <noun> is X". */
export const KIND_NOUNS: ReadonlySet<string> = new Set(
  ['kind', 'sort', 'type', 'body', 'actor', 'organisation', 'organization', 'institution', 'entity', 'thing', 'group', 'place', 'agency', 'outfit', 'party', 'state', 'country', 'government', 'outlet', 'alliance', 'force', 'office', 'territory', 'land']
    .map((w) => processTerm(w))
    .filter((w): w is string => Boolean(w)),
);

/**
 * "The 1855 treaty", "the treaty of 1855": a year in a name is the record's own date, so a record
 * dated that year holds the word even when its text never writes the year (the Treaty of Shimoda's
 * summary does not), and a record that only mentions "the 1855 treaty" does not win on that alone.
 */
export function yearOfRecord(typed: readonly string[], event: { readonly date: { readonly start: string; readonly end: string } }): boolean {
  if (typed.length === 0 || !typed.every((t) => /^(?:1[89]|20)\d\d$/.test(t))) return false;
  return typed.every((t) => event.date.start.slice(0, 4) <= t && t <= event.date.end.slice(0, 4));
}

/**
 * "What did the Tokyo Declaration say?", "what did the treaty of 1855 say?": a document named as the
 * one who says something is the record itself speaking. The place in its name ("Tokyo", "San
 * Francisco") is no side speaking, and the year in it is the record's date.
 */
export const NAMES_A_DOCUMENT = /\b(?:treaty|treaties|declaration|agreement|accord|pact|memorandum|constitution|bluebook|charter|protocol|convention)\b/i;

/** Whether a word is the feminine form of a surname on record ("lavrova" beside "lavrov"): no typo to correct. */
export function feminineOfKnown(term: string, known: ReadonlyMap<string, unknown>): boolean {
  const masculine = [term.slice(0, -1), term.replace(/skaya$/, 'sky'), term.replace(/skaya$/, 'skiy')];
  return masculine.some((m) => m !== term && known.has(m) && isFeminineForm(term, m));
}

/**
 * "Did Japan's prime minister protest …", "did Russia's foreign minister say …": after a state's
 * possessive, the words of an office read from the actors' roles name a person of that state, who
 * did the deed; the deed is the word after them. How many words from `at` are office words.
 */
export function officeWordsAt(table: AliasTable, words: readonly string[], at: number): number {
  const office = new Set(table.offices.flatMap((o) => o.terms));
  let n = 0;
  while (at + n < words.length && office.has(processTerm(words[at + n]!.toLowerCase()) ?? '')) n += 1;
  return n;
}

/**
 * Whether the record answered from holds every word of the question that the records write only as
 * a proper name ("Sakhalin", "Nagato") and that is no person, body or island on file: a Yes about
 * the Northern Territories is no Yes about Sakhalin, which that record never names. `proper` holds
 * the records' capitalised words, `held` the terms of the record's own text.
 */
export function namesEveryProper(plan: Plan, proper: ReadonlySet<string>, lower: ReadonlySet<string>, held: ReadonlySet<string>): boolean {
  // Only words the records never write in lower case ("Peace" in a treaty's name is also "peace"),
  // and no month, which is a date.
  // A name is not inflected: a word the stemmer changes ("News" to "new") would meet ordinary words.
  const names = new Set([...proper].filter((w) => !lower.has(w) && !MONTH_NAMES.has(w) && processTerm(w) === w));
  return plan.groups.every((g) => g.entity !== undefined || !g.typed.some((t) => names.has(t)) || g.terms.some((t) => held.has(t)));
}

const MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const lowerMemo = new WeakMap<object, Set<string>>();

/** The words the records write in lower case somewhere, for `namesEveryProper`. */
export function lowerCaseWords(key: object, texts: () => readonly string[]): Set<string> {
  let words = lowerMemo.get(key);
  if (!words) {
    words = new Set(texts().flatMap((t) => t.match(/(?<![\p{L}])\p{Ll}[\p{Ll}-]*/gu) ?? []));
    lowerMemo.set(key, words);
  }
  return words;
}

/**
 * "Putin's office": the body a person belongs to, when that body's role says it is an office
 * ("The office of the Russian president"), is named by the person's name and "office". Read from
 * the actors' `partOf` and roles; returns the names to add for each such body.
 */
export function officesOfPeople(actors: readonly { readonly id: string; readonly name: string; readonly aliases: readonly string[]; readonly role: string; readonly partOf?: string; readonly kind: string }[]): Map<string, string[]> {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const out = new Map<string, string[]>();
  for (const person of actors) {
    const body = person.partOf ? byId.get(person.partOf) : undefined;
    if (person.kind !== 'person' || !body || !/\boffice\b/i.test(body.role)) continue;
    const names = [person.name, ...person.aliases].filter((n) => !/[^\p{Script=Latin}\s.'’-]/u.test(n)).map((n) => `${n} office`);
    out.set(body.id, [...(out.get(body.id) ?? []), ...names]);
  }
  return out;
}

