import { entitiesInText, heldDuring } from './aliases.js';
import type { AnswerContext } from './respond.js';
import { terms } from './text.js';

/**
 * "Was Medvedev president when he visited Iturup in 2019?" asks which office someone held then. The
 * actors' roles give the terms of office ("President of Russia (2008–2012), then Prime Minister
 * (2012–2020)"): when the person held another office at that time and not the one asked, the roles
 * state a "No". A title in front of a name ("did President Medvedev visit Iturup in 2019?") is a
 * label, not the question; but a label the person did not then hold is a false detail the roles
 * state a "No" to just the same, never a "Yes".
 */

/** "Was Medvedev …", "is Takaichi …", "wasn't Kishida …": the person right after the verb. */
const ASKS = /^\s*(?:was|is|were|wasn't|isn't|has\s+been)\s+((?:\S+\s+){0,2}?\S+?)\s+(?:(?:the|a|an|still|already|then|really|actually|russia's|japan's|russian|japanese)\s+){0,3}((?:\S+\s+){0,2}\S+)/i;

/** The sentence that gives the office held then, when the question asks an office the person did not hold. */
export function otherOffice(ctx: AnswerContext, firstDay?: string, lastDay?: string): string | undefined {
  const { plan, index, dossier } = ctx;
  const m = ASKS.exec(plan.rest);
  const asks = (m && personIn(ctx, m[1]!) && { id: personIn(ctx, m[1]!)!, office: m[2]! }) || titled(ctx);
  if (!asks) return undefined;
  const id = asks.id;
  const asked = new Set(terms(asks.office));
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

/** The one person a phrase names. */
function personIn(ctx: AnswerContext, phrase: string): string | undefined {
  const { index, dossier } = ctx;
  const people = [...entitiesInText(index.aliases, phrase)]
    .map((t) => index.aliases.entities.get(t))
    .filter((e) => e?.kind === 'actor' && dossier.actorsById.get(e.id)?.kind === 'person');
  return people.length === 1 ? people[0]!.id : undefined;
}

/** "President Medvedev", "Prime Minister Kishida": the words of an office on record right before one person's name. */
function titled(ctx: AnswerContext): { id: string; office: string } | undefined {
  const words = ctx.plan.rest.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n < words.length; n++) {
      const office = words.slice(i, i + n).join(' ');
      // "the prime minister and Putin": a title ends on a word of its own, not on "and" or "of".
      if (terms(words[i + n - 1]!).length === 0) continue;
      const title = terms(office);
      if (!ctx.index.aliases.offices.some((o) => o.terms.length === title.length && o.terms.every((t) => title.includes(t)))) continue;
      // The name starts right after the title ("Dmitry Medvedev"): "the PM met Putin" puts no title on Putin.
      const pair = words.slice(i + n, i + n + 2).join(' ');
      const first = words[i + n]!;
      const full = personIn(ctx, pair);
      const given = full !== undefined && ctx.dossier.actorsById.get(full)!.name.toLowerCase().split(/\s+/).includes(first.toLowerCase());
      const id = personIn(ctx, first) ?? (given ? full : undefined);
      if (id) return { id, office };
    }
  }
  return undefined;
}
