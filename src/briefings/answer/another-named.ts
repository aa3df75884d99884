import { accountOf } from './judge.js';
import type { Dossier } from '../../dossier/dossier.js';
import { perObject } from './memo.js';
import type { AnswerContext } from './respond.js';
import type { Hit } from './search.js';
import { FRAME_WORDS, wordTerms } from './text.js';

/**
 * "Is Northern Territories Day on the anniversary of the Portsmouth treaty?" when the record says
 * "7 February, the anniversary of the 1855 Treaty of Shimoda": the question names a treaty (or a
 * declaration, an agreement …) by its proper name, and the record that holds everything else names
 * another of the same kind in that place. That is a "No" on record, as another island in the place
 * of the one asked is (another.ts). Only when no record holds the question with the name asked, and
 * only from a sentence that names the other one with a word of the rest of the question.
 */

/** The head nouns of a named instrument or meeting. */
const HEAD = String.raw`(treaty|treaties|declaration|agreement|accord|pact|convention|communiqu[eé]|charter|conference|summit|protocol)`;
/** "The Portsmouth treaty", "the Treaty of Portsmouth", "Portsmouth's treaty". */
const ASKED = [new RegExp(String.raw`\b([\p{L}-]+)(?:['’]s)?\s+(?:peace\s+)?${HEAD}\b`, 'giu'), new RegExp(String.raw`\b${HEAD}\s+of\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)`, 'giu')];
/** In a record: "the Treaty of Shimoda", "the San Francisco Peace Treaty", "the Tokyo Declaration" (capitalised). */
const ON_RECORD = [
  new RegExp(String.raw`\b((?:\p{Lu}[\p{L}-]+\s+)?\p{Lu}[\p{L}-]+)\s+(?:\d{4}\s+)?(?:[Pp]eace\s+)?${HEAD.replace(/(?<=[(|])(\p{Ll})/gu, (c) => `[${c.toUpperCase()}${c}]`)}\b`, 'gu'),
  new RegExp(String.raw`\b${HEAD}\s+of\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)`, 'giu'),
];
/** Capitalised words that are no name ("The Treaty", "A declaration"). */
const NOT_A_NAME = /^(?:the|a|an|this|that|its|their|his|her|peace|joint|new|first|secret|soviet|japanese|russian)$/i;

interface Named {
  readonly name: string;
  readonly head: string;
}

function namedIn(text: string, patterns: readonly RegExp[]): Named[] {
  return patterns.flatMap((re, i) =>
    [...text.matchAll(re)].map((m) => (i === 0 ? { name: m[1]!, head: m[2]! } : { name: m[2]!, head: m[1]! })).filter((n) => !NOT_A_NAME.test(n.name) && !/^\d+$/.test(n.name)),
  );
}

/** A sentence that speaks of its record's own thing: "marks this anniversary", "its signing". */
const POINTS_BACK = /\b(?:this|its)\b/i;

/** Meetings are one kind of named thing; treaties, declarations and the other instruments another. */
const MEETING = /^(?:conferenc|summit)/;
const headOf = (word: string): string => (MEETING.test(word.toLowerCase()) ? 'meeting' : 'instrument');
/** Whether two names share a word ("Francisco" and "San Francisco"). */
const sameName = (a: string, b: string): boolean => {
  const words = new Set(a.toLowerCase().split(/\s+/));
  return b.toLowerCase().split(/\s+/).some((w) => words.has(w));
};

/** Every thing named on record, per dossier: scanning every record's text for each question cost 100 ms on 10,000 events. */
const namesOnFile = perObject((dossier: Dossier) => dossier.events.flatMap((e) => namedIn(`${e.title} ${e.summary}`, ON_RECORD)));

export interface AnotherNamed {
  readonly hit: Hit;
  readonly sentence: string;
}

export function anotherNamed(ctx: AnswerContext, hits: readonly Hit[]): AnotherNamed | undefined {
  const { plan } = ctx;
  if (!plan.cues.yesNo) return undefined;
  const asked = namedIn(plan.rest, ASKED);
  if (asked.length !== 1) return undefined;
  const { name, head } = asked[0]!;
  // A name on record for a thing of that kind ("Treaty of Portsmouth", "San Francisco Peace Treaty"),
  // not a verb before it ("sign treaty"); its full name gives every word of it ("san" too).
  const onFile = namesOnFile(ctx.dossier).find((n) => sameName(n.name, name) && headOf(n.head) === headOf(head));
  if (!onFile) return undefined;
  const nameTerms = `${name} ${onFile.name}`.split(/\s+/).flatMap((w) => wordTerms(w.toLowerCase()));
  // A capital in the name ("the Tokyo Declaration") is read as its state elsewhere; here it is the name.
  const nameGroups = new Set(plan.groups.flatMap((g, i) => ((!g.entity || g.entity.broad) && g.known && g.typed.some((t) => nameTerms.includes(t)) ? [i] : [])));
  if (nameGroups.size === 0) return undefined;
  // The rest of the question: its names and carrying words, less the thing's name and head word (the
  // record's other thing may be a treaty where a declaration was asked).
  const headTerms = wordTerms(head.toLowerCase());
  const isHead = (i: number) => !plan.groups[i]!.entity && plan.groups[i]!.typed.some((t) => headTerms.includes(t));
  const rest = plan.groups.flatMap((g, i) => (!nameGroups.has(i) && !isHead(i) && (g.entity || (g.distinctive && g.known && !g.typed.every((t) => FRAME_WORDS.has(t)))) ? [i] : []));
  const words = rest.filter((i) => !plan.groups[i]!.entity);
  if (words.length === 0) return undefined;
  // A record that holds the whole question, the name too, answers it as it stands.
  // A capital covered as its state ("Japan"), or met as a word ("a rally in Tokyo"), is no mention of
  // the thing: the record's own words must name it ("the Tokyo Declaration"), or be its own record.
  const spells = (h: Hit) => {
    const own = h.doc.kind === 'event' ? `${h.doc.event.title} ${h.doc.event.summary}` : h.doc.statement.statement.text;
    return namedIn(own, ON_RECORD).some((n) => sameName(n.name, name) && headOf(n.head) === headOf(head));
  };
  if (hits.some((h) => [...nameGroups].every((i) => h.covered.has(i)) && spells(h) && rest.every((i) => h.covered.has(i)))) return undefined;
  for (const hit of hits) {
    if (hit.doc.kind !== 'event' || !hit.namesMatched || !rest.every((i) => hit.covered.has(i))) continue;
    for (const sentence of accountOf(hit.doc.event)) {
      const own = new Set(sentence.split(/\s+/).flatMap((w) => wordTerms(w)));
      if (!words.some((i) => plan.groups[i]!.terms.some((t) => own.has(t)))) continue;
      const isOther = (n: Named) => headOf(n.head) === headOf(head) && !sameName(n.name, name);
      if (namedIn(sentence, ON_RECORD).some(isOther)) return { hit, sentence: sentence.trim() };
      // "… Northern Territories Day on 7 February marks this anniversary", in the Treaty of Shimoda's
      // own record: "this" is the thing its title names.
      const title = hit.doc.event.title;
      if (sentence !== title && POINTS_BACK.test(sentence) && namedIn(title, ON_RECORD).some(isOther)) return { hit, sentence: `${title.replace(/[.;,]+$/, '')}: ${sentence.trim()}` };
    }
  }
  return undefined;
}
