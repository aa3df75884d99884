/**
 * "The 1993 Tokyo Declaration committed both sides to negotiate. Which two leaders signed it?": a
 * sentence of context, then the question. Read as one question, every word of the context weighed
 * as something asked ("teach", "unit", "committed", "negotiate"), no record held them all, and a
 * question the records answer was declined. The last sentence (or the part after " - ") is the
 * question; the context only says what its "it", "they" or "those exercises" point to:
 * - no pointer: the question stands alone ("I teach a unit on X. Did Russia drill on Etorofu in 2022?");
 * - "it", "they", "them": the context's first noun phrase of that number takes its place, with the
 *   context's fronted time and place ("At Yalta in February 1945 …");
 * - "that/those/such X": "the X", the context kept after it as a "when" clause that dates it.
 * A false detail in the question itself is still read, so a near miss stays declined.
 * (study-topic.ts and catch-up.ts read their own leads first.)
 */
import { irregularForms } from './irregular-verbs.js';
import { studiedTopicQuestion } from './study-topic.js';
import { catchUpQuestion } from './catch-up.js';
import { subjectItQuestion } from './subject-it.js';
import { withoutPurpose } from './purpose-lead.js';

/** The context (no "?" in it), its end (". " or " - "), and a last sentence that is a question. */
const LEAD = /^\s*([^?]{12,}?)(?:([.!;])|\s+[-—–]+)\s+([^.!?;]+\?)\s*$/u;
/** A question opens with a question word, an auxiliary, or a preposition before "which/what". */
const ASKS = /^(?:(?:in|at|on|by|for|from|to|with|under|during|since|until)\s+(?:which|what|whose|whom)\b|who|whom|whose|what|which|when|where|why|how|did|does|do|was|were|is|are|has|have|had|can|could|will|would|should)\b/i;
/** "that decree", "those exercises", "such drills": a pointer back with its noun. */
const DEMONSTRATIVE = /(?<!\b(?:is|was|are|were)\s+)\b(?:that|those|these|this|such)\s+(?!(?:is|was|were|are|had|has|did|does|do|would|could|will|can|the|a|an|it)\b)(\p{Ll}[\p{L}-]*)/iu;
/** "signed it", "a party to it": "it" as an object (not "was it …", "is it true"). */
const IT = /(?<!^\s*\p{L}+\s+)(?<=\p{L}\s+)\bit\b(?!\s+(?:true|possible|likely|the\s+case)\b)/iu;
const THEY = /\b(?:they|them)\b/i;
/** Pointers this file does not resolve ("did he …", "what happened there"): the question is left as typed. */
const UNRESOLVED = /\b(?:he|she|him|his|her|hers|there|then|same|its|their|they|them|it)\b|\b(?:that|this|these|those)\s*\?/i;
/** Verbs of the past or present that do not end in -ed: "set out", "let", "put", "made". */
const IRREGULAR = new Set([...irregularForms(), ...'set let lets put puts makes takes gives holds meets went goes said says begins sends brings told came laid hit cut got gets ended'.split(' ')]);
/** An -ed word after these is a verb even at the start of a phrase: "has reported", "were deployed". */
const AUX = /^(?:has|have|had|is|are|was|were|be|been|being)$/i;
/** Words that end a noun phrase: verbs, prepositions, conjunctions and the like. */
const BREAK = new Set('to of on in at by for from with over under into onto about after before during since until and or but as than that which who whom whose when where while has have had is are was were be been being do does did will would can could should may might must not also then there it they them he she we you i used'.split(' '));
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their)$/i;
/** "At Yalta in February 1945 …": time and place put before the context's subject. */
const SETTING = /^((?:(?:[Aa]t|[Ii]n|[Oo]n|[Dd]uring|[Bb]y)\s+(?:(?:early|late|mid-?)\s*)?(?:\p{Lu}[\p{L}-]*|\d{4})(?:\s+\d{4})?\s+)+)/u;

