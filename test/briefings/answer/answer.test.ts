import { describe, expect, it } from 'vitest';
import { answer, answerIndex, ANSWER_TITLE, DECLINE_TITLE } from '../../../src/briefings/answer/index.js';
import { realDossier } from '../../support/fixtures.js';
import { ask, lead, cited, ASK_NOW } from '../../support/ask.js';

const dossier = realDossier();

/** The answer engine against the shipped event set, with the clock fixed. */

describe('answer: the reply', () => {
  it('is a public answer whose items are the cited events with dates and source links', () => {
    const reply = answer(dossier, 'When did Russia suspend the peace treaty talks?', ASK_NOW);
    expect(reply.kind).toBe('answer');
    expect(reply.title).toBe(ANSWER_TITLE);
    expect(reply.visibility).toBe('public');
    const items = reply.sections.flatMap((s) => s.items);
    expect(items[0]).toMatchObject({ eventId: '2022-03-21-russia-suspends-peace-talks', date: '21 March 2022', title: 'Russia suspends peace-treaty talks with Japan' });
    expect(items[0]!.sources.some((s) => s.url?.startsWith('https://'))).toBe(true);
    expect(items.length).toBeLessThanOrEqual(3);
  });

  it('is one to three sentences', () => {
    for (const q of ['When did Russia suspend the peace treaty talks?', 'Why did Russia suspend the peace talks?', 'Who signed the Tokyo Declaration?', 'how many troops took part in the drills in march 2022']) {
      const sentences = lead(q).split(/(?<=[.!?][”"]?)\s+(?=[A-Z“"])/);
      expect(sentences.length, q).toBeLessThanOrEqual(3);
    }
  });

  it('is the same for the same question and clock (pure)', () => {
    expect(answer(dossier, 'who is munyo suzuki', ASK_NOW)).toEqual(answer(dossier, 'who is munyo suzuki', ASK_NOW));
  });

  it('builds the index once per dossier', () => {
    expect(answerIndex(dossier)).toBe(answerIndex(dossier));
  });
});

describe('answer: question types', () => {
  it('when: leads with the date', () => {
    expect(lead('When did Russia suspend the peace treaty talks with Japan?')).toMatch(/^21 March 2022: /);
    expect(lead('when was the treaty of shimoda signed')).toMatch(/^7 February 1855: /);
    expect(lead('when did the battle of shumshu happen')).toMatch(/^18–23 August 1945(?: \(single source \(.*?\), not confirmed elsewhere\))?: /);
  });

  it('who: leads with the person or body and their role', () => {
    expect(lead('Who called the halt of the talks extremely unjust and totally unacceptable?')).toMatch(/^(?:Single source \(.*?\), not confirmed elsewhere: )?Fumio Kishida, Prime Minister of Japan/);
    expect(lead('Who reported the Eastern Military District drills in March 2022?')).toMatch(/^Interfax, Russian news agency/);
    expect(lead('who expelled muneo suzuki')).toMatch(/^Nippon Ishin no Kai, /);
    expect(lead('Who signed the Tokyo Declaration?')).toMatch(/^(?:Single source \(.*?\), not confirmed elsewhere: )?Boris Yeltsin, President of Russia .* and Morihiro Hosokawa, Prime Minister of Japan/);
  });

  it('who: names the holder of an office at the time asked about', () => {
    expect(lead('Who was the Japanese prime minister in 2022?')).toMatch(/^Fumio Kishida, Prime Minister of Japan \(2021–2024\)/);
    expect(lead('who is the prime minister of japan now')).toMatch(/^Sanae Takaichi/);
    expect(lead('who is the prime minister of japan now', new Date('2023-01-01T00:00:00Z'))).toMatch(/^Fumio Kishida/);
  });

  it('who is X: the actor record, with the caveat when the name typed is a known misspelling', () => {
    expect(lead('Who is Muneo Suzuki?')).toMatch(/^Muneo Suzuki: Japanese lawmaker, member of the House of Councillors/);
    expect(lead('who is munyo suzuki')).toContain('misspells his name "Munyo Suzuki"');
  });

  it('how many: leads with the number', () => {
    expect(lead('How many troops took part in the Kuril drills in March 2022?')).toMatch(/^More than 3,000 troops\. /);
    expect(lead('How many islands does Japan claim?')).toMatch(/^Four: Japan claims Etorofu .* Kunashiri .* Shikotan .* Habomai/);
  });

  it('why: leads with the stated reason and who stated it', () => {
    const text = lead('Why did Russia suspend the peace talks?');
    expect(text).toMatch(/^Russia's foreign ministry halted .* in answer to Japan's sanctions\./);
    expect(text).toContain('Ministry of Foreign Affairs of Russia (Russian foreign ministry statement): “consciously chose an anti-Russian course”');
  });

  it('what: leads with the fact', () => {
    expect(lead('What did Kishida say in Hiroshima?')).toMatch(/^(?:Single source \(.*?\), not confirmed elsewhere: )?Visiting Hiroshima .* "increasingly real"/);
    expect(lead('what missiles did russia put on paramushir')).toContain('Bastion coastal missile systems');
  });

  it('where / which islands: leads with the islands', () => {
    expect(lead('Which islands did the 1956 declaration promise to hand over?')).toMatch(/^(?:Single source \(.*?\), not confirmed elsewhere: )?Habomai islets \(острова Хабомаи\) and Shikotan \(Шикотан\)\. /);
  });

  it('positions and status come from the dossier statements, cited with their basis events', () => {
    expect(lead("What is Japan's position on the islands?")).toMatch(/^Japan holds that the Northern Territories .* illegally occupied/);
    const status = ask('What is the current status of the peace treaty talks?');
    expect(status.reply.lead).toMatch(/^Russia and Japan still have no peace treaty/);
    expect(status.events.every((e) => dossier.status.basis.includes(e.id))).toBe(true);
  });
});

