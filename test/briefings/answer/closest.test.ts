import { describe, expect, it } from 'vitest';
import { CLOSEST_HEADING, DECLINE_TITLE } from '../../../src/briefings/answer/index.js';
import { evaluate, parseEvalSet } from '../../../src/briefings/answer/evaluate.js';
import { realDossier } from '../../support/fixtures.js';
import { ask } from '../../support/ask.js';
import type { Pair } from '../../support/metamorphic.js';

/**
 * A declined question shows the records nearest it under "Closest on record", never as an answer.
 * Each pair is an answered question and a near miss of it the records cannot answer (someone no
 * record shows reacting, a number no record gives): the near miss must be declined, cite nothing,
 * and show among its closest records the record the answered one was answered from.
 */
const nearMisses: Pair[] = [
  ['when did russia end the visa-free exchanges', 'did the EU condemn russia ending the visa-free exchanges'],
  ['when did medvedev visit kunashir', "how did china react to medvedev's visit to kunashir"],
  ['when did russia suspend the peace treaty talks', 'what did washington say about russia suspending the peace treaty talks'],
  ['when did russia deploy bastion missiles on paramushir', 'how many bastion missiles did russia deploy on paramushir'],
];

const closestIds = (question: string): string[] =>
  ask(question)
    .reply.sections.filter((s) => s.heading === CLOSEST_HEADING)
    .flatMap((s) => s.items.map((i) => i.eventId ?? ''));

describe('closest on record: a decline shows the nearest records, not as an answer', () => {
  it.each(nearMisses)('%s → the near miss "%s" shows its record', (answered, nearMiss) => {
    const answer = ask(answered);
    expect(answer.declined, answered).toBe(false);
    const decline = ask(nearMiss);
    expect(decline.declined, nearMiss).toBe(true);
    expect(decline.reply.title).toBe(DECLINE_TITLE);
    expect(decline.reply.lead).toMatch(/^That is not in my sources/);
    // Nothing is cited as the answer: the closest records are shown, not relied on.
    expect(decline.events).toEqual([]);
    expect(closestIds(nearMiss)).toContain(answer.events[0]!.id);
  });

  it('labels the records as not an answer, and keeps the timelines to try after them', () => {
    const { sections } = ask(nearMisses[0]![1]).reply;
    expect(sections.map((s) => s.heading)).toEqual([CLOSEST_HEADING, 'Try']);
    expect(sections[0]!.text).toMatch(/could not tell that any of them answers it/);
    expect(sections[0]!.items.length).toBeLessThanOrEqual(3);
  });

  it.each(['who won the world cup', 'hello', "what's the weather on iturup tomorrow"])('shows no record for "%s", which nothing on record is near', (q) => {
    expect(ask(q).declined).toBe(true);
    expect(closestIds(q)).toEqual([]);
  });
});

describe('the evaluation counts the declines whose closest records held the answer', () => {
  const [answered, nearMiss] = nearMisses[1]!;
  const record = ask(answered).events[0]!.id;
  const other = ask(nearMisses[2]![0]).events[0]!.id;
  const outcome = (cites: string) =>
    evaluate(realDossier(), parseEvalSet(`now: "2026-03-01T12:00:00Z"\nquestions:\n  - q: "${nearMiss}"\n    cites: [${cites}]\n`)).outcomes[0]!;

  it('held: the decline showed the record the answer needed', () => {
    expect(outcome(record)).toMatchObject({ pass: false, declined: true, closestHeld: true });
  });
  it('not held: the record the answer needed was not among them', () => {
    expect(other).not.toBe(record);
    expect(outcome(other)).toMatchObject({ pass: false, declined: true, closestHeld: false });
  });
  it('only declines of answerable questions are counted', () => {
    const report = evaluate(realDossier(), parseEvalSet(`now: "2026-03-01T12:00:00Z"\nquestions:\n  - q: "${answered}"\n    first: ${record}\n  - q: "${nearMiss}"\n    decline: true\n`));
    expect(report.outcomes.map((o) => o.closestHeld)).toEqual([undefined, undefined]);
  });
});
