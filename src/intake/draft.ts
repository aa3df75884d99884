import type { Cluster } from './cluster.js';
import { suggestCoding, type SuggestedCoding } from './coding.js';
import type { FeedLanguage } from './types.js';

/**
 * A candidate's draft from a cluster: what a curator sees before approving a story into an event
 * record.
 *
 * - date: the publication day (UTC, YYYY-MM-DD) of the earliest dated item, the first report; when
 *   no item is dated, the day the items were seen (`seen`, the clock passed in).
 * - title: the representative item's headline, in the source's own words (cluster.ts picks it).
 * - outlets and links: every item, oldest first; an outlet is listed once.
 * - islands and actors: every one any item names, in the order the items name them.
 * - coding: a suggested CAMEO code with its Goldstein score and the reason. Each headline votes for
 *   the first action word it carries, in an order that puts the headline's own action before its
 *   object (a protest before the drills it protests); the most votes win, a tie goes to the first
 *   report; no action word gives 010, a plain statement. The rules are in coding.ts.
 */

export interface DraftLink {
  readonly outlet: string;
  readonly url: string;
  readonly title: string;
  readonly language: FeedLanguage;
  readonly published?: string;
}

export interface CandidateDraft {
  readonly date: string;
  readonly title: string;
  readonly outlets: readonly string[];
  readonly links: readonly DraftLink[];
  readonly islands: readonly string[];
  readonly actors: readonly string[];
  readonly coding: SuggestedCoding;
}

export function draftCandidate(cluster: Cluster, seen: Date): CandidateDraft {
  const first = cluster.items.find((item) => item.published !== undefined && !Number.isNaN(Date.parse(item.published)));
  const day = new Date(first?.published ?? seen).toISOString().slice(0, 10);
  const union = (pick: (d: Cluster['detections'][number]) => readonly string[]) => [...new Set(cluster.detections.flatMap(pick))];
  return {
    date: day,
    title: cluster.representative.title,
    outlets: [...new Set(cluster.items.map((item) => item.outlet))],
    links: cluster.items.map(({ outlet, url, title, language, published }) => ({ outlet, url, title, language, ...(published ? { published } : {}) })),
    islands: union((d) => d.islands),
    actors: union((d) => d.actors),
    coding: suggestCoding(cluster.items.map((item) => item.title)),
  };
}