/** The sides and their capitals name no topic: "did Japan lodge a protest?" is about what the context told. */
const SIDES = /^(?:Japan|Russia|Tokyo|Moscow|Kremlin|Japanese|Russian|Russians|Soviet|Soviets|USSR|I)$/;
/** A year or a month is a topic of its own too: "who addressed the rally in February 2022?". */
const DATED = /\b(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

export interface Phrase { readonly text: string; readonly plural: boolean }

/** "On Matua", "of the Kuril Islands", "in 2015": a phrase after a thing that names where or when it was. */
const NAMED_TAIL = /^(?:of|on|in|at|to|from|near|off)$/i;
const NAME = /^(?:\p{Lu}[\p{L}-]*|\d{4})$/u;

/** The context's noun phrases, in order: runs of words between verbs and prepositions. */
function phrases(lead: string): Phrase[] {
  const out: Phrase[] = [];
  const words = lead.split(/\s+/);
  let run: string[] = [];
  let afterTo = false;
  let i = 0;
  const flush = () => {
    // "used to visit": the word after a bare "to" is a verb, not a thing.
    if (run.length > 0 && !(afterTo && !DETERMINER.test(run[0]!))) {
      // "Exercises", "the Allies" are plural; "Interfax", "the Tokyo Declaration" are not.
      const head = run[run.length - 1]!;
      const plural = /[^su]s$/i.test(head) && (!/^\p{Lu}/u.test(head) || /^the$/i.test(run[0]!));
      // The thing keeps the names the context gave it ("exercises on Matua"), so a false one is still read.
      const tail: string[] = [];
      while (i < words.length && NAMED_TAIL.test(words[i]!)) {
        let j = i + 1;
        if (/^the$/i.test(words[j] ?? '')) j++;
        const names: string[] = [];
        while (j < words.length && NAME.test(words[j]!.replace(/[,.;:!]+$/, ''))) { names.push(words[j]!.replace(/[,.;:!]+$/, '')); if (/[,.;:!]$/.test(words[j]!)) { j++; break; } j++; }
        if (names.length === 0) break;
        tail.push(...words.slice(i, j - names.length), ...names);
        i = j;
        if (/[,.;:!]$/.test(words[j - 1]!)) break;
      }
      if (!DETERMINER.test(head)) out.push({ text: [...run, ...tail].join(' '), plural });
    }
    run = [];
  };
  for (; i < words.length; i++) {
    const raw = words[i]!;
    const word = raw.replace(/[,.;:!]+$/, '');
    const verbish = IRREGULAR.has(word) || /^\p{Ll}+ed$/u.test(word) && (run.length > 0 && !DETERMINER.test(run[run.length - 1]!) || AUX.test(words[i - 1] ?? ''));
    if (BREAK.has(word.toLowerCase()) && !(DETERMINER.test(word) && run.length === 0) || verbish) {
      const at = i;
      flush();
      if (i !== at) { i--; afterTo = false; continue; }
      afterTo = word.toLowerCase() === 'to';
      continue;
    }
    if (DETERMINER.test(word) && run.length > 0) { flush(); }
    run.push(word);
    if (raw !== word) { i++; flush(); i--; afterTo = false; }
  }
  flush();
  return out;
}

/** "A secret understanding" is "the secret understanding" once it has been mentioned. */
const definite = (text: string) => text.replace(/^(?:the|a|an|this|that|these|those)\s+/i, 'the ');

export function questionAfterContext(typed: string): string {
  // "I need one line for my article. …": a lead that says what the answer is for (purpose-lead.ts).
  const text = withoutPurpose(typed);
  const read = readAfterContext(text);
  // "Did he sign it there?" still points back after the rewrite: read as typed, as before.
  return read === text || !UNRESOLVED.test(read.replace(/, when .*$/, '')) ? read : text;
}

function readAfterContext(text: string): string {
  if (studiedTopicQuestion(text) !== text || catchUpQuestion(text) !== text) return text;
  const m = LEAD.exec(text);
  if (!m) return text;
  const [, lead, stop, ask] = m as unknown as [string, string, string | undefined, string];
  if (!ASKS.test(ask) || lead.trim().split(/\s+/).length < 3) return text;
  const question = ask.trim().replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  const bare = question.replace(/\?$/, '');
  // "The Soviet declaration of war in August 1945 - who handed it over?": a topic before a dash is the thing itself.
  const topic = stop === undefined ? lead.trim() : undefined;
  const setting = SETTING.exec(lead.trim())?.[1]?.trim();
  const body = setting ? lead.trim().slice(setting.length).trim() : lead.trim();
  const said = body.replace(/[.!;]+$/, '');
  if (IT.test(question) || THEY.test(question)) {
    const plural = !IT.test(question);
    const found = topic ? { text: topic } : phrases(said).find((p) => p.plural === plural);
    if (!found) return text;
    const where = setting && !topic ? ` ${setting.replace(/^\p{Lu}/u, (c) => c.toLowerCase())}` : '';
    return `${bare.replace(plural ? THEY : IT, definite(found.text))}${where}?`;
  }
  // "Russia changed its constitution in 2020. Does it now ban …?": "it" as the subject (subject-it.ts).
  const asSubject = subjectItQuestion(question, topic ?? said, phrases);
  if (asSubject) return asSubject;
  // "The 1956 text says Shikoton - is that Shikotan?": after a dash topic, "that" is the topic itself.
  if (DEMONSTRATIVE.test(question) && topic === undefined) {
    const clause = (topic ?? lead.trim().replace(/[.!;]+$/, '')).replace(/^(?:The|A|An|In|At|On)\b/, (w) => w.toLowerCase());
    return `${bare.replace(DEMONSTRATIVE, 'the $1')}, when ${clause}?`;
  }
  // "Russia halted the talks - how did Japan react?": the topic before a dash is what is asked about;
  // and a question with no name or date of its own ("Russia drilled on Shikotan in 2030. Did Japan
  // lodge a protest?") asks about the context's deed: it keeps its context, read as before.
  if (topic !== undefined || !ownTopic(question)) return text;
  return question;
}

function ownTopic(question: string): boolean {
  if (DATED.test(question)) return true;
  return question.split(/[^\p{L}\d-]+/u).slice(1).some((w) => /^\p{Lu}/u.test(w) && !SIDES.test(w));
}
