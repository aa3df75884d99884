import type { Dossier } from '../dossier/dossier.js';
import { headlineActions } from './coding.js';
import { dice, shingles } from './similarity.js';
import type { Detection, FeedItem } from './types.js';

/**
 * Items that tell the same story, from several outlets and languages, become one cluster.
 *
 * Two items are linked when both are dated within CLUSTER_WINDOW_HOURS of each other, nothing sets
 * them apart (below), and either
 * - they are in the same language and their headlines are alike (similarity.ts: character trigrams
 *   for English and Russian, bigrams for Japanese; Dice ≥ TITLE_SIMILARITY), or
 * - in any language, they name the same island or the same specific actor: a person, ministry or
 *   military body, or one that is part of the other (Peskov and the Kremlin). Russia and Japan
 *   themselves are named by every item, so sharing only them links nothing.
 * Two items are set apart (never in one cluster) when both name islands and none in common, both name
 * specific actors and none in common, or both headlines carry an action word (coding.ts) and no kind
 * of action in common (drills and a visit to the same island on consecutive days are two stories).
 *
 * Links are taken strongest first (most alike headlines, then shared names) and join their items'
 * clusters unless the joined cluster would hold two items set apart. An item without a date is a
 * story of its own: there is no window to put it in. Items whose link is already in a cluster are
 * not added twice.
 *
 * Existing clusters (from earlier polls) are kept whole: new items may join one, but two existing
 * clusters are never merged; the result lists them first, in their order, then the new clusters.
 */

export const CLUSTER_WINDOW_HOURS = 48;
export const TITLE_SIMILARITY = 0.35;

export interface Cluster {
  /** Oldest first; items without a date last. */
  readonly items: readonly FeedItem[];
  /** The detection of each item, in the same order. */
  readonly detections: readonly Detection[];
  /** The item whose headline stands for the cluster (English preferred, the one most like the others). */
  readonly representative: FeedItem;
  /** Publication instants of the earliest and latest dated items. */
  readonly first?: string;
  readonly last?: string;
}

interface Entry {
  readonly item: FeedItem;
  readonly detection: Detection;
  readonly time?: number;
  readonly order: number;
  readonly shingles: ReadonlySet<string>;
  /** Kinds of action in the headline: CAMEO roots (two digits). */
  readonly kinds: ReadonlySet<string>;
  readonly specific: ReadonlySet<string>;
  /** Index of the existing cluster the item came from. */
  readonly existing?: number;
}

/** Specific actors are people, institutions and military bodies, not states or governments. */
const SPECIFIC_KINDS = new Set(['person', 'institution', 'military']);

