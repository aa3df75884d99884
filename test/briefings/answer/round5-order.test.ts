import { describe, expect, it } from 'vitest';
import { readCues } from '../../../src/briefings/answer/cues.js';
import { ask, firstCited } from '../../support/ask.js';

/**
 * Round 5 (docs/questions.md): "the latest X" is the newest record of X itself, and "when did X
 * start / end" is told by the right record. Phrasings of their own, not the tuning set's.
 */

describe('the newest record of the thing asked about', () => {
  it('keeps to the kind of thing named: an agreement, not a later remark or drills that mention one', () => {
    expect(firstCited('when did the soviet union and japan last sign an agreement')).toBe('1991-10-14-visa-free-exchange-arrangement');
    expect(firstCited('the most recent deal moscow backed out of')).toBe('2022-09-05-russia-ends-visa-free-exchanges-and-visits');
  });

  it('keeps to records whose actors include the body named', () => {
    expect(firstCited('newest statement by the japanese foreign ministry on the islands')).toBe('2022-04-22-diplomatic-bluebook-illegally-occupied');
  });

  it('still takes a protest of drills as the newest record of the drills', () => {
    expect(firstCited('most recent drills by russia on the islands')).toBe('2025-05-14-japan-protests-drills-near-shikotan');
  });

  it('reads "update" or "development" beside a recency word as framing', () => {
    expect(readCues('latest update on the fishing deal').text).not.toMatch(/update/);
    expect(readCues('the update to the fishing deal').text).toMatch(/update/);
    expect(ask('any recent developments with the fishing agreement').declined).toBe(false);
  });
});

describe('start and end', () => {
  it('reads since when, first, and stop working as the start or the end', () => {
    expect(readCues('since when have the talks been suspended').phase).toBe('start');
    expect(readCues('when did japan first protest').phase).toBe('start');
    expect(readCues('when did japan first protest').text).toMatch(/first/);
    expect(readCues('when did the exchanges stop working').phase).toBe('end');
    expect(readCues('when did the visits cease').phase).toBe('end');
    expect(readCues('what was the first treaty').phase).toBeUndefined();
  });

  it('starts a thing at the record titled by it, not an earlier one that mentions it', () => {
    expect(firstCited('when did the soviet war with japan begin')).toBe('1945-08-08-ussr-declares-war-on-japan');
  });

  it('ends an agreement at the record of its suspension', () => {
    expect(firstCited('when did the safe fishing agreement cease')).toBe('2022-06-07-russia-suspends-fishing-agreement');
    expect(firstCited('since when have japanese fishermen been able to fish safely near the islands')).toBe('1998-safe-fishing-agreement');
  });
});
