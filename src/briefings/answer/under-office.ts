import type { Dossier } from '../../dossier/dossier.js';
import { entitiesInText, heldDuring } from './aliases.js';
import { answerIndex } from './search-index.js';
import { terms } from './text.js';

/**
 * "Is Japan still pressing for the islands under its new prime minister?": "under its new prime
 * minister" says when, not what: under whoever holds that office now. The actors' roles name the
 * holder ("Prime Minister of Japan since October 2025"), so the phrase is read as that person's
 * name ("under Takaichi"), which the records of that person answer. "The new / current" holder is
 * the one in office at the clock's date whose term began last. When no one on record holds it now,
 * or the office is a government, the phrase is left as typed.
 */

const UNDER_OFFICE = /\bunder\s+(?:(?:its|their|the|[\p{L}]+['’]s)\s+)?(?:(?:new|current|present|latest|sitting|incumbent|newest)\s+)?((?:prime\s+minister|premier|pm|president|foreign\s+minister))\b/iu;

export function underHolder(dossier: Dossier, question: string, now: Date): string {
  const m = UNDER_OFFICE.exec(question);
  if (!m) return question;
  const aliases = answerIndex(dossier).aliases;
  const words = terms(m[1]!.replace(/\bpm\b|\bpremier\b/i, 'prime minister'));
  const states = entitiesInText(aliases, question);
  const today = now.toISOString().slice(0, 10);
  const holders = aliases.offices.filter(
    (o) => o.terms.length === words.length && o.terms.every((t) => words.includes(t)) && o.countries.some((c) => states.has(c)) && heldDuring(o, today),
  );
  if (holders.length === 0) return question;
  // The holder whose term began last: the new one.
  const start = (o: (typeof holders)[number]) => o.spans.filter((s) => s.start <= today).map((s) => s.start).sort().at(-1) ?? '';
  const newest = [...holders].sort((a, b) => start(b).localeCompare(start(a)))[0]!;
  const name = dossier.actorsById.get(newest.actorId)?.name;
  return name ? `${question.slice(0, m.index)}under ${name}${question.slice(m.index + m[0].length)}` : question;
}
