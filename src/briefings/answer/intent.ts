/**
 * What kind of answer the question wants, from its question words: the answer leads with a date
 * (when), a person or body and role (who), a number (how many), a stated reason (why), a place
 * (where) or the fact itself (what). The earliest cue in the question wins.
 */
import { foreignCue } from './languages.js';
import { KIND_OF_SUBJECT } from './name-forms.js';
import { relativeAt, withoutRelative } from './relative-cue.js';

export type Intent = 'when' | 'who' | 'howmany' | 'why' | 'where' | 'what';

const NOUNS_WHO =
  'person|people|official|officials|minister|leader|leaders|ambassador|politician|politicians|lawmaker|lawmakers|president|premier|body|ministry|agency|party|country|countries|state|states|outlet|outlets|analyst|analysts|expert|experts|commentator|spokesman|spokesperson|newspaper|magazine|channel|news agency|general|leader';
/**
 * "Which Japanese PM signed …", "which envoy …": a person of that office or part is asked for
 * (answer-kind.ts). Only right after the question word or one adjective: "what did prime minister
 * Mishustin sign" asks what, of a person it names.
 */
/**
 * One adjective between the question word and the noun, never an auxiliary: "what did President
 * Yeltsin and Prime Minister Hosokawa commit to" asks what, of people it names, not which president.
 */
const ADJECTIVE = '(?:(?!(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could)\\b)\\w+\\s+)?';
const OFFICES_WHO = `(?:which|what)\\s+${ADJECTIVE}(prime minister|pm|emperor|diplomats?|envoys?|negotiators?|signator(?:y|ies))`;

const CUES: readonly { intent: Intent; pattern: RegExp }[] = [
  { intent: 'when', pattern: /\b(?:when|wen|whan|whn|what (?:date|day|year|month|time)|which (?:date|day|year|month)|in what year|since when|how long ago|how many years ago)\b|^\s*(?:(?:what|when)\s+(?:is|was|'s)\s+)?(?:the\s+)?(?:exact\s+|precise\s+)?(?:date|year)\s+(?:of|for)\b/ },
  { intent: 'who', pattern: new RegExp(`\\b(?:who|whom|whose|hwo|(?:which|what)\\s+${ADJECTIVE}(?:${NOUNS_WHO})|${OFFICES_WHO})\\b`) },
  { intent: 'howmany', pattern: /\b(?:how (?:many|much)|number of|how large|how big|how strong)\b/ },
  { intent: 'why', pattern: /\b(?:why|reasons?|for what|what for|on what grounds|motives?|justif(?:y|ication)|what made)\b/ },
  { intent: 'where', pattern: /\b(?:where|(?:which|what)\s+(?:(?:\d+|four|two|kurile?s?|disputed|other|japanese|russian|soviet|main|home|nearby|neighbou?ring)\s+)?islands?)\b/ },
];

/**
 * "Which outlet interviewed Al-Qassas?", "which Russian official said …": the noun after "which" or
 * "what" names the kind of answer (its role), not part of what was done.
 */
export function whoTypeNoun(question: string): string | undefined {
  // "Which news agency": the two-word noun before the adjective reading ("news" an adjective of "agency", a body).
  const m =
    /\b(?:which|what)\s+(?:\w+\s+)?(news\s+agency|news\s+agencies|news\s+outlets?|news\s+channel|press\s+agency)\b/i.exec(question) ??
    new RegExp(`\\b(?:which|what)\\s+${ADJECTIVE}(${NOUNS_WHO})\\b`, 'i').exec(question) ??
    new RegExp(`\\b${OFFICES_WHO}\\b`, 'i').exec(question);
  return m?.[1]?.toLowerCase();
}

export function detectIntent(question: string): Intent {
  const text = question.toLowerCase();
  let best: { intent: Intent; index: number } | undefined;
  for (const cue of CUES) {
    const m = cue.pattern.exec(text);
    if (m && (!best || m.index < best.index)) best = { intent: cue.intent, index: m.index };
  }
  // Japanese and Russian question words (languages.ts) compete on the same footing.
  const foreign = foreignCue(text);
  if (foreign && (!best || foreign.index < best.index)) best = foreign;
  // "That deal where …, what year was it?": a relative "where" is no question word (relative-cue.ts).
  if (best && relativeAt(text, best.index)) {
    const next = detectIntent(withoutRelative(text, best.index));
    if (next !== 'what' || /\b(?:what|which)\b/.test(text.slice(best.index))) return next;
  }
  return best?.intent ?? 'what';
}

/** "who is X", "what are the Y", "tell me about Z": a question about a name itself. */
export function definitionalSubject(question: string): string | undefined {
  const m = /^\s*(?:(?:who|what)(?:'s|\s+is|\s+was|\s+are|\s+were)|tell me about|who's|whos|whats)\s+(.+?)\s*[?.!]*\s*$/i.exec(question);
  // "What does the Eastern Military District do?": a question about a body's role.
  // "What role does Peskov play (in the dispute)?" asks the same of a person.
  const role =
    /^\s*what\s+(?:does|do|did)\s+(.+?)\s+do\s*[?.!]*\s*$/i.exec(question) ??
    /^\s*what\s+(?:role|part)\s+(?:does|do|did|has|have)\s+(.+?)\s+(?:play|played)(?:\s+in\s+(?:(?:the|this|all\s+this)\s+)?(?:island\s+)?(?:dispute|conflict|row))?\s*[?.!]*\s*$/i.exec(question);
  // "What do the Japanese mean by 'Northern Territories'?": the name after "mean by".
  const meant = /^\s*what\s+(?:does|do|is)\s+(?:.+?\s+)?mean(?:t)?\s+by\s+(.+?)\s*[?.!]*\s*$/i.exec(question);
  // "Что такое Итуруп?", "кто такой Песков?": "what is" and "who is" in Russian.
  const russian = /^\s*(?:что|кто)\s+(?:такое|такой|такая|такие)\s+(.+?)\s*[?.!]*\s*$/iu.exec(question);
  // "プーチンとは誰ですか", "択捉島は何", "ペスコフって誰": the name before とは, は or って and a bare who or what.
  const japanese = /^\s*(.+?)\s*(?:とは|は|って)\s*(?:(?:誰|だれ|どなた|何|なに|なん)\s*(?:ですか|でしょうか|か|なの|なのか)?)?\s*[?？。!！]*\s*$/u.exec(question);
  // "What kind of body is the Kremlin?": a noun for a kind before the name (name-forms.ts).
  const kindOf = KIND_OF_SUBJECT.exec(question);
  return m?.[1] ?? role?.[1] ?? meant?.[1] ?? kindOf?.[1] ?? russian?.[1] ?? japanese?.[1];
}
