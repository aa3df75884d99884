import { describe, expect, it } from 'vitest';
import { cited, declined, firstCited, lead } from '../../support/ask.js';

/**
 * Tuning round 7 for positions, island names and where things stand (docs/questions.md): each rule
 * tested with phrasings of our own, not the tuning set's, and with questions it must decline.
 */

describe("a side's position, asked how it puts it, justifies it or what it is after", () => {
  it('reads framing and justifying words as asking the position', () => {
    expect(lead('how does russia characterise its hold on the kurils')).toContain('outcome of the Second World War');
    expect(lead("what is moscow's rationale for keeping the islands")).toContain('outcome of the Second World War');
    expect(lead("what is the basis of russia's claim to the southern kurils")).toContain('beyond question');
    expect(lead('how does japan justify its claim to the islands')).toContain('inherent part of its territory');
  });

  it('answers from the side asked about when its position holds the rest of the question', () => {
    expect(lead('according to japan, who is occupying the northern territories')).toContain('Soviet Union and then by Russia');
    expect(lead('tokyo maintains the islands were taken by whom')).toContain('Soviet Union');
    // A ban on ceding is the answer to giving up, handing over or ceding.
    expect(lead('can russia legally cede the kurils to japan')).toContain('bans ceding territory');
    expect(lead('is moscow even permitted to give the islands away')).toContain('bans ceding territory');
    // One of the four islands is held as the position holds them all; an island outside them is not.
    expect(lead('is russia able to give back shikotan under its constitution')).toContain('bans ceding territory');
    expect(lead('how does russia justify holding etorofu')).toContain('outcome of the Second World War');
    expect(declined('can russia legally cede urup')).toBe(true);
  });

  it("reads a side's aims in the end, in the dispute's other names", () => {
    expect(lead("what is japan's end goal in the territorial dispute")).toContain('conclude a peace treaty');
    expect(lead('what does tokyo ultimately seek')).toContain('conclude a peace treaty');
    expect(lead("what is russia's aim in the territorial row")).toMatch(/^Russia holds/);
  });

  it("reads what a side calls another's hold, and the reasons it gives, from its position", () => {
    expect(lead('what does japan call the russian presence on the islands')).toContain('illegally occupied');
    expect(lead('what reason does japan give for calling the islands occupied')).toMatch(/^Japan holds/);
    // Past tense asks for the record of what was said then, not the position of now.
    expect(lead('what reason did russia give for suspending the talks')).toContain("Japan's sanctions");
    expect(lead('what does russia call the 1956 declaration')).toContain('starting point');
  });

  it('leaves to the records what the position does not hold, and declines what no record holds', () => {
    expect(declined('how does japan describe the vostok drills')).toBe(true);
    expect(declined('on what grounds does japan say the islands were illegally taken by china')).toBe(true);
    expect(declined('according to china who owns the islands')).toBe(true);
    expect(lead('how does russia describe the 2016 nagato summit')).not.toMatch(/^Russia holds/);
    // Its position says what it did over the sanctions, not how it describes them.
    expect(declined("how does russia describe japan's sanctions")).toBe(true);
  });

  it('cites first the records of the position that hold the words asked about', () => {
    expect(firstCited('can russia legally cede the kurils to japan')).toBe('2020-07-01-russian-constitution-bans-ceding-territory');
    expect(firstCited('according to japan, who is occupying the northern territories')).toBe('2022-04-22-diplomatic-bluebook-illegally-occupied');
  });
});

describe('one name for several islands', () => {
  it("reads the shared name from the note of an island that names the others", () => {
    expect(lead('what do russians call habomai and shikotan collectively')).toContain('Lesser Kuril Ridge');
    expect(lead('what is the russian name for shikotan and habomai together')).toContain('Lesser Kuril Ridge');
    expect(lead('what does moscow call the habomai islets plus shikotan')).toContain('Lesser Kuril Ridge');
  });

  it("gives the four islands' name when asked for them together, or how a side refers to them", () => {
    expect(lead('what does japan call the four islands as a group')).toMatch(/^Northern Territories/);
    expect(lead('what do russians call the contested islands collectively')).toContain('Южные Курилы');
    expect(lead('how does russia refer to the islands')).toContain('Southern Kurils');
  });

  it('declines a shared name no note gives, or one the side named does not use', () => {
    expect(declined('what does japan call shikotan and habomai together')).toBe(true);
    expect(declined('what does russia call etorofu and kunashiri together')).toBe(true);
  });
});

describe('still so, citing the record that made it so', () => {
  it('cites the stop first when the status line says it still holds', () => {
    expect(cited('are the peace talks still suspended')[0]).toBe('2022-03-21-russia-suspends-peace-talks');
    expect(cited('is the peace-treaty dialogue still on ice?')[0]).toBe('2022-03-21-russia-suspends-peace-talks');
    expect(lead('are the peace negotiations still halted')).toMatch(/^Yes\./);
  });

  it('cites only a record the status line rests on as the stop, not a later mention of it', () => {
    expect(firstCited('are the talks still suspended')).toBe('2022-03-21-russia-suspends-peace-talks');
    expect(firstCited('are the talks back on')).toBe('2022-03-21-russia-suspends-peace-talks');
  });

  it('answers "Yes" when the question itself denies the thing and the stop is on record', () => {
    expect(lead('is there still no peace treaty')).toMatch(/^Yes\./);
    expect(lead('are the visa-free visits still not running')).toMatch(/^Yes\./);
    expect(lead('is the fishing agreement still in force')).toMatch(/^No\./);
  });

  it('reads "on hold", "shelved" as a stop asked about, not as holding the islands', () => {
    expect(lead('are the visa-free exchanges still on hold?')).toMatch(/^Yes\./);
    expect(firstCited('are the fishing talks still shelved')).toBe('2022-06-07-russia-suspends-fishing-agreement');
    expect(cited('are the peace treaty talks still on hold')[0]).toBe('2022-03-21-russia-suspends-peace-talks');
  });
});
