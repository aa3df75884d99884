import type { Dossier, KurilEvent } from '../../dossier/dossier.js';
import { entitiesInText, type AliasTable } from './aliases.js';
import { respond, type AnswerContext, type AnswerResult } from './respond.js';

/**
 * "Did Kishida condemn Russia ending the exchanges?": Russia's record of the act ends "Prime Minister
 * Kishida condemned it the next day", and that clause decides "Yes"; but the condemnation has its own
 * record, dated the next day with Kishida among its actors. A clause that tells someone's deed "the
 * next day" points to that record, which is cited first: the answer is read where the deed is told
 * and shown from where it is on record. Without such a record the citations stay as they were.
 */

const NEXT_DAY = /\b(?:the\s+(?:next|following)\s+day|a\s+day\s+later)\b/i;

function nextDay(day: string): string {
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The record of the deed a clause of `event` tells as done the next day, by someone the question (`asked`: entity tokens) and the clause name before the pointer. */
export function toldNextDay(dossier: Dossier, aliases: AliasTable, event: KurilEvent, clause: string, asked: ReadonlySet<string>): KurilEvent | undefined {
  const at = clause.search(NEXT_DAY);
  if (at < 0 || event.date.precision !== 'day') return undefined;
  // Only a doer the question names: "did Russia end the exchanges?" is about Russia's act, not Kishida's.
  const doers = [...entitiesInText(aliases, clause.slice(0, at))].filter((t) => asked.has(t)).flatMap((t) => aliases.entities.get(t)?.id ?? []);
  if (doers.length === 0) return undefined;
  const day = nextDay(event.date.end);
  const own = dossier.events.filter((e) => e.id !== event.id && e.date.start.slice(0, 10) === day && doers.some((id) => e.actors.includes(id)));
  return own.length === 1 ? own[0] : undefined;
}

/** The answer with `event` cited first (the lead kept). */
export function citedFirst(ctx: Pick<AnswerContext, 'now'>, result: AnswerResult, event: KurilEvent): AnswerResult {
  return respond(ctx, result.reply.lead ?? '', [event, ...result.events], result.path);
}
