import { entitiesInText, heldDuring } from './aliases.js';
import type { AnswerContext } from './respond.js';
import { terms } from './text.js';

/**
 * "Was Medvedev president when he visited Iturup in 2019?" asks which office someone held then. The
 * actors' roles give the terms of office ("President of Russia (2008–2012), then Prime Minister
 * (2012–2020)"): when the person held another office at that time and not the one asked, the roles
 * state a "No". A title in front of a name ("did President Medvedev visit …") is a label, not the
 * question, so only the shape "was / is <person> <office>" is read.
 */

/** "Was Medvedev …", "is Takaichi …", "wasn't Kishida …": the person right after the verb. */
const ASKS = /^\s*(?:was|is|were|wasn't|isn't|has\s+been)\s+((?:\S+\s+){0,2}?\S+?)\s+(?:(?:the|a|an|still|already|then|really|actually|russia's|japan's|russian|japanese)\s+){0,3}((?:\S+\s+){0,2}\S+)/i;

/** The sentence that gives the office held then, when the question asks an office the person did not hold. */
export function otherOffice(ctx: AnswerContext, firstDay?: string, lastDay?: string): string | undefined {
  const { plan, index, dossier } = ctx;
  const m = ASKS.exec(plan.rest);
  if (!m) return undefined;
  const people = [...entitiesInText(index.aliases, m[1]!)]
    .map((t) => index.aliases.entities.get(t))
    .filter((e) => e?.kind === 'actor' && dossier.actorsById.get(e.id)?.kind === 'person');
  if (people.length !== 1) return undefined;
  const id = people[0]!.id;
  const asked = new Set(terms(m[2]!));
  // Which office the question names: the words of some office on record, whoever held it.
  const named = index.aliases.offices.filter((o) => o.terms.every((t) => asked.has(t)));
  if (named.length === 0) return undefined;
  const from = plan.range?.start ?? firstDay ?? ctx.now.toISOString().slice(0, 10);
  const to = plan.range?.end ?? lastDay ?? from;
  const held = index.aliases.offices.filter((o) => o.actorId === id && heldDuring(o, from, to));
  if (held.length === 0 || held.some((o) => o.terms.every((t) => asked.has(t)))) return undefined;
  const name = dossier.actorsById.get(id)!.name;
  return `${name} was then ${held.map((o) => o.text).join(' and ')}`;
}
