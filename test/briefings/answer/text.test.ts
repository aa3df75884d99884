import { describe, expect, it } from 'vitest';
import { processTerm } from '../../../src/briefings/answer/text.js';
import { ask } from '../../support/ask.js';

/**
 * text.ts: a stop word is dropped from every question. "Thank" was one, for "thanks!", so "who did
 * Takaichi thank in her first policy speech" was asked as "who … her first policy speech" and
 * answered with Takaichi herself. The thanks around a question are chatter.ts's to drop.
 */
describe('thanks', () => {
  it('is a word of the question inside it', () => {
    expect(processTerm('thank')).not.toBeNull();
    expect(ask('who did takaichi thank in her first policy speech').declined).toBe(true);
  });

  it('is chatter around the question', () => {
    const plain = ask('who is takaichi');
    expect(plain.declined).toBe(false);
    for (const typed of ['thanks, who is takaichi', 'who is takaichi? thanks!', 'who is takaichi, thank you']) {
      expect(ask(typed).reply.lead, typed).toBe(plain.reply.lead);
    }
  });
});
