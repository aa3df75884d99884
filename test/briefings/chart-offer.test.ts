import { describe, expect, it } from 'vitest';
import { brief } from '../../src/briefings/brief.js';
import { chartOffer, monthsBefore } from '../../src/briefings/chart-offer.js';
import { composeDigest } from '../../src/briefings/digest.js';
import { actionLine, type ReplyAction } from '../../src/briefings/reply.js';
import { parseCommandLine } from '../../src/commands/parse.js';
import { commands } from '../../src/commands/registry.js';
import { fixtureDossier } from '../support/fixtures.js';

/** The neutral follow-up action (Reply.actions) and the chart the brief and the digest offer with it. */

const day = '2026-11-26';
const recent = fixtureDossier([{ id: 'drill', date: '2026-08-20', title: 'Drill on Etorofu' }]);
const old = fixtureDossier([{ id: 'talks', date: '2020-02-01', title: 'Talks in Moscow' }]);

describe('actionLine', () => {
  it('is the command as typed, and the parser reads it back to the same options', () => {
    const actions: ReplyAction[] = [
      { label: 'Chart', command: 'chart', args: { from: '2025-12' } },
      { label: 'Chart', command: 'chart', args: { from: '2022', actor: 'Muneo Suzuki' } },
      { label: 'Timeline', command: 'timeline', args: { actor: 'the "peace" side' } },
    ];
    expect(actions.map(actionLine)).toEqual(['/kuril chart from:2025-12', '/kuril chart from:2022 actor:"Muneo Suzuki"', `/kuril timeline actor:'the "peace" side'`]);
    for (const action of actions) {
      const parsed = parseCommandLine(actionLine(action), commands);
      expect(parsed).toMatchObject({ ok: true, request: { name: action.command, raw: action.args } });
    }
  });
});

describe('the chart offer', () => {
  it('counts twelve calendar months back, this one included, across a new year', () => {
    expect(monthsBefore('2026-11', 11)).toBe('2025-12');
    expect(monthsBefore('2026-01', 1)).toBe('2025-12');
    expect(monthsBefore('2026-12', 11)).toBe('2026-01');
    expect(chartOffer(recent, day)).toEqual({ label: 'Chart', command: 'chart', args: { from: '2025-12' } });
  });

  it('is made only when the year has an event to draw', () => {
    expect(chartOffer(old, day)).toBeUndefined();
    // An event after the day is not on record yet that day.
    expect(chartOffer(fixtureDossier([{ id: 'later', date: '2026-12-01' }]), day)).toBeUndefined();
  });

  it('comes with the brief and with the digest, whatever the digest covers', () => {
    const now = new Date(`${day}T09:00:00Z`);
    const offer = { label: 'Chart', command: 'chart', args: { from: '2025-12' } };
    expect(brief(recent, now).actions).toEqual([offer]);
    expect(composeDigest(recent, day, undefined).reply.actions).toEqual([offer]);
    // A quiet day's digest (nothing new since yesterday) still offers the year's chart.
    expect(composeDigest(recent, day, { day: '2026-11-25', open: [] }).reply.actions).toEqual([offer]);
    expect(brief(old, now).actions).toBeUndefined();
    expect(composeDigest(old, day, undefined).reply.actions).toBeUndefined();
  });
});
