import { describe, expect, it } from 'vitest';
import { trend } from '../../src/briefings/trend.js';
import { fixtureDossier } from '../support/fixtures.js';

const drill = (id: string, date: string) => ({ id, date, kind: 'military', title: `Drills ${id}`, coding: { cameo: '150', goldstein: -7.2, plover: 'MOBILIZE:troops' } });
const talks = (id: string, date: string) => ({ id, date, kind: 'talks', title: `Talks ${id}`, coding: { cameo: '036', goldstein: 4, plover: 'AGREE' } });
const statement = (id: string, date: string) => ({ id, date, kind: 'statement', title: `Statement ${id}`, coding: { cameo: '010', goldstein: 0, plover: 'n/a' } });

describe('trend (last 90 days against the 90 before)', () => {
  it('reports an empty window as a gap in the record, not as "unchanged", naming the last development', () => {
    const dossier = fixtureDossier([drill('old-drill', '2026-02-20')]);
    const result = trend(dossier, new Date('2026-11-26T12:00:00Z'));
    expect(result.direction).toBe('unrecorded');
    expect(result.reason).toBe('No developments recorded since 20 February 2026 (Drills old-drill); the record may be behind the news.');
    expect(trend(dossier, new Date('2026-11-26T12:00:00Z'), { awaitingReview: 3 }).reason).toMatch(/behind the news\. 3 news reports from this period await review\.$/);
    expect(result.window).toEqual({ from: '2026-08-29', to: '2026-11-26' });
    expect(result.previous).toEqual({ from: '2026-05-31', to: '2026-08-28' });
    expect(result.basis).toEqual([]);
  });

  it('calls an escalating window deteriorated and names the sharpest event', () => {
    const dossier = fixtureDossier([statement('s1', '2026-07-01'), talks('t1', '2026-10-01'), drill('d1', '2026-11-01')]);
    const result = trend(dossier, new Date('2026-11-26T00:00:00Z'));
    expect(result.score).toBe(-3.2);
    expect(result.previousScore).toBe(0);
    expect(result.direction).toBe('deteriorated');
    expect(result.reason).toContain('Drills d1 (1 November 2026)');
    expect(result.basis).toEqual(['d1', 't1']);
  });

  it('calls a calmer window improved and names the most cooperative event', () => {
    const dossier = fixtureDossier([drill('d1', '2026-07-15'), talks('t1', '2026-10-10')]);
    const result = trend(dossier, new Date('2026-11-26T00:00:00Z'));
    expect(result.direction).toBe('improved');
    expect(result.reason).toContain('the most cooperative: Talks t1');
  });

  it('calls a similar window unchanged', () => {
    const dossier = fixtureDossier([drill('d1', '2026-07-15'), drill('d2', '2026-10-10')]);
    expect(trend(dossier, new Date('2026-11-26T00:00:00Z')).direction).toBe('unchanged');
  });

  it('ignores events after the as-of day (the clock is passed in)', () => {
    const dossier = fixtureDossier([drill('d1', '2026-12-01')]);
    const result = trend(dossier, new Date('2026-11-26T00:00:00Z'));
    expect(result.basis).toEqual([]);
    expect(result.reason).toMatch(/^No developments recorded in the 90 days to 26 November 2026/);
  });
});
