import { expect, it } from 'vitest';
import { ask } from './ask.js';

/**
 * Helpers for the metamorphic answer tests (test/briefings/answer/round9-*, round10-*): two
 * questions are asked live and their answers compared with each other, never with a written answer.
 */

/** A question the engine answers right, and a rewrite of it. */
export type Pair = readonly [original: string, variant: string];

/** What a rewrite must keep: declined, the Yes/No lead, the record answered from, the lead itself. */
export interface Signature {
  readonly declined: boolean;
  /** "Yes", "No" or "" when the answer does not open with either. */
  readonly yesNo: string;
  readonly first: string | undefined;
  readonly lead: string;
}

export function signature(question: string): Signature {
  const r = ask(question);
  return { declined: r.declined, yesNo: /^(Yes|No)\b/.exec(r.reply.lead ?? '')?.[1] ?? '', first: r.events[0]?.id, lead: r.reply.lead ?? '' };
}

/** Both declined, or the same Yes/No and either the very same lead or the same record first. */
export function sameAnswer(a: Signature, b: Signature): boolean {
  if (a.declined !== b.declined || a.yesNo !== b.yesNo) return false;
  return a.declined || a.lead === b.lead || a.first === b.first;
}

/** The rewrite answers as the original does. */
export function expectSame(original: string, variant: string): void {
  const a = signature(original);
  const b = signature(variant);
  expect({ declined: b.declined, yesNo: b.yesNo }, variant).toEqual({ declined: a.declined, yesNo: a.yesNo });
  if (!a.declined && b.lead !== a.lead) expect(b.first, variant).toBe(a.first);
}

/** A rewrite with a false detail: not the original's answer, and no "Yes" unless the original had one. */
export function expectChanged(original: string, variant: string): void {
  const a = signature(original);
  const b = signature(variant);
  expect({ declined: b.declined, first: b.first, yesNo: b.yesNo }, variant).not.toEqual({ declined: a.declined, first: a.first, yesNo: a.yesNo });
  if (a.yesNo !== 'Yes') expect(b.yesNo, variant).not.toBe('Yes');
}

/** A yes/no answer reduced to its verdict and the record it reads. */
export interface Verdict {
  readonly lead: 'Yes' | 'No' | 'declined' | 'other';
  readonly first?: string;
}

export function verdict(question: string): Verdict {
  const result = ask(question);
  if (result.declined) return { lead: 'declined' };
  const lead = /^(Yes|No)\./.exec(result.reply.lead ?? '')?.[1] as 'Yes' | 'No' | undefined;
  return { lead: lead ?? 'other', first: result.events[0]?.id };
}

/** The rewrite gets the original's Yes or No, read from the same record. */
export function agrees([original, variant]: Pair): void {
  const before = verdict(original);
  expect(before.lead).toMatch(/^(?:Yes|No)$/);
  expect(verdict(variant)).toEqual(before);
}

/** The original answers Yes; the rewrite with a false detail does not. */
export function neverYes([original, variant]: Pair): void {
  expect(verdict(original).lead).toBe('Yes');
  expect(verdict(variant).lead).not.toBe('Yes');
}

/** One test per pair: the rewrite answers as the original does. */
export function same(pairs: readonly Pair[]): void {
  for (const [a, b] of pairs) it(`${a} ~ ${b}`, () => expectSame(a, b));
}

/** One test per pair: the rewrite with a false detail does not get the original's answer. */
export function changed(pairs: readonly Pair[]): void {
  for (const [a, b] of pairs) it(`${a} ≠ ${b}`, () => expectChanged(a, b));
}

/** Pairs that still diverge, each with its cause (expected failures). */
export function sameFails(pairs: readonly (readonly [string, string, string])[]): void {
  for (const [a, b, cause] of pairs) it.fails(`${a} ~ ${b} (${cause})`, () => expectSame(a, b));
}

/** The originals are answered, not declined: a pair about a decline would prove nothing. */
export function answered(questions: readonly string[]): void {
  for (const q of questions) it(`answered: ${q}`, () => expect(signature(q).declined, q).toBe(false));
}

/** One test per pair, checked by the given check. */
export function each(pairs: readonly Pair[], check: (pair: Pair) => void): void {
  for (const pair of pairs) it(`${pair[0]}  ~  ${pair[1]}`, () => check(pair));
}

/** The original is answered; the variant (a near miss of it) is declined. */
export function refuses([original, variant]: Pair): void {
  expect(signature(original).declined, original).toBe(false);
  const b = signature(variant);
  expect(b.declined, `${variant} → ${b.lead.slice(0, 120)}`).toBe(true);
}

/** Both answered, with the same record first. */
export function sameFirst([original, variant]: Pair): void {
  const a = ask(original);
  const b = ask(variant);
  expect(a.declined, original).toBe(false);
  expect(b.declined, variant).toBe(false);
  expect(b.events[0]?.id, variant).toBe(a.events[0]?.id);
}
