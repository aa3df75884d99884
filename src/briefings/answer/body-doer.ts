import { accountOf } from './judge.js';
import { entitiesInText } from './aliases.js';
import type { AnswerContext } from './respond.js';
import type { Hit } from './search.js';
import { FRAME_WORDS, wordTerms } from './text.js';

/**
 * "Was it Ukraine's parliament that recognised the Northern Territories as Japanese?" when the record
 * says "President Volodymyr Zelensky signed a decree by which Ukraine recognises …": the question
 * puts a body that is on no actor list (a parliament, a court, a ministry) where the record names
 * someone on the list who did it, of the same state. The record gives the doer otherwise: a "No" on
 * record, in the record's sentence that names that doer with the deed. Only a cleft ("was it … that
 * …", `focus` being its doer, fronted.ts) is read so: it asks who did the one deed on record, where
 * "did the Rada pass a law on …?" asks of another act, which a record of the decree does not rule
 * out. A record that names no one but the state ("Japan protests …") says nothing of which of its
 * bodies acted, and is left alone.
 */

/** Bodies of a state the question may name as the doer. */
const BODY = /^(?:parliament|parliaments|legislature|congress|senate|duma|diet|rada|assembly|court|courts|cabinet|ministry|lawmakers|legislators|mps|deputies|judges)$/i;
/** Kinds of actor that act for a state: someone who did it in its name. */
const ACTING = new Set(['person', 'government', 'institution', 'military']);

export interface BodyDoer {
  readonly hit: Hit;
  readonly sentence: string;
}

export function otherThanBody(ctx: AnswerContext, hits: readonly Hit[], focus: string | undefined): BodyDoer | undefined {
  const { plan, index, dossier } = ctx;
  if (!plan.cues.yesNo || !focus) return undefined;
  // The body word as typed, and the concept it is.
  const body = plan.groups.findIndex((g) => !g.entity && g.typed.some((t) => focus.split(/[^\p{L}]+/u).some((w) => BODY.test(w) && wordTerms(w.toLowerCase()).includes(t))));
  if (body < 0) return undefined;
  // Its state: "Ukraine's parliament", "the Russian Duma", "Japan's Diet".
  const states = plan.entities.filter((e) => e.kind === 'actor' && dossier.actorsById.get(e.id)?.kind === 'state').map((e) => e.id);
  // Every other concept carried and every name must be the record's: only the doer differs.
  const rest = plan.groups.flatMap((g, i) => (i !== body && (g.entity || (g.distinctive && g.known && !g.typed.every((t) => FRAME_WORDS.has(t)))) ? [i] : []));
  if (!rest.some((i) => !plan.groups[i]!.entity)) return undefined;
  const hit = hits.find((h) => h.doc.kind === 'event' && !h.covered.has(body) && rest.every((i) => h.covered.has(i)));
  if (!hit || hit.doc.kind !== 'event') return undefined;
  const event = hit.doc.event;
  const deedWords = rest.filter((i) => !plan.groups[i]!.entity).map((i) => plan.groups[i]!);
  for (const sentence of accountOf(event)) {
    const own = new Set(sentence.split(/\s+/).flatMap((w) => wordTerms(w)));
    if (!deedWords.some((g) => g.terms.some((t) => own.has(t)))) continue;
    const doers = [...entitiesInText(index.aliases, sentence)].flatMap((token) => {
      const e = index.aliases.entities.get(token);
      const actor = e?.kind === 'actor' ? dossier.actorsById.get(e.id) : undefined;
      return actor && ACTING.has(actor.kind) && event.actors.includes(actor.id) && (states.length === 0 || (actor.country !== undefined && states.includes(actor.country))) ? [actor] : [];
    });
    if (doers.length > 0) return { hit, sentence: sentence.trim() };
  }
  return undefined;
}
