import type { OutletRegistry } from './outlets.js';
import type { ActorRecord, CalendarEntry, DocumentRecord, DossierFile, EventRecord, GroundedText, IslandRecord } from './schema.js';

/** A source as the briefings cite it: a link, or a described document without one (an unattributed report). */
export interface SourceLink {
  readonly outlet: string;
  readonly url?: string;
  readonly published?: string;
  readonly title?: string;
  /** What kind of outlet this is, from the outlet registry: "Russian state media". */
  readonly about?: string;
  /** Set when the source is a document described in the dossier (it then has no url). */
  readonly document?: string;
}

export interface ResolvedQuote {
  readonly by: string;
  readonly speaker: string;
  readonly role: string;
  readonly text: string;
  readonly source: SourceLink;
}

/** An event record with its sources and quotes resolved, and the file it came from. */
export interface KurilEvent extends Omit<EventRecord, 'sources' | 'quotes'> {
  readonly sources: readonly SourceLink[];
  readonly quotes: readonly ResolvedQuote[];
  readonly file: string;
}

export interface ResolvedWatchItem {
  readonly text: string;
  readonly source: SourceLink;
  readonly basis: readonly string[];
  /** When it happens, for calendars; most watch items have no date. */
  readonly calendar?: CalendarEntry;
}

/** The whole curated data set, validated and immutable. Everything a briefing says comes from here. */
export interface Dossier {
  readonly title: string;
  readonly status: GroundedText;
  readonly background: readonly GroundedText[];
  /** Each side's position, with that side's own statement of it among its sources. */
  readonly positions: { readonly japan: ResolvedPosition; readonly russia: ResolvedPosition };
  readonly watch: readonly ResolvedWatchItem[];
  readonly group: DossierFile['group'];
  /** Names of the whole Kuril chain, when the data gives them. */
  readonly chain?: DossierFile['chain'];
  readonly documents: readonly DocumentRecord[];
  readonly actors: readonly ActorRecord[];
  readonly islands: readonly IslandRecord[];
  /** Oldest first (by start date, then end date, then id). */
  readonly events: readonly KurilEvent[];
  readonly eventsById: ReadonlyMap<string, KurilEvent>;
  readonly actorsById: ReadonlyMap<string, ActorRecord>;
  readonly islandsById: ReadonlyMap<string, IslandRecord>;
  /** The outlets sources cite, with their type, country and tie to a state. */
  readonly outlets: OutletRegistry;
}

export interface ResolvedPosition extends GroundedText {
  readonly sources: readonly SourceLink[];
}
