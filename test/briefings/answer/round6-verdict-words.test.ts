import { describe, expect, it } from 'vitest';
import { declined, firstCited, lead } from '../../support/ask.js';

/**
 * Round 6: yes/no verdicts on what was said, claimed or decided, read from the words of the record
 * (docs/questions.md). Each rule with phrasings of its own, other records than the tuning questions,
 * and questions the record cannot settle, which must still be declined.
 */

describe('what someone said', () => {
  it('reads "claim / argue / insist that …" as a saying, whose speaker must have said every word of it', () => {
    expect(lead('did lavrov insist that japan\'s demand for the islands runs against the un charter')).toMatch(/^Yes\./);
    expect(lead('did kishida insist that russia\'s decision was unjust')).toMatch(/^Yes\./);
    expect(lead('did poccolini claim that japan could stay neutral over ukraine')).toMatch(/^No\./);
    // His words are about the UN Charter, not the constitution; nobody on record said Japan's sanctions were illegal.
    expect(declined('did lavrov argue that japan\'s claim goes against the constitution')).toBe(true);
    expect(declined('did peskov say japan\'s sanctions were illegal')).toBe(true);
    expect(lead('did kishida say russia\'s decision was acceptable')).toMatch(/^No\..*unacceptable/);
  });

  it('reads a people\'s adjective in what was said as that adjective, not as the state named elsewhere in the clause', () => {
    expect(lead('did lavrov say the islands became russian after the war')).toMatch(/^Yes\./);
    // "became Russian …, which Japan accepted" names Japan but does not call the islands Japanese.
    expect(lead('did lavrov say the islands became japanese after the war')).not.toMatch(/^Yes/);
    expect(lead('did zelensky\'s decree say the northern territories are japanese')).toMatch(/^Yes\./);
  });

  it('reads a "He said …" or "She …" sentence as said by the person the record named', () => {
    expect(lead('did the kremlin say tokyo halted the dialogue')).toMatch(/^Yes\..*Tokyo/);
    expect(lead('did lavrov say at his press conference that the islands became russian after the war')).toMatch(/^Yes\./);
  });

  it('does not read the side named as the object of someone else\'s deed as a question about that side\'s aims', () => {
    expect(lead('did ukraine back japan\'s claim to the islands')).toMatch(/^Yes\./);
    expect(firstCited('did the soviet notes demand that foreign troops leave japan')).toBe('1960-01-27-gromyko-memorandum-adds-troop-condition');
  });
});

describe('a contrast denies only its alternative', () => {
  it('answers from what "X, not Y" and "X rather than Y" affirm, and No when the question takes the alternative', () => {
    expect(lead('did al qassas say russia is a european power')).toMatch(/^Yes\./);
    expect(lead('did al-qassas call russia an asian power')).toMatch(/^No\./);
    // Read alone, "Tokyo, not Moscow" would make a No of Peskov's own words.
    expect(lead('did peskov say tokyo was the one that halted the dialogue')).toMatch(/^Yes\./);
  });
});

describe('the occasion a question names', () => {
  it('lends the record\'s occasion and month to each of its clauses', () => {
    expect(lead('did kishida speak at the rally in february')).toMatch(/^Yes\./);
    expect(lead('did kishida say at the hiroshima visit that russian nuclear use was increasingly real')).toMatch(/^Yes\./);
  });

  it('holds a month only by the record\'s own date, not by a note that mentions another record', () => {
    expect(declined('did takaichi criticise russia\'s war in ukraine in her october speech')).toBe(true);
    expect(declined('did takaichi say in her october speech that japan\'s position was unchanged')).toBe(true);
    expect(declined('did kishida speak at the rally in march')).toBe(true);
    expect(firstCited('did takaichi give a speech in october')).toBe('2025-10-24-takaichi-seeks-peace-treaty');
  });
});

