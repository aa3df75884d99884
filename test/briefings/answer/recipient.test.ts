import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/briefings/answer/index.js';
import { askedRecipient, contraryRecipient } from '../../../src/briefings/answer/recipient.js';
import { realDossier } from '../../support/fixtures.js';

/** "Did X go to Russia?" is No when a record gives X to Japan, and only then. */
describe('who got it', () => {
  it('reads who a question asks got what', () => {
    expect(askedRecipient('did the treaty hand the habomai islets over to japan')).toEqual({ side: 'japan', thing: ['habomai', 'islet'] });
    expect(askedRecipient('did moscow keep urup under the treaty')).toEqual({ side: 'russia', thing: ['urup'] });
    expect(askedRecipient('did the treaty end the war')).toBeUndefined();
  });

  it('finds the clause that gives the thing to the other side, not one about something else', () => {
    const text = 'The border ran between Kunashir, left to Japan, and Urup, left to Russia.';
    expect(contraryRecipient('did it leave kunashir to russia', [text])).toBe(text);
    expect(contraryRecipient('did it leave urup to russia', [text])).toBeUndefined();
    expect(contraryRecipient('did it leave kunashir to japan', [text])).toBeUndefined();
    expect(contraryRecipient('did russia get the kurils', ['Japan received all the Kuril Islands.'])).toBe('Japan received all the Kuril Islands.');
    expect(contraryRecipient('did russia get the kurils', ['The Kurils were not left to Japan.'])).toBeUndefined();
  });

  it('answers No from the record, and still Yes when the record agrees', () => {
    const dossier = realDossier();
    const now = new Date('2026-03-01T12:00:00Z');
    const no = answerQuestion(dossier, 'did the 1905 treaty give the kuril islands to russia', now).reply.lead;
    expect(no).toMatch(/^No\./);
    expect(no).toContain('The Kurils stayed Japanese');
    expect(answerQuestion(dossier, 'did russia get all of sakhalin in 1875', now).reply.lead).toMatch(/^Yes\./);
  });
});
