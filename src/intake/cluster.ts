import type { Dossier } from '../dossier/dossier.js';
import { CLUSTER_WINDOW_HOURS, createStoryLinker, type StoryFeatures } from './story-link.js';
import { dice } from './similarity.js';
import type { Detection, FeedItem } from './types.js';

/**
 * Items that tell the same story, from several outlets and languages, become one cluster.
 *
 * Pairs of items are linked by the rule in story-link.ts: dated within 48 hours, and alike headlines
 * in one language, or the same island or specific actor in any language, or the disputed area with
 * the same kind of action; never two items set apart (different islands, different kinds of action).
 * The links are taken strongest first, and each joins its two items' clusters unless the joined
 * cluster would hold two items set apart, so a chain of weak links cannot glue two stories together.
 * An item without a date is a story of its own (there is no window to put it in). An item whose link
 * is already in a cluster is not added again.
 *
 * Existing clusters (from earlier polls) are kept whole: new items may join one, but two existing
 * clusters are never merged. The result lists them first, in their order (grown by any new items),
 * then the new clusters, oldest first.
 */

export interface Cluster {
  /** Oldest first; items without a date last. */
  readonly items: readonly FeedItem[];
  /** The detection of each item, in the same order. */
  readonly detections: readonly Detection[];
  /** The item whose headline stands for the cluster: English if any (replies are in English), the one most like the others. */
  readonly representative: FeedItem;
  /** Publication instants of the earliest and latest dated items. */
  readonly first?: string;
  readonly last?: string;
}

interface Entry extends StoryFeatures {
  readonly order: number;
  /** Index of the existing cluster the item came from. */
  readonly existing?: number;
}

export function clusterItems(
  dossier: Dossier,
  items: readonly FeedItem[],
  detections: readonly Detection[],
  existing: readonly Cluster[] = [],
): Cluster[] {
  if (items.length !== detections.length) throw new Error('clusterItems: one detection per item');
  const linker = createStoryLinker(dossier);
  const entries: Entry[] = [];
  const seen = new Set<string>();
  const add = (item: FeedItem, detection: Detection, existingIndex?: number) => {
    if (seen.has(item.url)) return;
    seen.add(item.url);
    const order = entries.length;
    entries.push({ ...linker.features(item, detection), order, ...(existingIndex === undefined ? {} : { existing: existingIndex }) });
  };
  existing.forEach((cluster, index) => cluster.items.forEach((item, i) => add(item, cluster.detections[i]!, index)));
  items.forEach((item, i) => add(item, detections[i]!));

  const groups = new Groups(entries, linker.apart);
  for (const { a, b } of links(entries, linker.strength)) groups.join(a, b);
  return groups.list().map(toCluster);
}

/** Every linked pair, strongest first; only pairs within the window are compared. */
function links(entries: readonly Entry[], strength: (a: Entry, b: Entry) => number): { a: Entry; b: Entry }[] {
  const dated = entries.filter((e) => e.time !== undefined).sort((a, b) => a.time! - b.time! || a.order - b.order);
  const found: { a: Entry; b: Entry; s: number }[] = [];
  const window = CLUSTER_WINDOW_HOURS * 3_600_000;
  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length && dated[j]!.time! - dated[i]!.time! <= window; j++) {
      const s = strength(dated[i]!, dated[j]!);
      if (s > 0) found.push({ a: dated[i]!, b: dated[j]!, s });
    }
  }
  return found.sort((x, y) => y.s - x.s || x.a.order - y.a.order || x.b.order - y.b.order);
}

/** The clusters being built: each entry's group, which existing cluster a group holds, if any. */
class Groups {
  private readonly groupOf = new Map<Entry, Entry[]>();

  constructor(
    entries: readonly Entry[],
    private readonly apart: (a: Entry, b: Entry) => boolean,
  ) {
    // An existing cluster starts whole, even if it would not be built that way today.
    const byExisting = new Map<number, Entry[]>();
    for (const e of entries) {
      let group = [e];
      if (e.existing !== undefined) {
        group = byExisting.get(e.existing) ?? [];
        group.push(e);
        byExisting.set(e.existing, group);
      }
      this.groupOf.set(e, group);
    }
  }

  join(a: Entry, b: Entry): void {
    const [ga, gb] = [this.groupOf.get(a)!, this.groupOf.get(b)!];
    if (ga === gb) return;
    if (existingOf(ga) !== undefined && existingOf(gb) !== undefined) return;
    if (ga.some((x) => gb.some((y) => this.apart(x, y)))) return;
    const joined = [...ga, ...gb];
    for (const e of joined) this.groupOf.set(e, joined);
  }

  /** Existing clusters first, in their order, then new ones by their earliest item. */
  list(): Entry[][] {
    const groups = [...new Set(this.groupOf.values())].map(sortEntries);
    const key = (g: Entry[]) => [existingOf(g) ?? Infinity, g[0]!.time ?? Infinity, g[0]!.order] as const;
    return groups.sort((x, y) => {
      const [kx, ky] = [key(x), key(y)];
      return kx[0] - ky[0] || kx[1] - ky[1] || kx[2] - ky[2];
    });
  }
}

function existingOf(group: readonly Entry[]): number | undefined {
  return group.find((e) => e.existing !== undefined)?.existing;
}

function sortEntries(group: readonly Entry[]): Entry[] {
  return [...group].sort((a, b) => (a.time ?? Infinity) - (b.time ?? Infinity) || a.order - b.order);
}

function toCluster(group: readonly Entry[]): Cluster {
  const dated = group.filter((e) => e.time !== undefined);
  const first = dated[0]?.item.published;
  const last = dated.at(-1)?.item.published;
  return {
    items: group.map((e) => e.item),
    detections: group.map((e) => e.detection),
    representative: representative(group).item,
    ...(first ? { first } : {}),
    ...(last ? { last } : {}),
  };
}

/** An English item if there is one, the one whose headline is most like the others', the earliest on a tie. */
function representative(group: readonly Entry[]): Entry {
  const english = group.filter((e) => e.item.language === 'en');
  const pool = english.length > 0 ? english : group;
  const centrality = (e: Entry) => pool.reduce((sum, other) => (other === e ? sum : sum + dice(e.shingles, other.shingles)), 0);
  return pool.reduce((best, e) => (centrality(e) > centrality(best) ? e : best));
}
