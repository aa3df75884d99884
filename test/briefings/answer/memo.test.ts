import { describe, expect, it } from 'vitest';
import { BoundedMemo, memoPerOwner } from '../../../src/briefings/answer/memo.js';

describe('BoundedMemo', () => {
  it('computes a key once, and forgets everything once it holds its bound', () => {
    const memo = new BoundedMemo<number>(2);
    let calls = 0;
    const get = (key: string) => memo.get(key, () => ++calls);
    expect([get('a'), get('a'), get('b'), get('b')]).toEqual([1, 1, 2, 2]);
    expect(get('c')).toBe(3); // full: dropped whole, then 'c' kept
    expect(get('a')).toBe(4); // 'a' was forgotten
    expect(get('c')).toBe(3);
  });
});

describe('memoPerOwner', () => {
  it('keeps one memo per owner, so one owner never sees another owner\'s answers', () => {
    const memoOf = memoPerOwner<object, string>(10);
    const one = {};
    const two = {};
    expect(memoOf(one).get('k', () => 'one')).toBe('one');
    expect(memoOf(two).get('k', () => 'two')).toBe('two');
    expect(memoOf(one).get('k', () => 'again')).toBe('one');
  });
});
