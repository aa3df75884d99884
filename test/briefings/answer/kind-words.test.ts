import { describe, expect, it } from 'vitest';
import { ask } from '../../support/ask.js';

/**
 * A record's kind is searched by a few words of its own (search-index.ts). "Military" holds a war, a
 * battle and an occupation as well as drills, so "drills" and "exercises" are not words of the kind:
 * a question about drills is answered only by a record that tells drills. "Latest drills before
 * 2022" was answered with the 1945 occupation of the islands.
 */
const DRILL = /\b(?:drill|drills|exercise|exercises|exercising|war games)\b/i;

const drillQuestions = [
  'latest drills before 2022',
  'latest drills',
  'when did russia last hold drills',
  'what military exercises has russia held on the islands',
  'were there any russian drills in the 1940s?',
  'most recent exercises by russian troops before 2024',
];

describe('a drill is no war: drills are answered only from records that tell drills', () => {
  it.each(drillQuestions)('%s', (q) => {
    const result = ask(q);
    for (const e of result.events.slice(0, 1)) expect(`${e.title} ${e.summary}`, `${q} → ${e.id}`).toMatch(DRILL);
  });

  it('drills before 2022, of which there are none on record, are declined', () => {
    expect(ask('latest drills before 2022').declined).toBe(true);
  });

  it('drills since 2022 are still answered', () => {
    expect(ask('latest drills').declined).toBe(false);
  });
});
