import { describe, expect, it } from 'vitest';
import { parseCommandLine, usage } from '../../src/commands/parse.js';
import { commands, findCommand } from '../../src/commands/registry.js';

const parse = (line: string) => parseCommandLine(line, commands);

function request(line: string) {
  const result = parse(line);
  if (!result.ok) throw new Error(`expected ${line} to parse: ${result.reply.lead}`);
  return result.request;
}

function refusal(line: string) {
  const result = parse(line);
  if (result.ok) throw new Error(`expected ${line} to be refused`);
  expect(result.reply.kind).toBe('error');
  expect(result.reply.visibility).toBe('ephemeral');
  return `${result.reply.title}\n${result.reply.lead}\n${result.reply.sections.map((s) => s.text).join('\n')}`;
}

describe('parseCommandLine', () => {
  it('defaults to brief with or without the /kuril prefix', () => {
    expect(request('/kuril')).toEqual({ name: 'brief', raw: {} });
    expect(request('')).toEqual({ name: 'brief', raw: {} });
    expect(request('  /KURIL  ')).toEqual({ name: 'brief', raw: {} });
  });

  it('reads name:value options', () => {
    expect(request('/kuril timeline from:2022-01 to:2022-12 actor:russia')).toEqual({
      name: 'timeline',
      raw: { from: '2022-01', to: '2022-12', actor: 'russia' },
    });
  });

  it('reads quoted values with spaces, straight or curly', () => {
    expect(request('/kuril timeline actor:"Muneo Suzuki"').raw).toEqual({ actor: 'Muneo Suzuki' });
    expect(request('/kuril timeline actor:“Fumio Kishida”').raw).toEqual({ actor: 'Fumio Kishida' });
  });

  it('fills positional options from bare words', () => {
    expect(request('/kuril event 2022-03-21-russia-suspends-peace-talks')).toEqual({ name: 'event', raw: { id: '2022-03-21-russia-suspends-peace-talks' } });
    expect(request('/kuril help timeline')).toEqual({ name: 'help', raw: { command: 'timeline' } });
  });

  it('gives ask the rest of the line as typed, colons and quotes included', () => {
    expect(request('/kuril ask what did Kishida say: "unjust"?')).toEqual({ name: 'ask', raw: { question: 'what did Kishida say: "unjust"?' } });
  });

  it('reads a time option whose value contains a colon', () => {
    expect(request('/kuril subscribe time:09:30 tz:Europe/Berlin').raw).toEqual({ time: '09:30', tz: 'Europe/Berlin' });
  });

  it('suggests the nearest subcommand for a typo', () => {
    expect(refusal('/kuril timelin')).toMatch(/Did you mean \/kuril timeline\?/);
    expect(refusal('/kuril sorces')).toMatch(/Did you mean \/kuril sources\?/);
  });

  it('suggests the nearest option for a typo', () => {
    expect(refusal('/kuril timeline frm:2022')).toMatch(/no option "frm".*Did you mean from:/);
  });

  it('refuses stray text for commands without a positional option', () => {
    expect(refusal('/kuril timeline russia')).toMatch(/does not take "russia"/);
  });

  it('refuses a repeated option', () => {
    expect(refusal('/kuril timeline from:2020 from:2021')).toMatch(/given twice/);
  });

  it('refuses a 10 KB line without processing it', () => {
    expect(refusal(`/kuril timeline ${'x'.repeat(10_240)}`)).toMatch(/10,256 characters long; commands take at most 2,000/);
  });

  it('drops control characters and bidi overrides', () => {
    expect(request('/kuril\u0000 time\u0007line from:\u001b2022\u202e')).toEqual({ name: 'timeline', raw: { from: '2022' } });
  });

  it('never echoes a live mention', () => {
    const text = refusal('/kuril @everyone');
    expect(text).not.toMatch(/@everyone/);
    expect(text).toContain('@\u200beveryone');
    expect(refusal('/kuril <!channel>')).not.toContain('<!channel>');
  });

  it('handles emoji without crashing and without splitting a surrogate pair', () => {
    const text = refusal(`/kuril ${'🏝️'.repeat(40)}`);
    expect(text).toMatch(/no \/kuril subcommand/);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('usage', () => {
  it('is derived from the declarations', () => {
    expect(usage(findCommand('event')!)).toBe('/kuril event <id>');
    expect(usage(findCommand('timeline')!)).toBe('/kuril timeline [from:YYYY-MM-DD] [to:YYYY-MM-DD] [actor:name] [island:name] [page:N]');
  });
});
