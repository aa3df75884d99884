import type { Dossier } from '../../dossier/dossier.js';
import { personNameEnds } from './apposition.js';

/**
 * Everyday words for two deeds the records tell in their own words, read before a question is planned:
 *
 * - **Sitting down together is meeting.** "When did Abe and Putin last sit down together?": the
 *   records say they met ("meeting in Singapore"); "sit" and "down" match nothing and sink it.
 * - **One person talking about something is speaking about it.** "When did Takaichi last talk about
 *   the Northern Territories?": "talk" is also the noun of negotiations (aliases.ts), so the question
 *   asked for talks Takaichi held. One person on record (a name of the actors' own) talking about or of
 *   something is saying something about it (verbs.ts reads "speak about" so). Two sides talking ("are
 *   Tokyo and Moscow talking about the islands", "did Abe talk with Putin about …") stay negotiations.
 */

const SIT_DOWN = /\b(?:sit|sits|sat|sitting)\s+down(?:\s+together)?(?:\s+to\s+(?:talk|negotiate|discuss))?(?=\s+(?:with|about|on|over|to|in|at|for)\b|\s*[?.!,]|\s*$|\s+(?:last|recently|again)\b)/giu;

/** A one-word name, an optional time adverb, then "talk(ed) about / of". */
const TALK_ABOUT = /(?<!\b(?:and|&|or|with)\s+)\b([\p{L}'’-]+)\s+((?:(?:last|recently|most\s+recently|ever|just|once|first|publicly)\s+)*)talk(?:s|ed|ing)?\s+(?:publicly\s+)?(about|of)\b/giu;

export function meetAndSpeak(dossier: Dossier, question: string): string {
  const people = personNameEnds(dossier);
  const met = question.replace(SIT_DOWN, 'meet');
  // "… talk about the islands with Moscow": a second side after it makes it talks.
  if (/\bwith\b/i.test(met.slice(met.search(/\btalk/i)))) return met;
  return met.replace(TALK_ABOUT, (all, name: string, adverbs: string, prep: string) =>
    people.has(name.toLowerCase()) ? `${name} ${adverbs}speak ${prep}` : all,
  );
}
