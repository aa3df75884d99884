import { z } from 'zod';
import { parsePartialDate, type PartialDate } from './dates.js';

/**
 * The shape of the curated data files (data/kuril/*.yaml). These schemas check each record on its
 * own; cross-references (known actors, islands, codes, event ids; unique ids) are checked by
 * validate.ts, which sees the whole dossier.
 */

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "russia-mfa" (letters, digits, hyphens)');

export const partialDate = z.string().transform((text, ctx): PartialDate => {
  const parsed = parsePartialDate(text);
  if (!parsed) {
    ctx.addIssue({
      code: 'custom',
      message: `"${text}" is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or a range YYYY-MM-DD/YYYY-MM-DD (oldest first)`,
    });
    return z.NEVER;
  }
  return parsed;
});

export const calendarDay = z.string().refine((text) => parsePartialDate(text)?.precision === 'day', {
  message: 'must be a calendar day, YYYY-MM-DD',
});

const httpsUrl = z
  .string()
  .refine((text) => {
    try {
      return new URL(text).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an https:// URL');

/** A published source: outlet and link. */
export const linkSource = z.strictObject({
  outlet: z.string().min(1),
  url: httpsUrl,
  published: calendarDay.optional(),
  title: z.string().min(1).optional(),
});

/** A document described in the dossier (e.g. the seed article) that has no public link. */
export const documentSource = z.strictObject({ document: slug });

export const source = z.union([linkSource, documentSource], {
  error: 'a source needs "outlet" and an https "url" (optionally "published", "title"), or "document: <id>"',
});

export const verification = z.enum(['verified', 'single-source', 'unverified']);

export const eventKind = z.enum(['treaty', 'talks', 'sanctions', 'military', 'statement', 'visit', 'law', 'protest']);

/** Counts sentences by full stops, question or exclamation marks followed by a capital or the end. */
export function countSentences(text: string): number {
  return (text.trim().match(/[.!?]["”’')]*(?=\s+["“‘(]?[A-Z0-9]|\s*$)/g) ?? []).length || 1;
}

export const quote = z.strictObject({
  by: slug.describe('actor id of the speaker'),
  role: z.string().min(1).describe('the speaker’s role when speaking'),
  text: z.string().min(1).max(600),
  /** Index into the event's sources (0-based), default the first. */
  source: z.number().int().min(0).default(0),
});

/**
 * The version of the event record's shape, carried by exports (`/kuril export format:json`) so a
 * reader can tell what it holds. Raise it when a field is removed, renamed or changes meaning.
 */
export const EVENT_SCHEMA_VERSION = 1;

export const eventRecord = z.strictObject({
  id: slug,
  date: partialDate,
  kind: eventKind,
  title: z.string().min(3).max(150),
  summary: z
    .string()
    .min(10)
    .max(450)
    .refine((text) => countSentences(text) <= 2, 'must be at most two sentences'),
  actors: z.array(slug).min(1, 'name at least one actor'),
  islands: z.array(slug).default([]),
  coding: z.strictObject({
    cameo: z.string().regex(/^\d{3}$/, 'must be a three-digit CAMEO code such as "164"'),
    goldstein: z.number().min(-10, 'Goldstein scores run from -10 to 10').max(10, 'Goldstein scores run from -10 to 10'),
    plover: z.string().min(1),
  }),
  quotes: z.array(quote).default([]),
  sources: z.array(source).min(1, 'every event needs at least one source'),
  verification,
  /**
   * The day the record entered the event set, when that is after the event itself (a late report, a
   * curator catching up). Daily digests report the record on that day, so it is not missed by
   * channels whose digests had already covered the event's date.
   */
  recorded: calendarDay.optional(),
  /** Corrections and caveats, e.g. where the seed article is wrong. */
  note: z.string().min(1).optional(),
});

export const eventFile = z.array(eventRecord);

/** A statement in the dossier (background, status, positions): it must rest on event records. */
export const groundedText = z.strictObject({
  text: z.string().min(1),
  basis: z.array(slug).min(1, 'name the event ids this statement rests on'),
});

/**
 * A watch item's date, for calendars (`/kuril export format:ics`): `date` is the day it happens, or
 * with `yearly: true` the first time it happened, repeating every year on that day. `id` keeps the
 * calendar entry the same entry when the text is reworded.
 */
export const calendarEntry = z
  .strictObject({
    id: slug,
    title: z.string().min(3).max(100),
    date: calendarDay,
    yearly: z.boolean().default(false),
  })
  .refine((entry) => !(entry.yearly && entry.date.endsWith('-02-29')), { message: 'a yearly date cannot be 29 February', path: ['date'] });
/** A side's position: it rests on events, and may also cite that side's own statement of it (its foreign ministry's page). */
export const position = groundedText.extend({ sources: z.array(source).default([]) });

export const watchItem = z.strictObject({
  text: z.string().min(1),
  source: source,
  basis: z.array(slug).default([]),
  calendar: calendarEntry.optional(),
});

export const actorRecord = z.strictObject({
  id: slug,
  name: z.string().min(1),
  kind: z.enum(['state', 'government', 'institution', 'military', 'person', 'media', 'alliance']),
  role: z.string().min(1),
  country: slug.optional(),
  /** The larger actor this one belongs to, so "russia" also finds the Russian MFA. */
  partOf: slug.optional(),
  aliases: z.array(z.string().min(1)).default([]),
  verification: verification.default('verified'),
  note: z.string().optional(),
});

export const islandRecord = z.strictObject({
  id: slug,
  names: z.strictObject({ en: z.string(), ja: z.string(), ru: z.string() }),
  aliases: z.array(z.string().min(1)).default([]),
  /** One of the four islands (groups) Japan claims. */
  disputed: z.boolean(),
  note: z.string().optional(),
});

/** A source without a public link, cited as {document: id}: `outlet` is how replies name it. */
export const documentRecord = z.strictObject({
  id: slug,
  outlet: z.string().min(1),
  /** What the document is about, in our words (not its headline, which may be unknown). */
  description: z.string().min(1),
  note: z.string().min(1),
});

export const dossierFile = z.strictObject({
  title: z.string().min(1),
  status: groundedText,
  background: z.array(groundedText).min(1),
  positions: z.strictObject({ japan: position, russia: position }),
  watch: z.array(watchItem).default([]),
  group: z.strictObject({
    names: z.strictObject({ en: z.string(), ja: z.string(), ru: z.string() }),
    aliases: z.array(z.string().min(1)).min(1),
  }),
  /** The whole Kuril chain, kept apart from the four islands' group (Japan counts them out of it). */
  chain: z
    .strictObject({
      names: z.strictObject({ en: z.string(), ja: z.string(), ru: z.string() }),
      aliases: z.array(z.string().min(1)).default([]),
    })
    .optional(),
  documents: z.array(documentRecord).default([]),
});

export const actorsFile = z.array(actorRecord);
export const islandsFile = z.array(islandRecord);

export type EventRecord = z.output<typeof eventRecord>;
export type EventKind = z.output<typeof eventKind>;
export type Verification = z.output<typeof verification>;
export type Quote = z.output<typeof quote>;
export type SourceRef = z.output<typeof source>;
export type ActorRecord = z.output<typeof actorRecord>;
export type IslandRecord = z.output<typeof islandRecord>;
export type DocumentRecord = z.output<typeof documentRecord>;
export type GroundedText = z.output<typeof groundedText>;
export type Position = z.output<typeof position>;
export type WatchItem = z.output<typeof watchItem>;
export type CalendarEntry = z.output<typeof calendarEntry>;
export type DossierFile = z.output<typeof dossierFile>;
