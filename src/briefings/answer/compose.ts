import { formatDay, formatPartialDate } from '../../dossier/dates.js';
import type { Dossier, KurilEvent, ResolvedQuote, SourceLink } from '../../dossier/dossier.js';
import type { ActorRecord, IslandRecord } from '../../dossier/schema.js';
import { entitiesInText } from './aliases.js';
import type { Plan } from './plan.js';
import { namedSentence } from './pronouns.js';
import { russianInLatin } from './romanise.js';
import { recordPhrasal } from './verbs.js';
import { idf, type AnswerIndex } from './search-index.js';
import { capitalize, editDistance, sentences, terms, typoAllowance } from './text.js';

/**
 * Turning the chosen records into one to three sentences that answer the question. Every sentence
 * is taken from a record (a summary or note sentence, a quote, an actor's role, an event's date);
 * the only words the engine adds are labels ("Unverified …") and connectives.
 */

export interface Piece {
  readonly text: string;
  readonly from: 'summary' | 'title' | 'quote' | 'note' | 'statement';
  readonly quote?: ResolvedQuote;
  readonly score: number;
  readonly matched: ReadonlySet<string>;
  /** The sentence with its opening "He"/"She" named (pronouns.ts), shown unless the sentence before it is shown first. */
  readonly named?: string;
  /** The record's sentence before this one. */
  readonly after?: string;
}

/** Scores a sentence by the rare question terms it contains and the entities it names. */
export function scorePiece(index: AnswerIndex, plan: Plan, matchedDocTerms: ReadonlySet<string>, text: string): { score: number; matched: Set<string> } {
  // "Gave up" in the record meets the question's "give up", read as "renounce" (verbs.ts).
  const phrasal = recordPhrasal(text);
  const own = new Set(phrasal === text ? terms(text) : [...terms(text), ...terms(phrasal)]);
  const named = plan.entities.length ? entitiesInText(index.aliases, text) : new Set<string>();
  const matched = new Set<string>();
  let score = 0;
  plan.groups.forEach((group, i) => {
    const hit =
      group.terms.some((t) => own.has(t) || named.has(t)) ||
      [...own].some((t) => matchedDocTerms.has(t) && group.typed.some((q) => t.startsWith(q) || (typoAllowance(q) > 0 && editDistance(t, q, typoAllowance(q)) <= typoAllowance(q))));
    if (hit) {
      matched.add(String(i));
      score += group.weight;
    }
  });
  return { score, matched };
}

const CODING_NOTE = /\b(?:CAMEO|Goldstein|PLOVER|[Cc]oded as|codebook|tagged because|are tagged|is tagged|no island is tagged)\b/;

/** The candidate sentences of an event, scored against the question. */
export function eventPieces(index: AnswerIndex, plan: Plan, event: KurilEvent, matchedDocTerms: ReadonlySet<string>, dossier?: Dossier): Piece[] {
  const pieces: Piece[] = [];
  const add = (text: string, from: Piece['from'], factor: number, quote?: ResolvedQuote, named?: string, after?: string) => {
    const { score, matched } = scorePiece(index, plan, matchedDocTerms, text);
    pieces.push({ text, from, quote, score: score * factor, matched, ...(named ? { named, after } : {}) });
  };
  const summary = sentences(event.summary);
  // Scored on the record's own words; the speaker's name is only shown.
  summary.forEach((s, i) => add(s, 'summary', 1, undefined, dossier ? namedSentence(dossier, event, summary, i) : undefined, summary[i - 1]));
  // Quotes from a linked source come before a translation found only in a described document.
  for (const q of event.quotes) if (q.text.split(/\s+/).length >= 3) add(q.text, 'quote', q.source.url ? 0.9 : 0.6, q);
  // Notes on the coding (CAMEO, Goldstein) explain the data, not the event: not an answer.
  if (event.note) for (const s of sentences(event.note)) if (!CODING_NOTE.test(s)) add(s, 'note', 0.8);
  return pieces;
}

/** The best sentence and, when it adds something the first lacks, a second. */
export function choosePieces(pieces: readonly Piece[], max = 2): Piece[] {
  const ranked = [...pieces].sort((a, b) => b.score - a.score);
  const first = ranked.find((p) => p.from !== 'quote') ?? ranked[0];
  if (!first) return [];
  const chosen = [first];
  for (const p of ranked) {
    if (chosen.length >= max) break;
    if (chosen.includes(p) || p.score <= 0 || p.from === 'quote') continue;
    const adds = [...p.matched].some((m) => !chosen.some((c) => c.matched.has(m)));
    if (adds && p.score >= first.score * 0.5) chosen.push(p);
  }
  // Keep the record's own order: summary before note.
  const order = (p: Piece) => pieces.indexOf(p);
  return chosen.sort((a, b) => order(a) - order(b));
}

/** A piece as shown; `before` is the piece shown right before it, whose sentence may name who "he" is. */
export function renderPiece(piece: Piece, before?: Piece): string {
  if (piece.quote) return `${piece.quote.speaker} (${piece.quote.role}): “${trimEnd(piece.quote.text)}”.`;
  const shown = piece.named && !(before && before.text === piece.after) ? piece.named : piece.text;
  return endSentence(shown);
}

