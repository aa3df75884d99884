/**
 * Answers to a pure look-up, kept because clause readers ask the same ones over and over (every word
 * of every candidate record, for many questions). The keys come from questions and records, so they
 * are unbounded: past `bound` entries the memo is dropped whole rather than evicted one by one.
 */
export class BoundedMemo<V> {
  private readonly known = new Map<string, V>();

  constructor(private readonly bound: number) {}

  get(key: string, compute: () => V): V {
    let value = this.known.get(key);
    if (value === undefined) {
      if (this.known.size >= this.bound) this.known.clear();
      value = compute();
      this.known.set(key, value);
    }
    return value;
  }
}

/** One BoundedMemo per owner (an answer index): its answers hold for that owner only, and go with it. */
export function memoPerOwner<O extends object, V>(bound: number): (owner: O) => BoundedMemo<V> {
  const memos = new WeakMap<O, BoundedMemo<V>>();
  return (owner) => {
    let memo = memos.get(owner);
    if (!memo) memos.set(owner, (memo = new BoundedMemo<V>(bound)));
    return memo;
  };
}

/** One value per object (a record, a dossier), read on first use and kept as long as the object lives. */
export function perObject<O extends object, V>(read: (owner: O) => V): (owner: O) => V {
  const values = new WeakMap<O, V>();
  return (owner) => {
    let value = values.get(owner);
    if (value === undefined) values.set(owner, (value = read(owner)));
    return value;
  };
}
