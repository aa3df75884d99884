import type { Dossier } from '../../dossier/dossier.js';

/** Whether an actor is the side or part of it (the Kremlin and Peskov are Russia; the US embassy is the United States). */
export function belongsTo(dossier: Dossier, actorId: string, side: string): boolean {
  const seen = new Set<string>();
  for (let id: string | undefined = actorId; id && !seen.has(id); id = dossier.actorsById.get(id)?.partOf) {
    if (id === side || dossier.actorsById.get(id)?.country === side) return true;
    seen.add(id);
  }
  return false;
}

/**
 * Whether a body states its side's position: the side itself, its government, and the offices that are
 * part of its state (the Kremlin, the foreign ministries): "the Kremlin's line" is Russia's. A party of
 * the country (Nippon Ishin) is of it but not part of its state, and a person speaks for themself.
 */
export function speaksForSide(dossier: Dossier, actorId: string, side: string): boolean {
  if (actorId === side) return true;
  const kind = dossier.actorsById.get(actorId)?.kind;
  if (kind !== 'government' && kind !== 'institution') return false;
  const seen = new Set<string>();
  for (let id = dossier.actorsById.get(actorId)?.partOf; id && !seen.has(id); id = dossier.actorsById.get(id)?.partOf) {
    if (id === side) return true;
    seen.add(id);
  }
  return false;
}
