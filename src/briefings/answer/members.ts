import type { Dossier } from '../../dossier/dossier.js';
import { entitiesInText } from './aliases.js';
import type { Plan } from './plan.js';
import type { AnswerIndex } from './search-index.js';
import { belongsTo } from './sides.js';

/**
 * "Did the Kremlin say Tokyo halted the dialogue?" is decided by "Dmitry Peskov said it was Tokyo …":
 * the Kremlin's spokesman speaks for it, and a president's decree is his state's ("Zelensky signed a
 * decree by which Ukraine recognises …"). A clause names a body or state the question asks about when
 * it names one of its people or parts (actors.yaml: partOf, country).
 */
export function namedThroughMembers(dossier: Dossier, index: AnswerIndex, plan: Plan, clause: string): Set<string> {
  const named = [...entitiesInText(index.aliases, clause)].flatMap((t) => {
    const e = index.aliases.entities.get(t);
    return e?.kind === 'actor' ? [e.id] : [];
  });
  const out = new Set<string>();
  if (named.length === 0) return out;
  for (const asked of plan.entities) {
    if (asked.kind !== 'actor') continue;
    if (named.some((id) => id !== asked.id && belongsTo(dossier, id, asked.id))) out.add(asked.token);
  }
  return out;
}

/** Whether an entity token names a person or part of an actor the question asks about. */
export function speaksForAsked(dossier: Dossier, index: AnswerIndex, plan: Plan): (token: string) => boolean {
  const asked = plan.entities.filter((e) => e.kind === 'actor').map((e) => e.id);
  return (token) => {
    const e = index.aliases.entities.get(token);
    return e?.kind === 'actor' && asked.some((id) => id !== e.id && belongsTo(dossier, e.id, id));
  };
}

/** A name the clause holds through one of its people ("Peskov said" for the Kremlin) counts as held. */
export function heldThroughMembers(plan: Plan, members: ReadonlySet<string>, scored: { score: number; matched: Set<string> }): { score: number; matched: Set<string> } {
  if (members.size === 0) return scored;
  const matched = new Set(scored.matched);
  let score = scored.score;
  plan.groups.forEach((g, i) => {
    if (!g.entity || !members.has(g.entity.token) || matched.has(String(i))) return;
    matched.add(String(i));
    score += g.weight;
  });
  return { score, matched };
}
