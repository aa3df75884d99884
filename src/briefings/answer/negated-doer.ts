import type { KurilEvent } from '../../dossier/dossier.js';
import type { ActorRecord } from '../../dossier/schema.js';
import { entitiesInText } from './aliases.js';
import type { AnswerContext } from './respond.js';
import type { IndexedDoc } from './search-index.js';
import { whoTypeNoun } from './intent.js';
import { yearOfRecord } from './name-forms.js';
import { processTerm, sentences, terms } from './text.js';

/**
 * "Who did not sign the San Francisco treaty?" asks for the one the record says did not do it ("The
 * Soviet Union did not sign it"), not for those who did. The deed is the verb after the negation in
 * the question; the answer is the actor named right before the same negated verb in the record.
 */
const WHO_NOT = /^\s*(?:who|which(?:\s+[\p{L}-]+){0,2}?)\s+(?:did\s+not|didn['’]t|never|refused\s+to|declined\s+to)\s+([\p{L}-]+)/iu;
const NEGATED = /(?:did\s+not|didn['’]t|never|refused\s+to|declined\s+to)\s+([\p{L}-]+)/giu;
/** How many words before the negation may hold the name ("the Soviet Union"). */
const NAME_REACH = 4;

export function negatedDoer(ctx: AnswerContext, event: KurilEvent): ActorRecord | undefined {
  const verb = WHO_NOT.exec(ctx.plan.question)?.[1];
  const deed = verb ? processTerm(verb.toLowerCase()) : null;
  if (!deed) return undefined;
  const text = [event.title, event.summary, event.note ?? ''].join(' ');
  // "Which country …": the kind of answer asked for is no part of the deed.
  const type = whoTypeNoun(ctx.plan.question);
  const typeTerm = type ? processTerm(type) : null;
  for (const sentence of sentences(text).flatMap((s) => s.split(/;\s+/))) {
    for (const m of sentence.matchAll(NEGATED)) {
      if (processTerm(m[1]!.toLowerCase()) !== deed) continue;
      // The sentence, read with the record's title that its "it" points back to, must be about the
      // thing asked: "the Soviet Union did not sign it" in the San Francisco record is no answer about
      // the Tokyo Declaration.
      const own = new Set(terms(`${event.title} ${sentence}`));
      const about = ctx.plan.groups.every((g) => g.entity || (typeTerm !== null && g.typed.includes(typeTerm)) || !g.distinctive || !g.known || g.terms.some((t) => own.has(t)) || yearOfRecord(g.typed, event));
      if (!about) continue;
      const before = sentence.slice(0, m.index).trim().split(/\s+/).slice(-NAME_REACH).join(' ');
      const actors = [...entitiesInText(ctx.index.aliases, before)].flatMap((t) => {
        const e = ctx.index.aliases.entities.get(t);
        const actor = e?.kind === 'actor' ? ctx.dossier.actorsById.get(e.id) : undefined;
        return actor ? [actor] : [];
      });
      if (actors.length === 1) return actors[0];
    }
  }
  return undefined;
}

/**
 * "Who did not sign the Tokyo Declaration?": a record that names only those who signed says nothing
 * of anyone who did not, so only a record with the negated deed answers a "who did not" question.
 */
export function answersWhoNot(ctx: AnswerContext, doc: IndexedDoc): boolean {
  if (!WHO_NOT.test(ctx.plan.question)) return true;
  return doc.kind === 'event' && negatedDoer(ctx, doc.event) !== undefined;
}
