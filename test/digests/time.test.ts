import { describe, expect, it } from 'vitest';
import { localTime, zonedInstant, zoneOffset } from '../../src/digests/time.js';

describe('local time on Intl', () => {
  it('reads the local day and minute of an instant', () => {
    expect(localTime(new Date('2026-01-15T14:00:00Z'), 'America/New_York')).toEqual({ day: '2026-01-15', minute: 9 * 60 });
    expect(localTime(new Date('2026-01-15T23:30:00Z'), 'Asia/Tokyo')).toEqual({ day: '2026-01-16', minute: 8 * 60 + 30 });
    expect(localTime(new Date('2026-01-15T00:00:00Z'), 'UTC')).toEqual({ day: '2026-01-15', minute: 0 });
  });

  it('gives 09:00 New York as 14:00 UTC in winter and 13:00 UTC in summer', () => {
    expect(zonedInstant('2026-01-15', '09:00', 'America/New_York').toISOString()).toBe('2026-01-15T14:00:00.000Z');
    expect(zonedInstant('2026-07-15', '09:00', 'America/New_York').toISOString()).toBe('2026-07-15T13:00:00.000Z');
    // the days of both transitions (8 March and 1 November 2026): 09:00 is after the change
    expect(zonedInstant('2026-03-08', '09:00', 'America/New_York').toISOString()).toBe('2026-03-08T13:00:00.000Z');
    expect(zonedInstant('2026-11-01', '09:00', 'America/New_York').toISOString()).toBe('2026-11-01T14:00:00.000Z');
  });

  it('maps a time skipped by the spring-forward gap to the first minute after it', () => {
    // 8 March 2026: New York clocks jump from 02:00 EST to 03:00 EDT (07:00 UTC)
    expect(zonedInstant('2026-03-08', '02:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:00:00.000Z');
    expect(zonedInstant('2026-03-08', '02:00', 'America/New_York').toISOString()).toBe('2026-03-08T07:00:00.000Z');
    expect(zonedInstant('2026-03-08', '03:00', 'America/New_York').toISOString()).toBe('2026-03-08T07:00:00.000Z');
    // Europe/Berlin, 29 March 2026: 02:00 CET -> 03:00 CEST at 01:00 UTC
    expect(zonedInstant('2026-03-29', '02:15', 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('maps a time in the repeated fall-back hour to its first occurrence', () => {
    // 1 November 2026: 01:00–02:00 happens twice in New York (EDT, then EST)
    expect(zonedInstant('2026-11-01', '01:30', 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(zonedInstant('2026-10-25', '02:30', 'Europe/Berlin').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('handles zones with half-hour offsets and no DST', () => {
    expect(zonedInstant('2026-06-01', '09:00', 'Asia/Kolkata').toISOString()).toBe('2026-06-01T03:30:00.000Z');
    expect(zonedInstant('2026-06-01', '00:00', 'Asia/Tokyo').toISOString()).toBe('2026-05-31T15:00:00.000Z');
    expect(zoneOffset(Date.parse('2026-06-01T00:00:00Z'), 'Asia/Kathmandu')).toBe((5 * 60 + 45) * 60_000);
  });
});
