import type {
  ActorRecord,
  CalendarEntry,
  DocumentRecord,
  DossierFile,
  EventRecord,
  GroundedText,
  IslandRecord,
} from './schema.js';

/** A source as the briefings cite it: a link, or a described document without one (the seed article). */
export interface SourceLink {
  readonly outlet: string;
  readonly url?: string;
  readonly published?: string;
  readonly title?: string;
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
  readonly positions: DossierFile['positions'];
  readonly watch: readonly ResolvedWatchItem[];
  readonly group: DossierFile['group'];
  readonly documents: readonly DocumentRecord[];
  readonly actors: readonly ActorRecord[];
  readonly islands: readonly IslandRecord[];
  /** Oldest first (by start date, then end date, then id). */
  readonly events: readonly KurilEvent[];
  readonly eventsById: ReadonlyMap<string, KurilEvent>;
  readonly actorsById: ReadonlyMap<string, ActorRecord>;
  readonly islandsById: ReadonlyMap<string, IslandRecord>;
}
