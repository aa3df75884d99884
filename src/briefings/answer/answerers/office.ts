import { formatDay, isoDay } from '../../../dossier/dates.js';
import type { ActorRecord } from '../../../dossier/schema.js';
import type { Office } from '../aliases.js';
import { latestOf } from '../cited-events.js';
import { joinNames } from '../compose.js';
import { describeRange } from '../question-dates.js';
import { respond, type AnswerContext, type AnswerResult } from '../respond.js';
import { processTerm } from '../text.js';

/** Words that may stand beside an office in "who is Japan's prime minister now / right now / at the moment?". */
const OFFICE_FILLER = new Set(['current', 'currently', 'today', 'present', 'serving', 'sitting', 'incumbent', 'new', 'head', 'then', 'right', 'now', 'moment', 'nowadays', 'presently'].map((w) => processTerm(w)).filter((w): w is string => Boolean(w)));

/** "Who was Japan's prime minister in 2022?": whoever on record held the office then (or now), from the actor roles. */
export function office(ctx: AnswerContext): AnswerResult | undefined {
  const { plan, dossier } = ctx;
  if (plan.offices.length === 0 || (plan.intent !== 'who' && plan.intent !== 'what')) return undefined;
  const officeTerms = new Set(plan.offices.flatMap((o) => o.terms));
  const countries = new Set(plan.offices.flatMap((o) => o.countries));
  const ok = plan.groups.every((g) =>
    g.entity ? g.entity.kind === 'actor' && countries.has(g.entity.token) : g.typed.every((t) => officeTerms.has(t) || OFFICE_FILLER.has(t)),
  );
  if (!ok) return undefined;
  const holders = uniqueBy(plan.offices, (o) => o.actorId)
    .map((o) => ({ office: o, actor: dossier.actorsById.get(o.actorId) }))
    .filter((x): x is { office: Office; actor: ActorRecord } => x.actor !== undefined);
  if (holders.length === 0) return undefined;
  const when = plan.range ? ` ${describeRange(plan.range)}` : ` as of ${formatDay(isoDay(ctx.now))}`;
  const lead = `${joinNames(holders.map((h) => `${h.actor.name}, ${h.office.text}`))}.${holders.length > 1 ? ` (Several on record held the office${when}.)` : ''}`;
  const range = plan.range;
  const events = holders.flatMap((h) => {
    const inRange = range ? latestOf(ctx, h.actor.id, 2, range) : [];
    return inRange.length ? inRange : latestOf(ctx, h.actor.id, 2);
  });
  return respond(ctx, lead, events, 'office');
}

function uniqueBy<T>(list: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}
