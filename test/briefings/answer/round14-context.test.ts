import { describe, expect, it } from 'vitest';
import { each, expectChanged, expectSame, type Pair, signature } from '../../support/metamorphic.js';

/**
 * Round 14 metamorphic tests for questions after a sentence of context (docs/questions.md, "Round
 * 14: questions after a sentence of context"). Each pair is a question the engine answers right
 * (checked against data/kuril/) and a rewrite of our own wording: the same question after a
 * sentence of context, or with its thing named by the context and pointed to by "it", "they" or
 * "those X". A rewrite with a false detail (in the question, or in the context its pointer reads)
 * must change the answer and never get a "Yes".
 */

const same = ([original, variant]: Pair) => expectSame(original, variant);
/** A false detail: the answer changes, never to a "Yes", and here to a decline (no record says it). */
const refuses = ([original, variant]: Pair) => {
  expectChanged(original, variant);
  expect(signature(variant).yesNo, variant).not.toBe('Yes');
  expect(signature(original).declined, original).toBe(false);
  const b = signature(variant);
  expect(b.declined, `${variant} → ${b.lead.slice(0, 120)}`).toBe(true);
};

describe('a sentence of context with no pointer: the question stands alone', () => {
  each(
    [
      ['Did Russian forces stage exercises on Etorofu and Kunashiri in September 2022?', 'My class is reading about the Kuril dispute this term. Did Russian forces stage exercises on Etorofu and Kunashiri in September 2022?'],
      ['Who addressed the Northern Territories Day rally in February 2022?', 'Every February Tokyo holds a rally for the islands. Who addressed the Northern Territories Day rally in February 2022?'],
      ['Which Russian leader visited Kunashir in 2010?', 'Moscow has sent senior officials to the islands many times. Which Russian leader visited Kunashir in 2010?'],
      ['Who signed the order ending the visa-free exchanges in September 2022?', 'My grandmother was born on Shikotan. Who signed the order ending the visa-free exchanges in September 2022?'],
      ['Did Russia suspend the peace-treaty talks in March 2022?', 'The dispute has dragged on for decades. Did Russia suspend the peace-treaty talks in March 2022?'],
      ['Is Paramushir one of the four islands Japan claims?', 'I keep mixing up the island names. Is Paramushir one of the four islands Japan claims?'],
      ['Who handed the Soviet declaration of war to the Japanese ambassador in August 1945?', 'We covered the end of the war in class today. Who handed the Soviet declaration of war to the Japanese ambassador in August 1945?'],
      ['Did Japan protest the Eastern Military District drills in March 2022?', 'Russia often drills in the Kurils. Did Japan protest the Eastern Military District drills in March 2022?'],
      ['Was Japan a party to the Yalta agreement?', 'Three Allied leaders met in the Crimea in 1945. Was Japan a party to the Yalta agreement?'],
      ['When was the Tokyo Declaration signed?', 'Tokyo and Moscow have signed several papers on the islands. When was the Tokyo Declaration signed?'],
      ['Who visited Iturup in 2019?', 'Russian officials keep flying out to the islands. Who visited Iturup in 2019?'],
      ['When did Japan and the Soviet Union sign the joint declaration?', 'Diplomatic ties were restored in the 1950s. When did Japan and the Soviet Union sign the joint declaration?'],
    ],
    same,
  );
});

describe('"it", "they", "them": the thing the context named', () => {
  each(
    [
      ['Who signed the 1993 Tokyo Declaration?', 'The 1993 Tokyo Declaration set out the basis for talks. Who signed it?'],
      ['When was the Tokyo Declaration signed?', 'The Tokyo Declaration committed both sides to negotiate over the islands. When was it signed?'],
      ['Was Japan a party to the secret understanding at Yalta in February 1945?', 'At Yalta in February 1945 the three Allied leaders reached a secret understanding on the Kurils. Was Japan a party to it?'],
      ['Who signed the order that ended the 1999 arrangement?', 'Former islanders could visit family graves under a 1999 arrangement. Who signed the order that ended it?'],
      ['Who handed the Soviet declaration of war on Japan to the Japanese ambassador?', 'The Soviet declaration of war on Japan - who handed it to the Japanese ambassador?'],
      ['In which year did Russian missile-troop exercises take place on Matua?', 'Interfax reported Russian missile-troop exercises on Matua. In which year did they take place?'],
      ['When did Russia end the visa-free exchanges?', 'The visa-free exchanges let Japanese visit the islands. When did Russia end them?'],
      ['Where were the Bastion missiles deployed in December 2022?', 'Russia fielded Bastion coastal missiles in the northern Kurils. Where were they deployed in December 2022?'],
      ['When was the Treaty of Shimoda signed?', 'The Treaty of Shimoda drew the first border between Japan and Russia. When was it signed?'],
      ['When did Russia suspend the peace-treaty talks?', 'The peace-treaty talks had run on and off since 1956. When did Russia suspend them?'],
    ],
    same,
  );
});