/** Pieces shown in a row: a "He said …" right after the sentence that names him keeps its pronoun. */
export function renderPieces(pieces: readonly Piece[]): string {
  return pieces.map((p, i) => renderPiece(p, pieces[i - 1])).join(' ');
}

function trimEnd(text: string): string {
  return text.trim().replace(/[.,;:]+$/, '');
}

export function endSentence(text: string): string {
  const t = text.trim();
  return /[.!?]["”’')]*$/.test(t) ? t : `${t}.`;
}

/** How an event that is not verified is introduced, so the label is part of the answer text. */
export function verificationLabel(dossier: Dossier, event: KurilEvent): string | undefined {
  if (event.verification === 'verified') return undefined;
  const linked = event.sources.filter((s) => s.url);
  if (event.verification === 'unverified') {
    const only = linked.length === 0 ? event.sources.map((s) => describeSource(dossier, s)) : [];
    return only.length ? `Unverified, according to ${[...new Set(only)].join(' and ')} only` : 'Unverified';
  }
  const outlet = event.sources[0] ? describeSource(dossier, event.sources[0]) : 'one source';
  return `Single source (${outlet}), not confirmed elsewhere`;
}

function describeSource(dossier: Dossier, source: SourceLink): string {
  if (source.url) return source.outlet;
  // A document without a link is named by its outlet ("Unattributed news report, March 2022").
  return dossier.documents.find((d) => d.id === source.document)?.outlet ?? source.outlet;
}

/** "Fumio Kishida, Prime Minister of Japan (2021–2024)": the name and the first part of the role. */
export function actorWithRole(actor: ActorRecord, role: string = actor.role): string {
  return `${actor.name}, ${role.split(';')[0]!.trim()}`;
}

const NUMBER = new RegExp(
  String.raw`\b((?:more than|over|about|around|nearly|almost|some|at least|up to|roughly|fewer than|less than)\s+)?(\d[\d,.]*|hundreds|thousands|dozens|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)((?:\s+(?:of\s+)?[\p{L}-]+){1,3})?`,
  'giu',
);
const MONTH_WORD = /^\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/** Number phrases in a text ("more than 3,000 troops"), years and days of the month left out. */
export function numberPhrases(text: string): { phrase: string; noun: string }[] {
  const out: { phrase: string; noun: string }[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const number = m[2]!;
    const digits = number.replace(/[,.]/g, '');
    if (/^\d+$/.test(digits) && ((digits.length === 4 && Number(digits) >= 1800 && Number(digits) <= 2100) || MONTH_WORD.test(m[3] ?? ''))) continue;
    if (/^\d+$/.test(digits) && /^\s*(?:st|nd|rd|th)\b/.test(m[3] ?? '')) continue;
    const tail = (m[3] ?? '').trim().split(/\s+/);
    // "one of the disputed islands" is not a count.
    if (/^(?:of\s+)?(?:the|a|an|its|their|his|her|these|those|them|which|whom)$/i.test(tail.slice(0, tail[0] === 'of' ? 2 : 1).join(' '))) continue;
    // Stop the phrase at the first noun: "3,000 troops", "hundreds of pieces of equipment".
    const words: string[] = [];
    for (const w of tail) {
      if (!w) break;
      words.push(w);
      if (w !== 'of' && !/^(?:small|large|disputed|southern|northern|more|military)$/i.test(w)) break;
    }
    const phrase = `${m[1] ?? ''}${number}${words.length ? ` ${words.join(' ')}` : ''}`.replace(/[.,;:]+$/, '');
    out.push({ phrase, noun: words.at(-1)?.replace(/[.,;:]+$/, '') ?? '' });
  }
  return out;
}

/** The events to cite for an actor or island when the question names only it: most relevant first. */
export function latestEvents(events: readonly KurilEvent[], count: number): KurilEvent[] {
  return [...events].sort((a, b) => b.date.start.localeCompare(a.date.start)).slice(0, count);
}

/** The date an answer leads with; for "when did X start / end" and a record spanning days, that day first. */
export function dateLead(event: KurilEvent, phase?: 'start' | 'end'): string {
  if (!phase || event.date.precision !== 'range') return formatPartialDate(event.date);
  const day = phase === 'start' ? event.date.start : event.date.end;
  return `${phase === 'start' ? 'Began' : 'Ended'} ${formatDay(day)} (${formatPartialDate(event.date)})`;
}

export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "Kunashiri (Кунашир)": an island as answers name it. */
export function islandName(island: IslandRecord): string {
  return `${island.names.en} (${island.names.ru})`;
}

/** "Kunashiri (Кунашир, Kunashir)": with the Russian name as the record spells it in Latin letters. */
export function islandNameWithLatin(island: IslandRecord): string {
  const spelt = russianInLatin(island);
  return `${island.names.en} (${island.names.ru}${spelt ? `, ${spelt}` : ''})`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

export { capitalize };

/** IDF of a term in the index, 0 when unknown. */
export function weightOf(index: AnswerIndex, term: string): number {
  return idf(index, term) ?? 0;
}