describe('a weaker degree is a No', () => {
  it('answers No when the record says "unlikely", "difficult" or "possible" where the question says "impossible" or "certain"', () => {
    expect(lead('did takaichi say relations with russia were impossible')).toMatch(/^No\./);
    expect(lead('did poccolini say a conflict with russia was certain')).toMatch(/^No\./);
    expect(lead('did kishida say russian nuclear use was certain')).toMatch(/^No\./);
  });
});

describe('every case, and the first time ever', () => {
  it('answers No from an exception the record makes to what the question says of every case', () => {
    expect(lead('does the constitution ban every handover of territory')).toMatch(/^No\..*except/);
    expect(lead('does russia\'s constitution always forbid ceding territory')).toMatch(/^No\./);
    // A question about what the exception allows is not answered No by it.
    expect(lead('did russia\'s constitution always allow border demarcation')).not.toMatch(/^No/);
    // Without "every" the ban itself answers; Japan's constitution is not on record.
    expect(lead('does russia\'s constitution ban ceding territory')).toMatch(/^Yes\./);
    expect(declined('does japan\'s constitution forbid every change to its borders')).toBe(true);
    expect(lead('did the constitution ban all changes to the border')).toMatch(/^No\./);
    // "Any" asks whether there is one.
    expect(lead('does russia\'s ban on ceding land have any exceptions')).toMatch(/^Yes\./);
  });

  it('answers No to "the first ever" from "the first time since …", and Yes when the question says since when', () => {
    expect(lead('was the 2022 bluebook the first ever to call the islands illegally occupied')).toMatch(/^No\..*since 2003/);
    expect(lead('was 2022 the first time since 2003 that the bluebook called the islands illegally occupied')).toMatch(/^Yes\./);
    expect(lead('was medvedev the first russian leader to visit kunashir')).toMatch(/^Yes\./);
    // "Since 2003" says it was used in 2003, not whether that was the first time.
    expect(declined('was 2003 the first time the bluebook called the islands illegally occupied')).toBe(true);
  });
});

describe('what a corrected record used to say', () => {
  it('answers No from the correction, in any form of the verb', () => {
    expect(lead('did nippon ishin kick out muneo suzuki')).toMatch(/^No\..*resign/);
    expect(lead('did muneo suzuki resign from nippon ishin')).toMatch(/^Yes\./);
  });

  it('does not read a weaker degree in the withdrawn words as the question\'s word', () => {
    // "Corrected: the record said no agreement was possible" withdrew no "certain"; "unlikely" answers it.
    expect(lead('did the kremlin say an agreement with japan was certain')).toMatch(/^No\..*unlikely/);
  });
});

describe('a question that names the record it is about', () => {
  it('lends "the Nagato summit" and "the islands" to each clause of that record, and reads "little progress" as No', () => {
    expect(lead('did the nagato summit make progress on sovereignty')).toMatch(/^No\./);
    expect(firstCited('did the nagato summit settle who owns the islands')).toBe('2016-12-15-nagato-tokyo-summit');
    expect(lead('is the fate of etorofu settled by the 1956 declaration')).toMatch(/^No\./);
    // No record says the Singapore meeting or the Tokyo Declaration settled it, or failed to.
    expect(declined('did the singapore meeting settle who owns the islands')).toBe(true);
    expect(declined('did the tokyo declaration settle who owns the islands')).toBe(true);
  });

  it('stops at the predicate: "was Japan a party to …" lends nothing of "a party"', () => {
    expect(lead('was japan a party to the yalta agreement')).toMatch(/^No\./);
    expect(lead('did the yalta agreement promise the kurils to the soviet union')).toMatch(/^Yes\./);
  });

  it('reads "unchanged" as the negation of "changed", whoever of the side said it', () => {
    expect(lead('has japan changed its position on the islands')).toMatch(/^No\./);
    expect(lead('is japan\'s position on the islands unchanged')).toMatch(/^Yes\./);
  });
});
