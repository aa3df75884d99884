import type { Dossier, KurilEvent, SourceLink } from './dossier.js';
import type { Outlet } from './outlets.js';
import type { ActorRecord, Verification } from './schema.js';

/**
 * The verification rule, one for every record (docs/events.md):
 *   verified       at least two independent outlets, or one primary official source;
 *   single-source  one outlet (or several with one owner) and no primary official source;
 *   unverified     no published source at all: only a document without a public link (the
 *                  unattributed news report of March 2022).
 * Outlets with the same `owner` in outlets.yaml are one voice. A primary official source is a
 * government outlet speaking for a state that is a party to the event (Japan's foreign ministry on a
 * Japanese statement, the Kremlin on a Russian one), not a government reporting on others.
 */
export interface VerificationVerdict {
  readonly label: Verification;
  /** Why, in a curator's words: "two independent outlets (TASS, IANS)". */
  readonly reason: string;
}

export function verificationOf(event: Pick<KurilEvent, 'actors' | 'sources'>, dossier: Pick<Dossier, 'outlets' | 'actorsById'>): VerificationVerdict {
  const links = event.sources.filter((s): s is SourceLink & { url: string } => s.url !== undefined);
  if (links.length === 0) return { label: 'unverified', reason: 'no published source, only a document without a public link' };
  const outletOf = (s: SourceLink) => dossier.outlets.find(s.outlet);
  const parties = new Set(event.actors.map((id) => stateOf(id, dossier.actorsById)));
  const primary = links.map(outletOf).find((o): o is Outlet => o?.type === 'government' && parties.has(stateOf(o.speaksFor!, dossier.actorsById)));
  if (primary) return { label: 'verified', reason: `a primary official source (${primary.name})` };
  const voices = [...new Set(links.map((s) => outletOf(s)?.owner ?? outletOf(s)?.name ?? s.outlet))];
  if (voices.length >= 2) return { label: 'verified', reason: `${voices.length} independent outlets (${voices.join(', ')})` };
  return { label: 'single-source', reason: `one outlet (${voices[0]}) and no primary official source` };
}

/** The state an actor belongs to: the top of its partOf chain, or its country. */
export function stateOf(id: string, actors: ReadonlyMap<string, ActorRecord>): string {
  let actor = actors.get(id);
  const seen = new Set<string>();
  while (actor?.partOf && !seen.has(actor.id)) {
    seen.add(actor.id);
    actor = actors.get(actor.partOf) ?? actor;
  }
  return actor?.country ?? actor?.id ?? id;
}