describe('answer: dates in the question', () => {
  it('"last year" is the calendar year before the injected clock', () => {
    const in2026 = ask('What happened in the Kurils last year?', ASK_NOW);
    expect(in2026.reply.lead).toMatch(/^2 events are on record in 2025/);
    expect(in2026.events.every((e) => e.date.start.startsWith('2025'))).toBe(true);
    const in2023 = ask('What happened in the Kurils last year?', new Date('2023-06-15T00:00:00Z'));
    expect(in2023.events.length).toBeGreaterThan(0);
    expect(in2023.events.every((e) => e.date.start.startsWith('2022'))).toBe(true);
  });

  it('filters candidates: "in 2019", "March 2022", "since 2024"', () => {
    expect(cited('What happened on Etorofu in 2019?')).toContain('2019-08-02-medvedev-visits-iturup');
    expect(ask('What happened on Etorofu in 2019?').events.every((e) => e.date.start.startsWith('2019'))).toBe(true);
    expect(cited('when did medvedev visit the islands in 2010')[0]).toBe('2010-11-01-medvedev-visits-kunashir');
    expect(ask('any russian military drills since 2024?').events.every((e) => e.date.start >= '2024')).toBe(true);
    expect(ask('what happened in march 2022').events.every((e) => e.date.start.startsWith('2022-03'))).toBe(true);
  });

  it('a year used as part of a name is a search term, not a filter', () => {
    expect(cited('what missiles did russia put on paramushir')[0]).toBe('2022-12-bastion-missiles-on-paramushir');
    expect(cited('What did the 1956 Joint Declaration promise?')[0]).toBe('1956-10-19-soviet-japanese-joint-declaration');
    expect(lead('when did russia suspend the 1998 fishing agreement')).toMatch(/^7 June 2022(?: \(single source \(.*?\), not confirmed elsewhere\))?: /);
  });

  it('a period with no events on record is declined with a timeline suggestion', () => {
    const result = ask('what happened in the kurils in 1920?');
    expect(result.declined).toBe(true);
    expect(result.reply.sections[0]!.text).toContain('/kuril timeline from:1920-01-01 to:1920-12-31');
  });
});

