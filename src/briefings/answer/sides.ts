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
