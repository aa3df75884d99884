import { describe, expect, it } from 'vitest';
import { addDays, compareIso, formatPartialDate, parsePartialDate } from '../../src/dossier/dates.js';

describe('partial dates', () => {
  it.each([
    ['1981', 'year', '1981-01-01', '1981-12-31', '1981'],
    ['1946-02', 'month', '1946-02-01', '1946-02-28', 'February 1946'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29', 'February 2024'],
    ['2022-03-21', 'day', '2022-03-21', '2022-03-21', '21 March 2022'],
    ['1945-08-18/1945-08-23', 'range', '1945-08-18', '1945-08-23', '18–23 August 1945'],
    ['1945-08-29/1945-09-05', 'range', '1945-08-29', '1945-09-05', '29 August – 5 September 1945'],
  ])('%s is a %s from %s to %s, shown as %s', (text, precision, start, end, shown) => {
    const date = parsePartialDate(text)!;
    expect(date).toMatchObject({ precision, start, end });
    expect(formatPartialDate(date)).toBe(shown);
  });

  it.each(['2022-02-29', '2022-13', '22-03-21', 'March 2022', '2022-03-25/2022-03-21', ''])('rejects %j', (text) => {
    expect(parsePartialDate(text)).toBeUndefined();
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-11-26', -89)).toBe('2026-08-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('orders days and slugs as localeCompare does', () => {
    const texts = ['2022-03-21', '1945-08-18', '2022-03-02', '1855', 'a-b', 'ab', 'a0', 'a-9', '2022-03-21-russia-suspends-talks', 'z'];
    expect([...texts].sort(compareIso)).toEqual([...texts].sort((a, b) => a.localeCompare(b)));
    expect(compareIso('2022-03-21', '2022-03-21')).toBe(0);
  });
});
