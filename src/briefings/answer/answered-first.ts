import type { KurilEvent } from '../../dossier/dossier.js';
import { terms } from './text.js';

/**
 * "How did the Japanese foreign ministry respond to Peskov's remarks of 20 February 2026?" (round
 * 14): Peskov was "answering Prime Minister Takaichi's policy speech of the same day", so that speech
 * came first and is what he answered, not Japan's answer to him. A record of the same day that the
 * asked-about record itself says it answers is its cause, never a reaction to it; with nothing else
 * on record the question is declined.
 */
const ANSWERING = /\b(?:answering|in\s+(?:answer|response|reply)\s+to|responding\s+to|reacting\s+to|replying\s+to)\s+((?:\S+\s+){0,8}\S+)/i;
/** Words of the answered thing that name it: two of them in the other record's title make it that thing. */
const SHARED = 2;

export function answeredByStimulus(stimulus: KurilEvent, candidate: KurilEvent): boolean {
  if (candidate.date.start !== stimulus.date.start) return false;
  const answered = ANSWERING.exec(stimulus.summary)?.[1];
  if (!answered) return false;
  const named = new Set(terms(answered));
  return new Set(terms(candidate.title).filter((t) => named.has(t))).size >= SHARED;
}

/** "Answering Prime Minister Takaichi's speech, Peskov said …": the one answered is not who reacts in the sentence. */
export function withoutAnsweredClause(sentence: string): string {
  return sentence.replace(/\b(?:answering|in\s+(?:answer|response|reply)\s+to|responding\s+to|reacting\s+to|replying\s+to)\s+[^,]*,/gi, '');
}
