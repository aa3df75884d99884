import { z } from 'zod';
import { slug } from './schema.js';

/**
 * The outlets the event set cites (data/kuril/outlets.yaml): what kind of outlet each is, where it is
 * based and how it stands towards a state, so a reader can weigh a source ("TASS (Russian state
 * media)") and the verification rule can tell independent outlets and official sources apart.
 */

/** One list of outlet types for the event set and the intake's feed list (data/feeds.yaml). */
export const OUTLET_TYPES = ['government', 'state-media', 'wire', 'newspaper', 'broadcaster', 'analysis', 'encyclopedia'] as const;
export type OutletType = (typeof OUTLET_TYPES)[number];

/** owned: owned or run by a state; aligned: privately held but follows a state's line; public: a public broadcaster not run by the state. */
export const STATE_TIES = ['owned', 'aligned', 'public', 'none'] as const;
export type StateTie = (typeof STATE_TIES)[number];

const country = z.strictObject({ name: z.string().min(1), adjective: z.string().min(1) });

export const outletRecord = z
  .strictObject({
    name: z.string().min(1),
    /** Other spellings sources use for the same outlet ("The Japan News (Yomiuri)"). */
    aliases: z.array(z.string().min(1)).default([]),
    type: z.enum(OUTLET_TYPES, { error: `must be one of ${OUTLET_TYPES.join(', ')}` }),
    /** A key of `countries`; omitted for outlets of no one country (Wikipedia). */
    country: slug.optional(),
    state: z.enum(STATE_TIES, { error: `must be one of ${STATE_TIES.join(', ')}` }).default('none'),
    /** Outlets with the same owner count as one voice for the verification rule; by default each outlet is its own. */
    owner: z.string().min(1).optional(),
    /** For a government outlet: the actor whose official voice it is (an actor id). */
    speaksFor: slug.optional(),
    note: z.string().min(1).optional(),
  })
  .refine((o) => o.type !== 'government' || o.speaksFor !== undefined, { message: 'a government outlet names the actor it speaks for (speaksFor)', path: ['speaksFor'] })
  .refine((o) => o.type !== 'state-media' || o.state === 'owned' || o.state === 'aligned', { message: 'state media are state-owned or state-aligned (state: owned or aligned)', path: ['state'] });

export const outletsFile = z.strictObject({
  countries: z.record(slug, country),
  outlets: z.array(outletRecord),
});

export type Outlet = z.output<typeof outletRecord>;
export type OutletsFile = z.output<typeof outletsFile>;

/** The registry as the dossier holds it: outlets by name and alias (case-insensitive), with their countries. */
export interface OutletRegistry {
  readonly outlets: readonly Outlet[];
  readonly countries: OutletsFile['countries'];
  /** The outlet a source names, by its name or an alias. */
  find(name: string): Outlet | undefined;
}

export function outletRegistry(file: OutletsFile | undefined): OutletRegistry {
  const byName = new Map<string, Outlet>();
  for (const outlet of file?.outlets ?? []) {
    for (const name of [outlet.name, ...outlet.aliases]) byName.set(name.toLowerCase(), outlet);
  }
  return { outlets: file?.outlets ?? [], countries: file?.countries ?? {}, find: (name) => byName.get(name.toLowerCase()) };
}

const TYPE_WORDS: Readonly<Record<OutletType, string>> = {
  government: 'government',
  'state-media': 'state media',
  wire: 'news agency',
  newspaper: 'news outlet',
  broadcaster: 'broadcaster',
  analysis: 'analysis',
  encyclopedia: 'reference work',
};

const TIE_WORDS: Readonly<Record<StateTie, string>> = { owned: 'state-owned ', aligned: 'state-aligned ', public: 'public ', none: '' };

/** "Russian state media", "Japanese public broadcaster", "reference work": what a reader needs to weigh the outlet. */
export function describeOutlet(outlet: Outlet, countries: OutletsFile['countries']): string {
  const where = outlet.country ? countries[outlet.country]?.adjective : undefined;
  // Government and state media say their tie already.
  const tie = outlet.type === 'government' || outlet.type === 'state-media' ? '' : TIE_WORDS[outlet.state];
  return [where, `${tie}${TYPE_WORDS[outlet.type]}`].filter(Boolean).join(' ');
}
