import { z } from 'zod';
import { FEED_LANGUAGES, OUTLET_TYPES } from './types.js';

/**
 * A candidate: one story, reported by one or more outlets, waiting for a curator. Its draft (date,
 * title, islands, actors, suggested code) is the machine's reading of the reports; what is published
 * is what the curator approves. Stored records are validated on every read.
 */

const isoInstant = z.iso.datetime({ offset: true });
const isoDay = z.iso.date();

/** One report of the story: the feed's own words, shown quoted and attributed, never as ours. */
export const reportSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  outlet: z.string().min(1).max(200),
  feedId: z.string().min(1).max(100),
  language: z.enum(FEED_LANGUAGES),
  /** Unknown for a link someone proposed (it comes from no configured feed). */
  outletType: z.enum(OUTLET_TYPES).optional(),
  title: z.string().min(1).max(500),
  summary: z.string().max(2_000).optional(),
  published: isoInstant.optional(),
});
export type Report = z.output<typeof reportSchema>;

export const candidateSchema = z.strictObject({
  v: z.literal(1),
  /** What people type: c1, c2, … */
  id: z.string().regex(/^c\d+$/),
  status: z.enum(['pending', 'approved', 'rejected']),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  /** The draft: the earliest report's day, the representative title, what was detected, the suggested code. */
  date: isoDay,
  title: z.string().min(1).max(500),
  reports: z.array(reportSchema).min(1).max(50),
  islands: z.array(z.string()).max(20),
  actors: z.array(z.string()).max(50),
  code: z.strictObject({ cameo: z.string().regex(/^\d{3}$/), reason: z.string().max(200) }),
  /** Who proposed the link, and their note, when it came from /kuril propose rather than a feed. */
  proposed: z.strictObject({ by: z.string().min(1).max(200), note: z.string().max(500).optional() }).optional(),
  /** Who decided, when, and what: the event published, or why it was rejected. */
  decision: z
    .strictObject({ by: z.string().min(1).max(200), at: isoInstant, eventId: z.string().optional(), reason: z.string().max(500).optional() })
    .optional(),
});
export type Candidate = z.output<typeof candidateSchema>;

/** A candidate before the store gives it an id. */
export type NewCandidate = Omit<Candidate, 'v' | 'id' | 'status' | 'createdAt' | 'updatedAt' | 'decision'>;
