import type { KurilEvent } from '../../../dossier/dossier.js';
import type { ActorRecord } from '../../../dossier/schema.js';
import { entitiesInText } from '../aliases.js';
import { askedKinds } from '../answer-kind.js';
import { actorWithRole, joinNames, type Piece } from '../compose.js';
import type { AnswerContext } from '../respond.js';
import { terms } from '../text.js';
import { asksRecipient, namedRecipients } from '../recipient.js';
import { actorOfSide, sideAsked } from '../who-side.js';
import { doerOfDeed } from '../deed-subject.js';
import { negatedDoer } from '../negated-doer.js';
import { asksPassiveRecipient, handedToIn } from '../handed-to.js';

function actorToken(id: string): string {
  return `e_actor_${id.replace(/-/g, '_')}`;
}

/** Who the answer is about: the speaker of a matching quote, or the actor whose role fits the question best. */
export function whoLead(ctx: AnswerContext, event: KurilEvent, chosen: readonly Piece[]): string | undefined {
  const { plan, dossier, index } = ctx;
  const asked = new Set(plan.groups.filter((g) => !g.entity).flatMap((g) => g.terms));
  const inQuestion = new Set(plan.entities.map((e) => e.token));
  // "Which magazine carried his warning?": the one who warned, quoted or doing the deed, is no
  // magazine; an actor of the kind asked answers (answer-kind.ts).
  const kindAsked = askedKinds(plan);
  const ofKind = (actor: ActorRecord | undefined) => !kindAsked || !actor || kindAsked.has(actor.kind);
  // "Who did not sign it?": the one the record says did not (negated-doer.ts).
  const denied = negatedDoer(ctx, event);
  if (denied) return actorWithRole(denied);
  // "Which diplomat was handed the declaration?": whom the record says it was handed to (handed-to.ts).
  const handedTo = asksPassiveRecipient(plan.question) ? handedToIn([event.title, event.summary]) : undefined;
  if (handedTo) return handedTo.charAt(0).toUpperCase() + handedTo.slice(1);
  for (const q of event.quotes) {
    const own = terms(q.text);
    const overlap = own.filter((t) => asked.has(t)).length;
    if (overlap >= 2 || (own.length > 0 && overlap / own.length >= 0.5)) {
      const actor = dossier.actorsById.get(q.by);
      if (!ofKind(actor)) continue;
      return actor ? actorWithRole(actor, q.role) : `${q.speaker}, ${q.role}`;
    }
  }
  // "Who was the spokesman in the report?": the question names the person it asks about, and the
  // answer is who they are, not another actor of the record.
  // "Who did the Big Three promise the Kurils to?": the one the record says got it, or no one named
  // (an actor of the record would be the giver).
  if (asksRecipient(plan.question)) {
    const got = namedRecipients([event.title, event.summary], index.aliases)
      .map((t) => dossier.actors.find((a) => actorToken(a.id) === t))
      .filter((a): a is ActorRecord => a !== undefined);
    return got.length > 0 ? joinNames(got.slice(0, 2).map((a) => actorWithRole(a))) : undefined;
  }
  // "Who protested Medvedev's visit?": "Japan protested" names who did it (deed-subject.ts).
  const doer = doerOfDeed(ctx, event);
  if (doer && ofKind(doer)) return actorWithRole(doer);
  // "Who was the Japanese ambassador …": the record's person of that side in that office (who-side.ts).
  const sided = sideAsked(ctx);
  const ofSide = sided ? actorOfSide(ctx, event, sided) : null;
  if (ofSide) return actorWithRole(ofSide);
  const head = /^\s*who\s+(?:is|was|were|are)\s+(.+?)(?=\s+(?:in|from|of|at|on|who|that|which|when|with|during|for)\b|[?.!]*\s*$)/i.exec(plan.question)?.[1];
  const named = head ? entitiesInText(index.aliases, head) : new Set<string>();
  const subject = plan.entities.filter((e) => e.kind === 'actor' && !e.broad && named.has(e.token));
  const asked1 = subject.length === 1 ? dossier.actorsById.get(subject[0]!.id) : undefined;
  if (asked1 && (event.actors.includes(asked1.id) || event.quotes.some((q) => q.by === asked1.id))) return actorWithRole(asked1);
  const inAnswer = entitiesInText(index.aliases, chosen.map((p) => p.text).join(' '));
  const ids = [...new Set([...event.actors, ...event.quotes.map((q) => q.by)])];
  // "Which country recognised …": an actor of the kind asked for before any other.
  const kinds = askedKinds(plan);
  const scored = ids
    .map((id, i) => {
      const actor = dossier.actorsById.get(id);
      if (!actor) return undefined;
      const token = actorToken(id);
      const role = new Set(terms(`${actor.role} ${actor.name}`));
      const overlap = [...asked].filter((t) => role.has(t)).length;
      const score =
        overlap * 2 +
        (actor.kind === 'person' ? 1 : 0) +
        (inAnswer.has(token) ? 1 : 0) +
        (i === 0 ? 0.5 : 0) +
        (kinds?.has(actor.kind) ? 5 : 0) -
        (actor.kind === 'state' ? 1 : 0) -
        (inQuestion.has(token) ? 10 : 0);
      return { actor, score };
    })
    .filter((x): x is { actor: ActorRecord; score: number } => x !== undefined)
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best) return undefined;
  const tied = scored.filter((s) => s.score >= best.score - 0.01 && s.actor.kind === best.actor.kind).slice(0, 2);
  return joinNames(tied.map((s) => actorWithRole(s.actor)));
}
