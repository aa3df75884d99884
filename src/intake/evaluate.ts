import { z } from 'zod';
import type { Dossier } from '../dossier/dossier.js';
import { parseYaml } from '../dossier/parse-yaml.js';
import { clusterItems } from './cluster.js';
import { createMatcher, isRelevant } from './relevance.js';
import { FEED_LANGUAGES, OUTLET_TYPES, type Detection, type FeedItem } from './types.js';

/**
 * The intake evaluation: labelled feed items (test/eval/intake-items.yaml, intake-holdout.yaml),
 * scored for relevance (precision and recall of isRelevant against the `relevant` labels) and for
 * clustering (pairwise: of the pairs of relevant items in one cluster, how many tell one story, and
 * of the pairs telling one story, how many are in one cluster). The clustering is scored on the items
 * labelled relevant, so a relevance miss does not count twice. Shared by `npm run eval:intake` and
 * the vitest test.
 */

const evalItem = z
  .strictObject({
    id: z.string().min(1),
    feed: z.string().min(1),
    published: z.string().refine((t) => !Number.isNaN(Date.parse(t)), 'must be an ISO date-time').optional(),
    title: z.string().min(1),
    summary: z.string().min(1).optional(),
    relevant: z.boolean(),
    story: z.string().min(1).optional(),
    note: z.string().optional(),
  })
  .refine((item) => item.relevant === (item.story !== undefined), 'a relevant item needs a story, an irrelevant one has none');

export const intakeEvalFile = z
  .strictObject({
    feeds: z.record(z.string(), z.strictObject({ name: z.string().min(1), language: z.enum(FEED_LANGUAGES), type: z.enum(OUTLET_TYPES) })),
    items: z.array(evalItem).min(1),
  })
  .refine((file) => file.items.every((item) => item.feed in file.feeds), 'every item names a feed of `feeds`')
  .refine((file) => new Set(file.items.map((i) => i.id)).size === file.items.length, 'item ids are unique');

export interface LabelledItem {
  readonly id: string;
  readonly item: FeedItem;
  readonly relevant: boolean;
  readonly story?: string;
}

/** Parses the YAML text of an intake evaluation set into feed items with their labels. */
export function parseIntakeEvalSet(yamlText: string): LabelledItem[] {
  const file = intakeEvalFile.parse(parseYaml(yamlText));
  return file.items.map((entry) => {
    const feed = file.feeds[entry.feed]!;
    const item: FeedItem = {
      feedId: entry.feed,
      outlet: feed.name,
      language: feed.language,
      outletType: feed.type,
      url: `https://${entry.feed}.example/${entry.id}`,
      title: entry.title,
      ...(entry.summary ? { summary: entry.summary } : {}),
      ...(entry.published ? { published: entry.published } : {}),
    };
    return { id: entry.id, item, relevant: entry.relevant, ...(entry.story ? { story: entry.story } : {}) };
  });
}

export interface Miss {
  readonly id: string;
  readonly title: string;
  readonly detection: Detection;
}

export interface PairMiss {
  readonly a: string;
  readonly b: string;
}

export interface IntakeReport {
  readonly relevance: {
    readonly precision: number;
    readonly recall: number;
    /** Kept although labelled irrelevant. */
    readonly falsePositives: readonly Miss[];
    /** Dropped although labelled relevant. */
    readonly falseNegatives: readonly Miss[];
  };
  readonly clustering: {
    readonly precision: number;
    readonly recall: number;
    readonly clusters: number;
    readonly stories: number;
    /** Pairs in one cluster that tell different stories. */
    readonly merged: readonly PairMiss[];
    /** Pairs telling one story that ended up in different clusters. */
    readonly split: readonly PairMiss[];
  };
}

export function evaluateIntake(dossier: Dossier, labelled: readonly LabelledItem[]): IntakeReport {
  const matcher = createMatcher(dossier);
  const detections = labelled.map((l) => matcher.detect(l.item));
  const miss = (l: LabelledItem, i: number): Miss => ({ id: l.id, title: l.item.title, detection: detections[i]! });
  const kept = labelled.map((_, i) => isRelevant(detections[i]!));
  const falsePositives = labelled.flatMap((l, i) => (kept[i] && !l.relevant ? [miss(l, i)] : []));
  const falseNegatives = labelled.flatMap((l, i) => (!kept[i] && l.relevant ? [miss(l, i)] : []));
  const truePositives = labelled.filter((l, i) => kept[i] && l.relevant).length;

  const relevantIndexes = labelled.flatMap((l, i) => (l.relevant ? [i] : []));
  const clusters = clusterItems(
    dossier,
    relevantIndexes.map((i) => labelled[i]!.item),
    relevantIndexes.map((i) => detections[i]!),
  );
  const clusterOf = new Map(clusters.flatMap((c, n) => c.items.map((item) => [item.url, n] as const)));
  const merged: PairMiss[] = [];
  const split: PairMiss[] = [];
  let together = 0;
  let sameStory = 0;
  let both = 0;
  for (let x = 0; x < relevantIndexes.length; x++) {
    for (let y = x + 1; y < relevantIndexes.length; y++) {
      const a = labelled[relevantIndexes[x]!]!;
      const b = labelled[relevantIndexes[y]!]!;
      const inCluster = clusterOf.get(a.item.url) === clusterOf.get(b.item.url);
      const inStory = a.story === b.story;
      if (inCluster) together++;
      if (inStory) sameStory++;
      if (inCluster && inStory) both++;
      if (inCluster && !inStory) merged.push({ a: a.id, b: b.id });
      if (inStory && !inCluster) split.push({ a: a.id, b: b.id });
    }
  }

  return {
    relevance: {
      precision: ratio(truePositives, truePositives + falsePositives.length),
      recall: ratio(truePositives, truePositives + falseNegatives.length),
      falsePositives,
      falseNegatives,
    },
    clustering: {
      precision: ratio(both, together),
      recall: ratio(both, sameStory),
      clusters: clusters.length,
      stories: new Set(relevantIndexes.map((i) => labelled[i]!.story)).size,
      merged,
      split,
    },
  };
}

/** 1 when there is nothing to get wrong (no pairs, no positives). */
function ratio(hits: number, total: number): number {
  return total === 0 ? 1 : hits / total;
}
