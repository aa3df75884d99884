import type { Dossier } from '../../dossier/dossier.js';
import type { AnswerResult } from './respond.js';

/**
 * "Has a Russian president or PM visited Etorofu or Kunashir lately?": "A or B" of two islands, or of
 * two offices, asks about either one. Planned as it stands, both names become concepts every record
 * must hold, no record holds both (Medvedev visited Iturup as prime minister, Kunashir as president),
 * and the question is declined. The question is asked once with each alternative, by the whole engine:
 *
 * - a question of the newest ("lately", "latest", "last", "most recent") takes the answer whose record
 *   is newest;
 * - a yes/no question takes a "Yes" when either alternative gets one, else the first answer;
 * - both declined is declined. Other questions are left as they are (no order to choose by).
 */

const OFFICES = ['president', 'prime minister', 'pm', 'premier', 'foreign minister'];
const RECENT = /\b(?:last|latest|lately|recent|recently|newest|most\s+recent)\b/i;
/** "Is Etorofu or Kunashiri larger?", "which one, Habomai or Shikotan": a choice between the two, not either. */
const CHOICE = /\b(?:which|whether|bigger|larger|smaller|greater|more|less|fewer|closer|nearer|further|farther|older|newer|longer|shorter|higher|lower|better|worse|first|earlier|later|than)\b/i;
const YES_NO = /^\s*(?:(?:so|and|but|ok|okay)[,\s]+)?(?:has|have|had|did|does|do|is|are|was|were|will|can)\b/i;

type Answer = (dossier: Dossier, question: string, now: Date) => AnswerResult;

const names = new WeakMap<Dossier, readonly string[]>();

/** The islands' one-word names and aliases (lower case), and the office words. */
function alternatives(dossier: Dossier): readonly string[] {
  let list = names.get(dossier);
  if (!list) {
    const islands = dossier.islands.flatMap((i) => [i.names.en, ...i.aliases]).filter((n) => /^[\p{L}-]+$/u.test(n));
    names.set(dossier, (list = [...new Set([...islands.map((n) => n.toLowerCase()), ...OFFICES])].sort((a, b) => b.length - a.length)));
  }
  return list;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function eitherAnswer(dossier: Dossier, question: string, now: Date, answer: Answer): AnswerResult | undefined {
  const recent = RECENT.test(question);
  if ((!recent && !YES_NO.test(question)) || CHOICE.test(question)) return undefined;
  const words = alternatives(dossier).map(escape).join('|');
  const m = new RegExp(`\\b(${words})\\s+or\\s+(?:the\\s+)?(${words})\\b`, 'iu').exec(question);
  if (!m) return undefined;
  const ask = (one: string) => answer(dossier, question.slice(0, m.index) + one + question.slice(m.index + m[0].length), now);
  // An island's answer counts when its record names the island: a record tagged with all four islands
  // but about something else ("ends the visa-free visits") does not answer "visited Shikotan".
  const namesIt = (one: string, r: AnswerResult) => {
    const island = dossier.islands.find((i) => [i.names.en, ...i.aliases].some((n) => n.toLowerCase() === one.toLowerCase()));
    if (!island) return true;
    const text = `${r.events[0]?.title ?? ''} ${r.events[0]?.summary ?? ''}`.toLowerCase();
    return [island.names.en, ...island.aliases].some((n) => text.includes(n.toLowerCase()));
  };
  const results = [m[1]!, m[2]!].map((one) => [one, ask(one)] as const).filter(([one, r]) => !r.declined && namesIt(one, r)).map(([, r]) => r);
  if (!results.length) return undefined;
  const yes = results.filter((r) => /^Yes\b/.test(r.reply.lead ?? ''));
  const field = yes.length ? yes : results;
  if (!recent) return field[0];
  const date = (r: AnswerResult) => r.events[0]?.date.end ?? '';
  return [...field].sort((a, b) => date(b).localeCompare(date(a)))[0];
}
