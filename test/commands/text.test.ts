import { describe, expect, it } from 'vitest';
import { routeText, runText } from '../../src/commands/text.js';
import { context, realDossier } from '../support/fixtures.js';

/** The one way in for typed text: every surface hands its line to runText, which decides what it is. */
const NOW = new Date('2026-11-26T09:00:00Z');

describe('routeText', () => {
  it.each([
    ['', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['  /help ', { kind: 'help' }],
    ['kuril help', { kind: 'help' }],
    ['Kuril Help timeline', { kind: 'help', topic: 'timeline' }],
    ['/kuril help', { kind: 'help' }],
    ['?', { kind: 'help' }],
    ['/help whatever', { kind: 'help', topic: 'whatever' }],
  ])('%j asks for help', (line, route) => {
    expect(routeText(line)).toEqual(route);
  });

  it.each([
    ['/kuril', '/kuril'],
    ['/kuril timeline from:2023', '/kuril timeline from:2023'],
    ['/KURIL event 2022-03-21-russia-suspends-peace-talks', '/KURIL event 2022-03-21-russia-suspends-peace-talks'],
    ['/timeline from:2025', '/kuril timeline from:2025'],
  ])('%j is a command', (line, command) => {
    expect(routeText(line)).toEqual({ kind: 'command', line: command });
  });

  it.each(['help me understand the talks', 'kuril islands history?', 'when did the talks stop?', 'who is kuril help desk'])('%j is a question', (line) => {
    expect(routeText(line)).toEqual({ kind: 'question', text: line });
  });

  it('calls an unknown /word an unknown command, never a question', () => {
    expect(routeText('/timelime')).toEqual({ kind: 'unknown-command', word: 'timelime' });
  });
});

describe('runText', () => {
  const ctx = () => context(realDossier(), NOW);

  it('runs a command, answers a question, and gives help for nothing', async () => {
    expect((await runText('/kuril timeline from:2023', ctx())).title).toBe('Timeline');
    expect((await runText('when did russia suspend the peace talks?', ctx())).lead).toMatch(/^21 March 2022: /);
    expect((await runText('   ', ctx())).title).toBe('Kuril Brief help');
  });

  it('suggests the /kuril form for a mistyped slash command', async () => {
    const reply = await runText('/timelime', ctx());
    expect(reply.title).toBe('Unknown command');
    expect(reply.lead).toBe('There is no command /timelime. Every command starts with /kuril: did you mean /kuril timeline?');
  });
});
