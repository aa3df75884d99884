import type { Dossier } from '../dossier/dossier.js';
import type { ActorRecord, IslandRecord } from '../dossier/schema.js';

const norm = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/[\s_]+/g, ' ');

/** An actor by id, name or alias ("russia", "Russian MFA", "Kishida", "Munyo Suzuki"). */
export function findActor(dossier: Dossier, text: string): ActorRecord | undefined {
  const needle = norm(text);
  return (
    dossier.actorsById.get(needle.replace(/ /g, '-')) ??
    dossier.actors.find((a) => norm(a.name) === needle || a.aliases.some((alias) => norm(alias) === needle))
  );
}

/** An island by id, any of its names, or an alias ("Iturup", "択捉島", "Kunashir"). */
export function findIsland(dossier: Dossier, text: string): IslandRecord | undefined {
  const needle = norm(text);
  return (
    dossier.islandsById.get(needle) ??
    dossier.islands.find((i) => [i.names.en, i.names.ja, i.names.ru, ...i.aliases].some((name) => norm(name) === needle))
  );
}

/** The actor and every actor that is part of it, at any depth: "russia" covers the Russian MFA. */
export function actorFamily(dossier: Dossier, actorId: string): Set<string> {
  const family = new Set([actorId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const actor of dossier.actors) {
      if (actor.partOf && family.has(actor.partOf) && !family.has(actor.id)) {
        family.add(actor.id);
        grew = true;
      }
    }
  }
  return family;
}
