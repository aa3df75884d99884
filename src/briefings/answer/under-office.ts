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
 *
 * In a present-tense "still" question ("is Japan still seeking a peace treaty under Takaichi?") the
 * holder now is only the time asked, which "still" already says: the phrase is dropped, and the side's
 * standing answers as it does without it (not the status line's "still no peace treaty").
 */

/** "Is Japan still …", "does Russia still …", "… anymore": a question about now. */
const STILL_NOW = /^\s*(?:is|are|does|do|has|have)\b.*\b(?:still|anymore|any\s+more)\b/i;
/** "Under Takaichi", "under Prime Minister Sanae Takaichi": up to four words after "under". */
const UNDER_NAME = /\s*\bunder\s+((?:[\p{L}'’-]+\s*){1,4})(?=[?.!]*\s*$)/iu;

const UNDER_OFFICE = /\bunder\s+(?:(?:its|their|the|[\p{L}]+['’]s)\s+)?(?:(?:new|current|present|latest|sitting|incumbent|newest)\s+)?((?:prime\s+minister|premier|pm|president|foreign\s+minister))\b/iu;

export function underHolder(dossier: Dossier, question: string, now: Date): string {
  const named = holderNamed(dossier, question, now);
  if (named !== question) return named;
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
  if (!name) return question;
  return holderNamed(dossier, `${question.slice(0, m.index)}under ${name}${question.slice(m.index + m[0].length)}`, now);
}

/** A "still" question ending "under <someone in office now>": the phrase dropped. */
function holderNamed(dossier: Dossier, question: string, now: Date): string {
  if (!STILL_NOW.test(question)) return question;
  const m = UNDER_NAME.exec(question);
  if (!m) return question;
  const aliases = answerIndex(dossier).aliases;
  const people = [...entitiesInText(aliases, m[1]!)].map((t) => aliases.entities.get(t)).filter((e) => e?.kind === 'actor' && dossier.actorsById.get(e.id)?.kind === 'person');
  if (people.length !== 1) return question;
  const today = now.toISOString().slice(0, 10);
  const inOffice = aliases.offices.some((o) => o.actorId === people[0]!.id && heldDuring(o, today));
  return inOffice ? question.slice(0, m.index) + question.slice(m.index + m[0].length).replace(/^\s*/, '') : question;
}