describe('answer: typos and aliases', () => {
  it('tolerates typos', () => {
    expect(lead('when did russia stop peace talkz')).toMatch(/^21 March 2022: /);
    expect(lead('kurill islands drills march 2022 how many troops')).toMatch(/^More than 3,000 troops/);
    expect(lead('wen did medvedv visit kunashr')).toMatch(/^1 November 2010(?: \(single source \(.*?\), not confirmed elsewhere\))?: /);
  });

  it('Iturup and Etorofu (and Итуруп) find the same event', () => {
    const iturup = cited('when did medvedev visit iturup')[0];
    expect(iturup).toBe('2019-08-02-medvedev-visits-iturup');
    expect(cited('when did medvedev visit etorofu')[0]).toBe(iturup);
    expect(cited('When did Medvedev visit Итуруп?')[0]).toBe(iturup);
    expect(cited('when did medvedev visit 択捉島')[0]).toBe(iturup);
  });

  it('Kunashir and Kunashiri find the same event', () => {
    expect(cited('when did medvedev visit kunashir')[0]).toBe('2010-11-01-medvedev-visits-kunashir');
    expect(cited('when did medvedev visit kunashiri')[0]).toBe('2010-11-01-medvedev-visits-kunashir');
  });

  it('北方領土, Northern Territories and Southern Kurils are the four islands', () => {
    for (const q of ['what is 北方領土', 'what are the northern territories', 'what are the southern kurils']) {
      const result = ask(q);
      expect(result.path, q).toBe('group');
      expect(result.reply.lead).toMatch(/Etorofu .* Kunashiri .* Shikotan .* Habomai/);
    }
  });

  it('MFA is the foreign ministry, Kishida is the Japanese prime minister of 2022', () => {
    expect(cited('when did the russian mfa stop the talks')[0]).toBe('2022-03-21-russia-suspends-peace-talks');
    expect(cited('what did the japanese pm say in hiroshima in 2022')[0]).toBe('2022-03-26-kishida-hiroshima-nuclear-warning');
  });
});

describe('answer: unverified claims', () => {
  it('labels claims that only the unattributed report makes', () => {
    expect(lead('What did Anas Al-Qassas say?')).toMatch(/^Unverified, according to Unattributed news report, March 2022 only: /);
    expect(lead('Who is Massimiliano Poccolini?')).toMatch(/^Unverified: Massimiliano Poccolini/);
    expect(lead('when did the spokesman rule out a military option')).toMatch(/^25–28 March 2022 \(unverified, according to Unattributed news report, March 2022 only\): /);
  });

  it('labels single-source records', () => {
    expect(lead('what missiles did russia put on paramushir')).toMatch(/^Single source \(Censor\.net\), not confirmed elsewhere: /);
  });
});

describe('answer: declining', () => {
  const offTopic = [
    'Who won the football World Cup in 2022?',
    "What's the weather like on Iturup tomorrow?",
    'What is the population of Kunashir?',
    'Who is the president of France?',
    'What did Putin say about Crimea?',
    'hello',
  ];
  it.each(offTopic)('declines "%s" plainly, citing nothing', (q) => {
    const result = ask(q);
    expect(result.declined).toBe(true);
    expect(result.reply.kind).toBe('answer');
    expect(result.reply.title).toBe(DECLINE_TITLE);
    expect(result.reply.lead).toMatch(/^That is not in my sources/);
    expect(result.reply.sections.flatMap((s) => s.items)).toEqual([]);
    expect(result.reply.sections[0]!.text).toContain('/kuril timeline');
  });

  it('suggests the timeline of an actor or island the question names', () => {
    expect(ask('What did Putin say about Crimea?').reply.sections[0]!.text).toContain('/kuril timeline actor:vladimir-putin');
    expect(ask('What is the population of Kunashir?').reply.sections[0]!.text).toContain('/kuril timeline island:kunashiri');
  });

  it('never echoes the question', () => {
    const result = ask('@everyone what is the capital of Australia <@U123>');
    expect(JSON.stringify(result.reply)).not.toMatch(/@everyone|<@U123>|Australia/);
  });
});
