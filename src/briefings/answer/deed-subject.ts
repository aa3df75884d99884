import type { KurilEvent } from '../../dossier/dossier.js';
import type { ActorRecord } from '../../dossier/schema.js';
import { entitiesInText } from './aliases.js';
import type { AnswerContext } from './respond.js';
import { sentences, terms } from './text.js';

/**
 * "Who protested Medvedev's visit to Kunashir?": the record says "Japan protested". The one who did
 * the deed asked is the name right before the question's verb in the record's own words, not the
 * actor whose role fits best (Russia, whose president made the visit). Only a name in the few words
 * before the verb counts; a record that puts the deed in the passive ("an order signed by …") or
 * in other words is left to the other readings.
 */

const WHO_VERB = /^\s*who\s+([\p{L}]+(?:ed|d))\b/iu;
/** How many words the subject may run to, beyond a name of three ("Japan's foreign ministry", "Prime Minister Fumio Kishida"). */
const REACH = 3;

export function doerOfDeed(ctx: AnswerContext, event: KurilEvent): ActorRecord | undefined {
  const verb = WHO_VERB.exec(ctx.plan.question)?.[1];
  const stem = verb ? terms(verb)[0] : undefined;
  if (!stem) return undefined;
  for (const sentence of sentences(`${event.summary}`)) {
    const words = sentence.split(/\s+/);
    const at = words.findIndex((w) => terms(w)[0] === stem);
    if (at <= 0) continue;
    // The whole subject up to the verb, from the sentence's start or its last comma: "Yeltsin and
    // Hosokawa signed" names two, and is left to the reading that names both.
    const subject = words.slice(0, at).join(' ').split(/[,;]/).at(-1) ?? '';
    if (subject.trim().split(/\s+/).length > REACH + 3) continue;
    const before = subject;
    const actors = [...entitiesInText(ctx.index.aliases, before)]
      .map((t) => ctx.index.aliases.entities.get(t))
      .filter((e) => e?.kind === 'actor')
      .map((e) => ctx.dossier.actorsById.get(e!.id))
      // One of the record's own actors: "Moscow agreed" in 1956 is the Soviet Union, not Russia.
      .filter((a): a is ActorRecord => a !== undefined && (event.actors.includes(a.id) || event.quotes.some((q) => q.by === a.id)));
    if (actors.length === 1) return actors[0];
  }
  return undefined;
}