describe('"those X", "that X": the X the context told of', () => {
  each(
    [
      ['Did Japan protest the Eastern Military District exercises in the Kurils in March 2022?', 'In March 2022 the Eastern Military District drilled in the Kurils. Did Japan protest those drills?'],
      ['Did Japan protest the Eastern Military District exercises in the Kurils in March 2022?', 'In March 2022 the Eastern Military District held exercises in the Kurils. Did Japan protest those exercises?'],
      ['Did Japan protest the Eastern Military District exercises in the Kurils in March 2022?', 'The Eastern Military District exercised in the Kurils in March 2022. Did Tokyo protest that exercise?'],
      ['Did Japan protest the suspension of the peace-treaty talks?', 'In March 2022 Russia suspended the peace-treaty talks. Did Japan protest that suspension?'],
    ],
    same,
  );
});

describe('a false detail after the context still changes the answer', () => {
  each(
    [
      ['My class is reading about the Kuril dispute this term. Did Russian forces stage exercises on Etorofu and Kunashiri in September 2022?', 'My class is reading about the Kuril dispute this term. Did Russian forces stage exercises on Etorofu and Kunashiri in April 2023?'],
      ['Every February Tokyo holds a rally for the islands. Who addressed the Northern Territories Day rally in February 2022?', 'Every February Tokyo holds a rally for the islands. Who addressed the Northern Territories Day rally in February 2024?'],
      ['Moscow has sent senior officials to the islands many times. Which Russian leader visited Kunashir in 2010?', 'Moscow has sent senior officials to the islands many times. Which Russian leader visited Shikotan in 2015?'],
      ['Interfax reported Russian missile-troop exercises on Matua. In which year did they take place?', 'Interfax reported Russian missile-troop exercises on Shikotan. In which year did they take place?'],
      ['At Yalta in February 1945 the three Allied leaders reached a secret understanding on the Kurils. Was Japan a party to it?', 'At Potsdam in July 1945 the three Allied leaders reached a secret understanding on the Kurils. Was Japan a party to it?'],
      ['Former islanders could visit family graves under a 1999 arrangement. Who signed the order that ended it?', 'Former islanders could visit family graves under a 2005 arrangement. Who signed the order that ended it?'],
      ['The 1993 Tokyo Declaration set out the basis for talks. Who signed it?', 'The 1995 Tokyo Declaration set out the basis for talks. Who signed it?'],
      ['The Tokyo Declaration committed both sides to negotiate over the islands. When was it signed?', 'The Tokyo Declaration committed both sides to negotiate over the islands. When was it repealed?'],
      ['In March 2022 the Eastern Military District drilled in the Kurils. Did Japan protest those drills?', 'In March 2022 the Eastern Military District drilled in the Kurils. Did China protest those drills?'],
      ['Russia fielded Bastion coastal missiles in the northern Kurils. Where were they deployed in December 2022?', 'Russia fielded Bastion coastal missiles in the northern Kurils. Where were they deployed in December 2019?'],
      ['The visa-free exchanges let Japanese visit the islands. When did Russia end them?', 'The visa-free exchanges let Japanese visit the islands. When did Russia restore them?'],
      ['I keep mixing up the island names. Is Paramushir one of the four islands Japan claims?', 'I keep mixing up the island names. Is Paramushir the largest of the four islands Japan claims?'],
      // A question with no name or date of its own asks about the context's deed, which must be on record.
      ['In March 2022 Russia suspended the peace-treaty talks. Did Japan lodge a protest?', 'In March 2031 Russia suspended the peace-treaty talks. Did Japan lodge a protest?'],
      ['In March 2022 Russia suspended the peace-treaty talks. Did Japan lodge a protest?', 'Russia staged drills on Habomai in 2016. Did Japan lodge a protest?'],
    ],
    refuses,
  );
});

describe('after a sentence of context, the rest of the sentence is not asked', () => {
  it.fails('"Was that the biggest drill ever held there?": a bare "that" is read as typed, and a superlative no record makes is answered', () => {
    const [original, variant] = ['In March 2022 the Eastern Military District drilled in the Kurils. Did Japan protest those drills?', 'In March 2022 the Eastern Military District drilled in the Kurils. Was that the biggest drill ever held there?'];
    expectChanged(original, variant);
    expect(signature(variant).declined, variant).toBe(true);
  });
  it.fails('"How did the ambassador send it on?": a means no record gives is answered from the record of the handing over', () => {
    const [original, variant] = ['The Soviet declaration of war on Japan - who handed it to the Japanese ambassador?', 'The Soviet declaration of war on Japan - how did the Japanese ambassador send it on to Tokyo?'];
    expectChanged(original, variant);
    expect(signature(variant).declined, variant).toBe(true);
  });
  it.fails('"Which two leaders signed it?": a count after "which" is read as a word no record holds', () => {
    expectSame('Who signed the 1993 Tokyo Declaration?', 'The 1993 Tokyo Declaration committed both sides to negotiate. Which two leaders signed it?');
  });
  it.fails('"Which Soviet official handed it …": the doer on record is no actor of the record, so "which official" finds none', () => {
    expectSame('Who handed the Soviet declaration of war to the Japanese ambassador?', 'The Soviet declaration of war on Japan - which Soviet official handed it to the Japanese ambassador?');
  });
});
