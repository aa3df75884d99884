import { describe, expect, it } from 'vitest';
import { ask } from '../../support/ask.js';

/**
 * "What missile system did Russia fire in the Matua drills?" asks for the system; the Matua record
 * names missile troops and no system, so it is declined (asked-detail.ts). The Paramushir record
 * names its system (Bastion), so the same question about Paramushir is answered from it, and a
 * wider word ("weapons") is still answered by the record that names what they were.
 */
describe('a piece of equipment asked for must be named by the record', () => {
  it('the Matua drills name no missile system: declined', () => {
    expect(ask('what missile system did russia fire in the matua drills').declined).toBe(true);
  });
  it.each(['what missile system did russia deploy on paramushir', 'what weapons did russia deploy on paramushir'])('%s → the Bastion record', (q) => {
    expect(ask(q).events[0]?.id).toBe('2022-12-bastion-missiles-on-paramushir');
  });
});
