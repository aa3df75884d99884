import type { Dossier } from '../dossier/dossier.js';
import type { ActorRecord } from '../dossier/schema.js';
import { headlineActions } from './coding.js';
import { dice, shingles } from './similarity.js';
import type { Detection, FeedItem } from './types.js';

/**
 * Whether two items tell the same story: the pairwise rule cluster.ts groups items by.
 *
 * Two items are linked when both are dated within CLUSTER_WINDOW_HOURS of each other, they are not
 * set apart (below), and one of these holds:
 * - same language and alike headlines (similarity.ts, Dice ≥ TITLE_SIMILARITY), unless both headlines
 *   carry an action word and not the same one: "Kishida calls Russia's exit from the talks
 *   unacceptable" and "Russia exits the talks" share most words but are a reaction and its cause;
 * - in any language, they name the same island, or the same specific actor (a person, ministry or
 *   military body, or one that is part of the other: Peskov and the Kremlin). Russia and Japan are
 *   named by nearly every item, so sharing only them links nothing;
 * - in any language, both name the disputed area (an island, the group, the chain, or the dispute
 *   with both parties) and their headlines lead with the same kind of action (drills and 演習 and
 *   учения; a halt to the talks in three languages).
 * The action of a headline is the first action word coding.ts finds in it, as a CAMEO root.
 *
 * Set apart (never in one cluster, whatever else links them): both name islands and none in common,
 * or both headlines carry action words and no kind of action in common (drills and a visit on the
 * same island on consecutive days are two stories).
 *
 * The strength orders the links (cluster.ts takes the strongest first): headline similarity when it
 * counts, plus 0.2 for the same leading action and 0.1 for each of: a shared island, a shared
 * specific actor, both naming the area.
 */

export const CLUSTER_WINDOW_HOURS = 48;
export const TITLE_SIMILARITY = 0.35;
const WINDOW_MS = CLUSTER_WINDOW_HOURS * 3_600_000;

/** What the rule compares, computed once per item. */
export interface StoryFeatures {
  readonly item: FeedItem;
  readonly detection: Detection;
  /** Publication time (ms), undefined when the item has no valid date. */
  readonly time?: number;
  readonly shingles: ReadonlySet<string>;
  /** Kinds of action in the headline, as CAMEO roots ("15" for drills). */
  readonly kinds: ReadonlySet<string>;
  /** The headline's leading action: its first kind in coding.ts's priority order. */
  readonly action?: string;
  /** The specific actors named. */
  readonly specific: readonly string[];
}

export interface StoryLinker {
  readonly features: (item: FeedItem, detection: Detection) => StoryFeatures;
  /** True when the two items may never share a cluster. */
  readonly apart: (a: StoryFeatures, b: StoryFeatures) => boolean;
  /** 0 when not linked, else how strongly. */
  readonly strength: (a: StoryFeatures, b: StoryFeatures) => number;
}

/** Specific actors are people, institutions and military bodies, not states or governments. */
const SPECIFIC_KINDS = new Set(['person', 'institution', 'military']);

export function createStoryLinker(dossier: Dossier): StoryLinker {
  const ancestry = specificAncestry(dossier);
  const sharesActor = (a: StoryFeatures, b: StoryFeatures) =>
    a.specific.some((x) => b.specific.some((y) => ancestry.get(x)?.has(y) || ancestry.get(y)?.has(x)));

  const apart = (a: StoryFeatures, b: StoryFeatures) =>
    (a.detection.islands.length > 0 && b.detection.islands.length > 0 && !sharesIsland(a, b)) ||
    (a.kinds.size > 0 && b.kinds.size > 0 && ![...a.kinds].some((k) => b.kinds.has(k)));

  return {
    features: (item, detection) => {
      const kinds = headlineActions(item.title).map((a) => a.cameo.slice(0, 2));
      const time = item.published === undefined ? Number.NaN : Date.parse(item.published);
      return {
        item,
        detection,
        ...(Number.isNaN(time) ? {} : { time }),
        shingles: shingles(item.title),
        kinds: new Set(kinds),
        ...(kinds[0] ? { action: kinds[0] } : {}),
        specific: detection.actors.filter((id) => ancestry.has(id)),
      };
    },
    apart,
    strength: (a, b) => {
      if (a.time === undefined || b.time === undefined || Math.abs(a.time - b.time) > WINDOW_MS || apart(a, b)) return 0;
      const alike = a.item.language === b.item.language ? dice(a.shingles, b.shingles) : 0;
      const sameAction = a.action !== undefined && a.action === b.action;
      const byHeadline = alike >= TITLE_SIMILARITY && (sameAction || a.action === undefined || b.action === undefined);
      const island = sharesIsland(a, b);
      const actor = sharesActor(a, b);
      const area = namesArea(a) && namesArea(b);
      if (!byHeadline && !island && !actor && !(area && sameAction)) return 0;
      return (byHeadline ? alike : 0) + 0.2 * Number(sameAction) + 0.1 * (Number(island) + Number(actor) + Number(area));
    },
  };
}

function sharesIsland(a: StoryFeatures, b: StoryFeatures): boolean {
  return a.detection.islands.some((id) => b.detection.islands.includes(id));
}

function namesArea(e: StoryFeatures): boolean {
  return e.detection.dispute || e.detection.islands.length > 0;
}

/** For each specific actor, itself and the specific actors it is part of (Peskov → Kremlin). */
function specificAncestry(dossier: Dossier): Map<string, Set<string>> {
  const ancestry = new Map<string, Set<string>>();
  for (const actor of dossier.actors) {
    if (!SPECIFIC_KINDS.has(actor.kind)) continue;
    const line = new Set<string>();
    const visited = new Set<string>();
    for (let a: ActorRecord | undefined = actor; a && !visited.has(a.id); a = a.partOf ? dossier.actorsById.get(a.partOf) : undefined) {
      visited.add(a.id);
      if (SPECIFIC_KINDS.has(a.kind)) line.add(a.id);
    }
    ancestry.set(actor.id, line);
  }
  return ancestry;
}