export function clusterItems(
  dossier: Dossier,
  items: readonly FeedItem[],
  detections: readonly Detection[],
  existing: readonly Cluster[] = [],
): Cluster[] {
  if (items.length !== detections.length) throw new Error('clusterItems: one detection per item');
  const ancestry = specificAncestry(dossier);
  const entries: Entry[] = [];
  const seen = new Set<string>();
  const push = (item: FeedItem, detection: Detection, existingIndex?: number) => {
    if (seen.has(item.url)) return;
    seen.add(item.url);
    const time = item.published === undefined ? undefined : Date.parse(item.published);
    entries.push({
      item,
      detection,
      time: time === undefined || Number.isNaN(time) ? undefined : time,
      order: entries.length,
      shingles: shingles(item.title),
      kinds: new Set(headlineActions(item.title).map((a) => a.cameo.slice(0, 2))),
      specific: new Set(detection.actors.filter((id) => ancestry.has(id))),
      existing: existingIndex,
    });
  };
  existing.forEach((cluster, index) => cluster.items.forEach((item, i) => push(item, cluster.detections[i]!, index)));
  items.forEach((item, i) => push(item, detections[i]!));

  const apart = (a: Entry, b: Entry) =>
    (a.detection.islands.length > 0 && b.detection.islands.length > 0 && !a.detection.islands.some((id) => b.detection.islands.includes(id))) ||
    (a.specific.size > 0 && b.specific.size > 0 && !sharesActor(a.specific, b.specific, ancestry)) ||
    (a.kinds.size > 0 && b.kinds.size > 0 && ![...a.kinds].some((k) => b.kinds.has(k)));

  const strength = (a: Entry, b: Entry): number => {
    if (a.time === undefined || b.time === undefined) return 0;
    if (Math.abs(a.time - b.time) > CLUSTER_WINDOW_HOURS * 3_600_000 || apart(a, b)) return 0;
    const alike = a.item.language === b.item.language ? dice(a.shingles, b.shingles) : 0;
    const named = a.detection.islands.some((id) => b.detection.islands.includes(id)) || sharesActor(a.specific, b.specific, ancestry);
    return Math.max(alike >= TITLE_SIMILARITY ? alike : 0, named ? TITLE_SIMILARITY : 0);
  };

  // Union-find over entries; each root keeps its members and the existing cluster it holds, if any.
  const parent = entries.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const members = new Map(entries.map((e, i) => [i, [e]]));
  const held = new Map<number, number>();
  const merge = (ri: number, rj: number) => {
    parent[rj] = ri;
    members.set(ri, [...members.get(ri)!, ...members.get(rj)!]);
    members.delete(rj);
    const existingIndex = held.get(rj);
    if (existingIndex !== undefined) held.set(ri, existingIndex), held.delete(rj);
  };
  const firstOfExisting = new Map<number, number>();
  entries.forEach((e, i) => {
    if (e.existing === undefined) return;
    const first = firstOfExisting.get(e.existing);
    if (first === undefined) firstOfExisting.set(e.existing, i), held.set(i, e.existing);
    else merge(find(first), i);
  });
  const join = (i: number, j: number) => {
    const [ri, rj] = [find(i), find(j)];
    if (ri === rj || (held.has(ri) && held.has(rj))) return;
    const [mi, mj] = [members.get(ri)!, members.get(rj)!];
    if (mi.some((a) => mj.some((b) => apart(a, b)))) return;
    merge(ri, rj);
  };

  const links: { i: number; j: number; s: number }[] = [];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const s = strength(entries[i]!, entries[j]!);
      if (s > 0) links.push({ i, j, s });
    }
  }
  links.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
  for (const { i, j } of links) join(i, j);

  const groups = [...members.entries()].map(([r, group]) => ({ existing: held.get(r), group: sortEntries(group) }));
  groups.sort((x, y) =>
    x.existing !== undefined || y.existing !== undefined
      ? (x.existing ?? Infinity) - (y.existing ?? Infinity)
      : (x.group[0]!.time ?? Infinity) - (y.group[0]!.time ?? Infinity) || x.group[0]!.order - y.group[0]!.order,
  );
  return groups.map(({ group }) => toCluster(group));
}

function sortEntries(group: readonly Entry[]): Entry[] {
  return [...group].sort((a, b) => (a.time ?? Infinity) - (b.time ?? Infinity) || a.order - b.order);
}

function toCluster(group: readonly Entry[]): Cluster {
  const dated = group.filter((e) => e.time !== undefined);
  return {
    items: group.map((e) => e.item),
    detections: group.map((e) => e.detection),
    representative: representative(group).item,
    first: dated[0]?.item.published,
    last: dated.at(-1)?.item.published,
  };
}

/** An English item if there is one (replies are in English), the one most like the others, the earliest on a tie. */
function representative(group: readonly Entry[]): Entry {
  const english = group.filter((e) => e.item.language === 'en');
  const pool = english.length > 0 ? english : group;
  const centrality = (e: Entry) => pool.reduce((sum, other) => (other === e ? sum : sum + dice(e.shingles, other.shingles)), 0);
  return pool.reduce((best, e) => (centrality(e) > centrality(best) ? e : best));
}

/** For each specific actor, itself and the specific actors it is part of (Peskov → Kremlin). */
function specificAncestry(dossier: Dossier): Map<string, Set<string>> {
  const ancestry = new Map<string, Set<string>>();
  for (const actor of dossier.actors) {
    if (!SPECIFIC_KINDS.has(actor.kind)) continue;
    const line = new Set<string>();
    for (let a = dossier.actorsById.get(actor.id); a && !line.has(a.id); a = a.partOf ? dossier.actorsById.get(a.partOf) : undefined) {
      if (SPECIFIC_KINDS.has(a.kind)) line.add(a.id);
    }
    ancestry.set(actor.id, line);
  }
  return ancestry;
}

function sharesActor(a: ReadonlySet<string>, b: ReadonlySet<string>, ancestry: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  for (const x of a) for (const y of b) if (ancestry.get(x)?.has(y) || ancestry.get(y)?.has(x)) return true;
  return false;
}
