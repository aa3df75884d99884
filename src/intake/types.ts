/**
 * News intake: the shared shapes. Feeds are polled; their items are kept when they concern the
 * dispute; items that tell the same story become one candidate with several sources; a curator
 * approves a candidate into an event record, or rejects it.
 */
import type { OutletType } from '../dossier/outlets.js';

// One list of outlet types for feeds and the event set's outlet registry (data/kuril/outlets.yaml).
export { OUTLET_TYPES, type OutletType } from '../dossier/outlets.js';

export const FEED_LANGUAGES = ['en', 'ja', 'ru'] as const;
export type FeedLanguage = (typeof FEED_LANGUAGES)[number];


/** One feed of data/feeds.yaml (or FEEDS_FILE). */
export interface Feed {
  /** Unique, lower case, e.g. "kremlin-en". */
  readonly id: string;
  /** The outlet's name as shown in replies. */
  readonly name: string;
  readonly url: string;
  readonly language: FeedLanguage;
  readonly type: OutletType;
}

/** One item of a feed, normalised from RSS 2.0, Atom or RDF. Text is plain (no markup). */
export interface FeedItem {
  readonly feedId: string;
  /** The outlet's name (the feed's `name`). */
  readonly outlet: string;
  readonly language: FeedLanguage;
  readonly outletType: OutletType;
  /** The item's link, absolute http(s). */
  readonly url: string;
  readonly title: string;
  /** The feed's own description of the item, if any (shown quoted and attributed, never as ours). */
  readonly summary?: string;
  /** When the item was published, ISO 8601 instant; undefined when the feed gives no date. */
  readonly published?: string;
}

/** What a dossier-aware reading of an item found. */
export interface Detection {
  /** Island ids named (by any alias, in any language). */
  readonly islands: readonly string[];
  /** Actor ids named. */
  readonly actors: readonly string[];
  /** Whether the dispute itself is named (Northern Territories, 北方領土, Южные Курилы, peace treaty …). */
  readonly dispute: boolean;
  /**
   * Whether the item is a natural-hazard report (earthquake, tsunami, eruption, storm) that names the
   * islands only as the place where it happened: such items are not relevant (see relevance.ts).
   */
  readonly hazard?: boolean;
}
