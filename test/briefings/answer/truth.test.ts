import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/briefings/answer/index.js';
import { namedSentence } from '../../../src/briefings/answer/pronouns.js';
import { plainVerbs } from '../../../src/briefings/answer/verbs.js';
import { realDossier } from '../../support/fixtures.js';

/**
 * Issue 12, known wrong or weak answers of /kuril ask: each rule with phrasings of its own, checked
 * against the real dossier as of the clock below.
 */
const dossier = realDossier();
const NOW = new Date('2026-03-01T12:00:00Z');
const ask = (question: string) => answerQuestion(dossier, question, NOW);
const lead = (question: string) => ask(question).reply.lead ?? '';

describe('incorporation is the 1946 decree, not the 1956 declaration', () => {
  it.each([
    'when did moscow make the kurils part of the ussr',
    'when were the kurils made part of the soviet union',
    'when did the soviet union make southern sakhalin part of its territory',
  ])('%s', (question) => {
    const result = ask(question);
    expect(result.declined).toBe(false);
    expect(lead(question)).toMatch(/^February 1946\b/);
  });

  it('reads "make X part of" as incorporating X', () => {
    expect(plainVerbs('when did moscow make the kurils part of the ussr')).toBe('when did moscow incorporate the kurils into the ussr');
  });
});

describe('an answer from a later sentence names its speaker', () => {
  it.each(["how did russia react to japan's demand for the islands' return", "what did russia say about japan's demand for their return"])('%s', (question) => {
    const text = lead(question);
    expect(text).toContain('Sergey Lavrov said Japan');
    expect(text).not.toMatch(/(?:^|: )He said/);
  });

  it('keeps the pronoun right after the sentence that names him', () => {
    const text = lead("how did lavrov react to japan's demand for their return");
    expect(text).toContain('Foreign Minister Sergey Lavrov said the islands became Russian');
    expect(text).toContain('. He said Japan');
  });

  it('resolves only from the record: the person named before, or its only person', () => {
    const event = dossier.eventsById.get('2019-01-16-lavrov-says-japans-claim-contradicts-un-charter')!;
    expect(namedSentence(dossier, event, ['Sergey Lavrov spoke.', 'He said no.'], 1)).toBe('Sergey Lavrov said no.');
    expect(namedSentence(dossier, event, ['Lavrov spoke.', 'His words were firm.'], 1)).toBe("Sergey Lavrov's words were firm.");
    expect(namedSentence(dossier, event, ['He said no.'], 0)).toBeUndefined();
    expect(namedSentence(dossier, event, ['Lavrov spoke.', 'Japan objected.'], 1)).toBeUndefined();
    // A record with no person among its actors has nobody to name.
    const treaty = dossier.eventsById.get('1855-02-07-treaty-of-shimoda')!;
    expect(namedSentence(dossier, treaty, ['The treaty was signed.', 'He said so.'], 1)).toBeUndefined();
  });
});

describe('specifying or stating who is saying who', () => {
  it.each([
    'did the san francisco treaty specify who the kurile islands go to',
    'did the san francisco treaty state who gets the kurils',
    'did the san francisco treaty say who gets the kurils',
    'did the san francisco peace treaty spell out who receives the kurile islands',
  ])('%s → No', (question) => {
    expect(ask(question).declined).toBe(false);
    expect(lead(question)).toMatch(/^No\./);
    expect(lead(question)).toContain('without the treaty saying to whom');
  });

  it('rewrites the verbs only before who, whom or which', () => {
    expect(plainVerbs('did the treaty specify which islands japan renounced')).toBe('did the treaty say which islands japan renounced');
    expect(plainVerbs('did the declaration state that the war was over')).toBe('did the declaration state that the war was over');
  });
});

describe("an island's other names in a verdict clause", () => {
  it.each([
    ['did the 1855 treaty give iturup to japan', 'Yes'],
    ['did the 1855 treaty give etorofu to japan', 'Yes'],
    ['did the treaty of shimoda give iturup to japan', 'Yes'],
    ['did the 1855 treaty leave iturup to russia', 'No'],
    ['did the shimoda treaty hand iturup over to russia', 'No'],
    ['did the 1855 treaty give urup to japan', 'No'],
  ])('%s → %s', (question, truth) => {
    expect(ask(question).declined).toBe(false);
    expect(lead(question)).toMatch(new RegExp(`^${truth}\\.`));
    expect(lead(question)).toContain('Etorofu, left to Japan');
  });
});
