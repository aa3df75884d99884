import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/briefings/answer/index.js';
import { realDossier } from '../../support/fixtures.js';

/**
 * Issue 12: no wrong "Yes"/"No". Each probe says what the records support as of the clock below:
 * "Yes", "No", or "decline" when no clause states it about the same subject and thing (the record's
 * silence, an announced end date or a claim someone reported is no verdict). Written from the
 * records, not from the engine's output; the engine must match every row.
 */
const dossier = realDossier();
const NOW = new Date('2026-03-01T12:00:00Z');

type Truth = 'Yes' | 'No' | 'decline';
const verdict = (question: string): Truth => {
  const result = answerQuestion(dossier, question, NOW);
  if (result.declined) return 'decline';
  const lead = result.reply.lead ?? '';
  return /^Yes\b/.test(lead) ? 'Yes' : /^No\b/.test(lead) ? 'No' : ('other' as Truth);
};

const PROBES: readonly (readonly [string, Truth])[] = [
  // Present, "still": a record of the thing in the past says nothing of now.
  ['are russian troops still on the islands', 'decline'],
  ['are the drills near shikotan still going on', 'decline'],
  ['is the 1956 declaration still in force', 'decline'],
  ['is the bastion missile division still on duty on paramushir', 'decline'],
  ['are the matua drills still going on', 'decline'],
  // Russia's position is as of now: "since 2020 its constitution bans ceding territory" (its: Russia's).
  ['is the russian constitution still banning ceding territory', 'Yes'],
  ['is the yalta agreement still secret', 'decline'],
  ['is the day of victory over militaristic japan still marked', 'decline'],
  ['is japan still protesting', 'decline'],
  ['is the tokyo declaration still valid', 'decline'],
  // Present, "still": the status line or a later record that ended or kept the thing.
  ['are the peace treaty talks still suspended', 'Yes'],
  ['is the fishing agreement still suspended', 'Yes'],
  ['is the fishing agreement still in force', 'No'],
  ['are the visa-free exchanges still running', 'No'],
  ['is russia still in control of the islands', 'Yes'],
  ['is there a peace treaty', 'No'],
  ['is the state of war over', 'Yes'],
  ['is matua one of the four islands', 'No'],
  // Past, "did": the deed on record, by the one asked about.
  ['did the soviet union sign the san francisco treaty', 'No'],
  ['did japan renounce the kurile islands', 'Yes'],
  ['did the 1956 declaration end the state of war', 'Yes'],
  ['did the 1956 declaration settle the fate of the islands', 'decline'],
  ['did russia suspend the peace talks', 'Yes'],
  ['did japan suspend the peace talks', 'decline'],
  ['did medvedev visit kunashir', 'Yes'],
  ['did putin visit kunashir', 'decline'],
  ['did japan protest medvedev\'s visit to iturup', 'Yes'],
  ['did zelensky recognise the northern territories as japanese', 'Yes'],
  ['did russia hold drills on matua', 'Yes'],
  ['did japan protest the drills near shikotan', 'Yes'],
  ['did the soviet union declare war on japan', 'Yes'],
  ['did the soviet union occupy shikotan', 'Yes'],
  ['did the treaty of shimoda give etorofu to japan', 'Yes'],
  ['did the treaty of shimoda give urup to japan', 'No'],
  ['did muneo suzuki visit moscow', 'Yes'],
  ['did the bluebook call the islands illegally occupied', 'Yes'],
  ['did abe and putin meet in singapore', 'Yes'],
  ['did the gromyko memorandum add a condition', 'Yes'],
  ['did kishida call the termination unacceptable', 'Yes'],
  ['did putin sign the day of victory law', 'Yes'],
  ['did japan join the sanctions', 'Yes'],
  ['did russia put missiles on paramushir', 'Yes'],
  ['did the soviets land on shumshu', 'Yes'],
  ['did the kremlin say an agreement is unlikely', 'Yes'],
  // Said, banned or meant is not done: a ban on ceding is no ceding. The party moved to expel him and
  // he resigned first: the note's correction ("the record said the party expelled him") makes it a No.
  ['did the party kick out suzuki', 'No'],
  ['was muneo suzuki expelled', 'No'],
  ['did russia cede territory', 'decline'],
  // Present perfect.
  ['has russia ended the visa-free exchanges', 'Yes'],
  ['has russia returned any islands', 'decline'],
  ['has japan dropped its claim to the islands', 'decline'],
  ["has takaichi changed japan's position on the islands", 'No'],
  // A question word the record uses only as a label on a name (labels.ts): "the four disputed
  // islands" says nothing of the chain; a title in a dated sentence is no "still prime minister".
  ['is the kuril chain disputed', 'decline'],
  ['is the whole kuril chain disputed', 'decline'],
  ['are the four islands disputed', 'Yes'],
  ['is takaichi still prime minister', 'decline'],
  ['is sanae takaichi still the prime minister', 'decline'],
  ['is kishida still prime minister', 'decline'],
  ['was the tokyo declaration signed by yeltsin', 'Yes'],
  // "Unchanged", "kept", "remains" back a "still" only about the thing asked: the rally's
  // "Japan's position is unchanged" is the position's, not the day's.
  ['is northern territories day still held', 'decline'],
  ['is the northern territories day rally still held', 'decline'],
  ['are the peace talks still on hold', 'Yes'],
];

describe('yes/no verdicts rest on a clause about the same subject and thing', () => {
  it.each(PROBES)('%s → %s', (question, truth) => {
    expect(verdict(question)).toBe(truth);
  });
});
