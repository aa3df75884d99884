import { describe, expect, it } from 'vitest';
import { lineToShare, pressVisibility, replyToPress } from '../../src/adapters/actions.js';
import { errorReply, type Reply } from '../../src/briefings/reply.js';

/** Who sees the answer to a button press: at most whoever could see the message pressed. */

const chart: Reply = { kind: 'briefing', title: 'Trend chart', sections: [], visibility: 'public' };

describe('the answer to a press', () => {
  it('follows the command on a public message, and is private on a private one', () => {
    expect(pressVisibility('public', 'public')).toBe('public');
    expect(pressVisibility('ephemeral', 'public')).toBe('ephemeral');
    expect(pressVisibility('public', 'ephemeral')).toBe('ephemeral');
    expect(pressVisibility('ephemeral', 'ephemeral')).toBe('ephemeral');
  });

  it('makes a public reply private only when the message pressed was, leaving the rest of it as it is', () => {
    expect(replyToPress(chart, 'public')).toBe(chart);
    expect(replyToPress(chart, 'ephemeral')).toEqual({ ...chart, visibility: 'ephemeral' });
    const error = errorReply('No', 'Not now.');
    expect(replyToPress(error, 'public')).toBe(error);
  });

  it('gives the line that posts it for everyone only for a private press of a command that answers publicly', () => {
    expect(lineToShare({ name: 'chart', raw: { from: '2025-12' } }, 'ephemeral')).toBe('/kuril chart from:2025-12');
    expect(lineToShare({ name: 'chart', raw: { from: '2025-12', actor: 'Muneo Suzuki' } }, 'ephemeral')).toBe('/kuril chart from:2025-12 actor:"Muneo Suzuki"');
    expect(lineToShare({ name: 'chart', raw: { from: '2025-12' } }, 'public')).toBeUndefined();
    // Private when typed, or refused (an unknown option): typing it would not post it either.
    expect(lineToShare({ name: 'help', raw: {} }, 'ephemeral')).toBeUndefined();
    expect(lineToShare({ name: 'chart', raw: { colour: 'red' } }, 'ephemeral')).toBeUndefined();
  });
});
