import { describe, expect, it } from 'vitest';
import { ask, lead, cited } from '../../support/ask.js';

/**
 * Round 5 (docs/questions.md): where things stand, positions, the islands, actors and the news,
 * answered from the whole dossier. Each rule is tested with phrasings of its own (not the tuning
 * set's) and with a question of the same shape it must leave alone or decline.
 */

describe('news in chat words', () => {
  it('reads "fill me in" and "bring me up to speed" as asking for the news', () => {
    expect(ask('fill me in on the kurils').path).toBe('news');
    expect(ask('bring me up to speed on the dispute').path).toBe('news');
  });

  it('takes a misspelt filler word for the word', () => {
    expect(ask('recent developmnets on the kuril row?').path).toBe('news');
  });

  it('lists a period when the question names only the dispute', () => {
    const r = ask('what went on in the territorial issue in 2023');
    expect(r.path).toBe('period');
    expect(r.reply.lead).toContain('Day of Victory');
  });
});

describe('is it still going on', () => {
  it('answers No from the newest record that says the thing was stopped', () => {
    expect(lead('is the visa-free program still in force')).toMatch(/^No\./);
    expect(cited('is the visa-free program still in force')[0]).toBe('2022-09-05-russia-ends-visa-free-exchanges-and-visits');
    expect(lead('is the fishing deal still operating?')).toMatch(/^No\..*7 June 2022/);
  });

  it('answers Yes when the question itself names the stop, or asks whether it is over', () => {
    expect(lead('is the fishing agreement still suspended')).toMatch(/^Yes\./);
    expect(lead('is the state of war between moscow and tokyo over?')).toMatch(/^Yes\..*1956/);
  });

  it('reads the thing from the words its record holds, the stop from a sentence pointing back to it', () => {
    expect(lead('can former inhabitants still travel to the islands')).toMatch(/^No\./);
    expect(lead('can japanese fishermen still fish near the islands')).toMatch(/^No\..*7 June 2022/);
  });

  it('reads the status line as the newest record of the talks', () => {
    expect(lead('are the peace negotiations still going on')).toMatch(/^No\..*suspended since 21 March 2022/);
    expect(ask('where do the talks stand as of 2026').path).toBe('statement');
  });

  it('leaves a side\'s aims to the positions and declines what no record says stopped', () => {
    expect(lead('does tokyo still want a peace treaty')).toMatch(/^Yes\./);
    expect(ask('is the yalta agreement still valid').declined).toBe(true);
    // The 1956 declaration "ended the state of war": what ended is the war, not a declaration.
    expect(ask('is the tokyo declaration still valid').declined).toBe(true);
  });
});

describe('the islands from their records', () => {
  it('lists the islands Japan claims and those it does not', () => {
    expect(lead('which four islands does japan want back')).toMatch(/Etorofu.*Kunashiri.*Shikotan.*Habomai/);
    const not = lead('which islands does tokyo not claim');
    expect(not).toContain('Urup');
    expect(not).toContain('Shumshu');
    expect(not).not.toMatch(/does not claim[^;]*Etorofu/);
  });

  it('tells the chain from the four islands', () => {
    expect(lead('is chishima the same as hoppo ryodo')).toMatch(/^No\./);
    expect(lead('are the other kuril islands claimed by japan')).toMatch(/^No\..*Paramushir/);
  });

  it('compares size only from the ranks the notes give', () => {
    expect(lead('is iturup larger than kunashir?')).toMatch(/^Yes\./);
    expect(lead('is kunashiri bigger than etorofu')).toMatch(/^No\./);
    expect(ask('is shikotan bigger than kunashiri').declined).toBe(true);
  });

  it('answers a choice question about one island from its record, not with a yes', () => {
    const r = ask('is habomai a single island or a group');
    expect(r.path).toBe('island');
    expect(r.reply.lead).not.toMatch(/^Yes/);
    expect(r.reply.lead).toContain('islets');
  });

  it('answers why a name is spelt two ways from the island record', () => {
    expect(lead('why is shikotan often written shikoton')).toContain('1956 Joint Declaration');
  });

  it('reads "what is meant by X" and Russian "что такое X" as definitions', () => {
    expect(ask('what is meant by hoppo ryodo').path).toBe('group');
    expect(lead('что такое Кунашир')).toContain('Kunashiri');
  });
});

describe('positions and actors', () => {
  it('answers a side\'s argument from its position, its own statements cited first', () => {
    const r = ask('what is moscow\'s legal case for the southern kurils');
    expect(r.reply.lead).toContain('UN Charter');
    expect(r.events.slice(0, 2).map((e) => e.kind)).toEqual(['statement', 'statement']);
  });

  it('answers both parts of "who is X and what did he do"', () => {
    const r = lead('who was yeltsin and what did he sign');
    expect(r).toContain('President of Russia');
    expect(r).toContain('Hosokawa');
    expect(lead('who is lavrov and what did he say about the weather')).toContain('nothing on record');
  });

  it('does not answer a why-question from the status line', () => {
    expect(ask('why are the talks frozen right now').reply.lead).toContain('sanctions');
  });
});
