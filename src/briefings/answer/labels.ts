import { entitiesInText } from './aliases.js';
import type { Plan } from './plan.js';
import type { AnswerIndex } from './search-index.js';
import { FRAME_WORDS, processTerm, tokenize } from './text.js';

/**
 * A question word that a clause uses only as a label on a name ("the four disputed islands",
 * "Prime Minister Takaichi") narrows or titles that name; it does not state the thing of the
 * question's subject. "The four disputed islands were already Japanese" says nothing of whether the
 * Kuril chain is disputed, and a title in a dated sentence is not "is Takaichi still prime minister".
 * When the question uses the word as a label on the same name itself, the clause answers it as usual.
 */

/** How many words after the label a name may start ("the disputed southern Kuril islands"). */
const NAME_REACH = 3;

/** The question's concept groups (not names, not frame words), by index. */
function conceptGroups(plan: Plan): number[] {
  // A city asked as a place ("in Tokyo") is a name itself, never a label on the name after it.
  return plan.groups.flatMap((g, i) => (!g.entity && !g.place && !g.typed.every((t) => FRAME_WORDS.has(t)) ? [i] : []));
}

/** Words before a label on a name: an article, a number, a possessive. */
const BEFORE_LABEL = /^(?:the|a|an|all|both|two|three|four|five|several|its|their|his|her|these|those|this|that|\d+)$/i;

/** The words of a text as written (case kept, edge punctuation cut). */
function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/** Per word of a text: its processed term. */
function termsOf(words: readonly string[]): (string | null)[] {
  return words.map((w) => {
    const first = tokenize(w)[0];
    return first ? processTerm(first) : null;
  });
}

/**
 * A label stands where an adjective or a title does: capitalised ("Prime Minister Takaichi"; the
 * name must follow it, so a capitalised verb before its object is read as the verb it is not, rarely), or after an article or a number ("the four disputed islands"). A verb before its
 * object ("Japan protested Russia's drills") does neither.
 */
function labelPlace(words: readonly string[], terms: readonly (string | null)[], concept: ReadonlySet<string>, at: number): boolean {
  let start = at;
  while (start > 0 && concept.has(terms[start - 1] ?? '')) start--;
  const word = words[start]!;
  if (/^\p{Lu}/u.test(word)) return true;
  return start > 0 && BEFORE_LABEL.test(words[start - 1]!);
}

/**
 * Whether the word at `at` starts a label: after it (and any other question words right after it,
 * "Prime Minister"), a name begins within a few words. Returns the name's entity tokens.
 */
function labelledName(index: AnswerIndex, words: readonly string[], terms: readonly (string | null)[], concept: ReadonlySet<string>, at: number): Set<string> {
  if (!labelPlace(words, terms, concept, at)) return new Set();
  let next = at + 1;
  while (next < words.length && concept.has(terms[next] ?? '')) next++;
  // The name starts right there, capitalised or a name on its own ("islands"): "a declaration
  // committing Russia", "signed by Yeltsin" label no name.
  const first = words[next];
  if (!first || (!/^\p{Lu}/u.test(first) && entitiesInText(index.aliases, first).size === 0)) return new Set();
  for (let end = next + 1; end <= Math.min(words.length, next + NAME_REACH); end++) {
    const named = entitiesInText(index.aliases, words.slice(next, end).join(' '));
    // "Japan renounces the Kurile Islands": a capitalised word right before the capitalised group
    // word is the first word of one proper name, which "the Kurils" names whole; no label on it.
    if (named.size > 0 && next === at + 1 && /^\p{Lu}/u.test(words[at]!) && /^\p{Lu}/u.test(first) && [...named].every((e) => e === 'e_group')) return new Set();
    if (named.size > 0) return named;
  }
  return new Set();
}

/** For each concept group of the question: the names it labels in `text`, or undefined where it is used otherwise at least once. */
function labels(index: AnswerIndex, plan: Plan, text: string): Map<number, Set<string> | undefined> {
  // "Meeting in Singapore, Shinzo Abe and Vladimir Putin agreed …": a label and its name are never
  // parted by a comma or a semicolon, so each stretch between them is read on its own.
  const stretches = text.split(/[,;:()]/).map((part) => {
    const words = wordsOf(part);
    return { words, terms: termsOf(words) };
  });
  const out = new Map<number, Set<string> | undefined>();
  const groups = conceptGroups(plan);
  const concept = new Set(groups.flatMap((i) => plan.groups[i]!.terms));
  for (const i of groups) {
    const own = new Set(plan.groups[i]!.terms);
    let named: Set<string> | undefined = new Set();
    let seen = false;
    for (const { words, terms } of stretches) {
      terms.forEach((t, at) => {
        if (!t || !own.has(t)) return;
        seen = true;
        const labelled = labelledName(index, words, terms, concept, at);
        if (labelled.size === 0) named = undefined;
        else if (named) for (const e of labelled) named.add(e);
      });
    }
    if (seen) out.set(i, named);
  }
  return out;
}

/**
 * The question's concept groups that the clause holds only as labels on names, where the question
 * does not use them as a label on the same name: these the clause does not state.
 */
export function labelOnly(index: AnswerIndex, plan: Plan, clause: string): Set<number> {
  const inClause = labels(index, plan, clause);
  const inQuestion = labels(index, plan, plan.rest);
  const out = new Set<number>();
  for (const [i, named] of inClause) {
    if (!named) continue;
    const asked = inQuestion.get(i);
    if (asked && [...named].some((e) => asked.has(e))) continue;
    out.add(i);
  }
  return out;
}
