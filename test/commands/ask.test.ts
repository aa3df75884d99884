import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/adapters/console/render.js';
import type { CommandContext } from '../../src/commands/command.js';
import { runCommand, runTextCommand } from '../../src/commands/dispatch.js';
import { runText } from '../../src/commands/text.js';
import { ASK_MAX_LENGTH, cutQuestion } from '../../src/commands/kuril/ask.js';
import { createAskLimiter, type AskLimiter } from '../../src/commands/ask-limiter.js';
import { testCaller, testContext } from '../support/context.js';
import { configSchema } from '../../src/config.js';
import { loadDossier } from '../../src/dossier/load.js';

/** The ask command's guards: rate limit, length cut, help for empty input, inert mentions. */
const dossier = loadDossier();
const NOW = new Date('2026-03-01T12:00:00Z');

function ctx(overrides: { now?: Date; userId?: string; askLimiter?: AskLimiter } = {}): CommandContext {
  return testContext(dossier, overrides.now ?? NOW, {
    caller: testCaller({ platform: 'slack', userId: overrides.userId ?? 'U1', isDirect: true }),
    // A fresh limiter per test unless one is given, so tests do not share counts.
    askLimiter: overrides.askLimiter ?? createAskLimiter(),
  });
}

const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe('ask: answers', () => {
  it('answers a direct message from the event set', async () => {
    const reply = await runText('when did russia suspend the peace talks?', ctx());
    expect(reply.kind).toBe('answer');
    expect(reply.lead).toMatch(/^21 March 2022: /);
  });

  it('answers /kuril ask typed as a command', async () => {
    const reply = await runTextCommand('/kuril ask who is Muneo Suzuki?', ctx());
    expect(reply.lead).toMatch(/^Muneo Suzuki: /);
  });
});

describe('ask: rate limit', () => {
  it('allows the limit per user per minute, then refuses with a clear message', async () => {
    const limiter = createAskLimiter(3);
    for (let i = 0; i < 3; i++) expect((await runText('who is peskov', ctx({ askLimiter: limiter, now: later(i) }))).kind).toBe('answer');
    const refused = await runText('who is peskov', ctx({ askLimiter: limiter, now: later(10) }));
    expect(refused.kind).toBe('error');
    expect(refused.title).toBe('Too many questions');
    expect(refused.lead).toMatch(/You have asked 3 questions in the last minute\. Please wait 50 seconds/);
    expect(refused.visibility).toBe('ephemeral');
  });

  it('counts each user separately and frees a slot once a minute has passed', async () => {
    const limiter = createAskLimiter(2);
    await runText('who is peskov', ctx({ askLimiter: limiter, now: later(0) }));
    await runText('who is peskov', ctx({ askLimiter: limiter, now: later(1) }));
    expect((await runText('who is peskov', ctx({ askLimiter: limiter, now: later(2) }))).kind).toBe('error');
    expect((await runText('who is peskov', ctx({ askLimiter: limiter, now: later(2), userId: 'U2' }))).kind).toBe('answer');
    expect((await runText('who is peskov', ctx({ askLimiter: limiter, now: later(61) }))).kind).toBe('answer');
  });

  it('reads ASK_RATE_LIMIT from the configuration, default 10', () => {
    expect(configSchema.parse({}).ASK_RATE_LIMIT).toBe(10);
    expect(configSchema.parse({ ASK_RATE_LIMIT: '25' }).ASK_RATE_LIMIT).toBe(25);
    expect(configSchema.safeParse({ ASK_RATE_LIMIT: '0' }).success).toBe(false);
  });

  it('does not count empty or emoji-only messages', async () => {
    const limiter = createAskLimiter(1);
    await runText('🙂', ctx({ askLimiter: limiter }));
    expect((await runText('who is peskov', ctx({ askLimiter: limiter }))).kind).toBe('answer');
  });
});

describe('ask: long questions', () => {
  it(`cuts a question over ${ASK_MAX_LENGTH} characters at a word boundary and says so`, async () => {
    const question = `when did russia suspend the peace talks ${'and please tell me more '.repeat(40)}`;
    expect(question.length).toBeGreaterThan(ASK_MAX_LENGTH);
    const reply = await runText(question, ctx());
    expect(reply.kind).toBe('answer');
    expect(reply.footer).toMatch(/^Your question was over 500 characters, so only its first 500 were read\./);
    const cut = cutQuestion(question);
    expect(cut.cut).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(ASK_MAX_LENGTH);
    expect(cut.text.endsWith(' ')).toBe(false);
  });

  it('leaves a question of 500 characters or fewer alone', async () => {
    expect(cutQuestion('who is peskov')).toEqual({ text: 'who is peskov', cut: false });
    const reply = await runText('who is peskov', ctx());
    expect(reply.footer ?? '').not.toMatch(/over 500 characters/);
  });
});

describe('ask: empty and emoji-only input', () => {
  it.each(['', '   ', '🙂', '🎉🎉 👍', '???', '<@U123>'])('"%s" gets help, not an answer', async (text) => {
    const reply = await runCommand({ name: 'ask', raw: { question: text } }, ctx());
    expect(reply.kind).toBe('help');
    expect(reply.visibility).toBe('ephemeral');
    expect(reply.lead).toMatch(/Ask about the Russia–Japan dispute/);
  });
});

describe('ask: mentions are never echoed live', () => {
  it('strips mention syntax from the question and keeps it out of the answer', async () => {
    const reply = await runText('@everyone <@U123> <!channel> when did russia suspend the peace talks?', ctx());
    expect(reply.lead).toMatch(/^21 March 2022: /);
    const text = renderText(reply);
    for (const mention of ['@everyone', '<@U123>', '<!channel>', '@here']) expect(text).not.toContain(mention);
  });

  it('defuses mentions when help quotes what was typed', async () => {
    const reply = await runText('<@U123> @here 🎉', ctx());
    expect(reply.kind).toBe('help');
    const text = renderText(reply);
    expect(text).not.toContain('<@U123>');
    expect(text).not.toContain('@here');
    expect(text).toContain('@\u200bhere');
  });

  it('declines an off-topic question without repeating it', async () => {
    const reply = await runText('@everyone who won the world cup?', ctx());
    expect(reply.title).toBe('Not in my sources');
    expect(renderText(reply)).not.toMatch(/@everyone|world cup/i);
  });

  it('shows a near miss the records nearest it, each with its sources', async () => {
    const reply = await runText('how many bastion missiles did russia deploy on paramushir?', ctx());
    expect(reply.title).toBe('Not in my sources');
    const text = renderText(reply);
    expect(text).toContain('Closest on record');
    expect(text).toMatch(/Bastion/);
    expect(text).toMatch(/https:\/\//);
  });
});
