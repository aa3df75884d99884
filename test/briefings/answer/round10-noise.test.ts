import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, parseEvalSet } from '../../../src/briefings/answer/evaluate.js';
import { STOP_WORDS } from '../../../src/briefings/answer/text.js';
import { expectChanged, expectSame, sameAnswer, signature } from '../../support/metamorphic.js';
import { realDossier } from '../../support/fixtures.js';

/**
 * Round 10 metamorphic tests (docs/questions.md): questions the engine answers right, typed with the
 * noise real chat users add — a greeting or a polite frame, thanks or "lol" or an emoji at the end,
 * capitals, no punctuation, extra spaces or a line break, a dropped, doubled or swapped letter, chat
 * spellings ("teh", "u", "abt") — must keep their answer: the same decline, or the same Yes/No and
 * the same first record cited. A false detail behind the same noise must still change the answer,
 * and people not on record who share a surname with one who is (Takako Suzuki, Akie Abe) or the
 * feminine form of one (Zakharova, Lavrova) must not be read as that person.
 *
 * Two parts: a sweep that takes every question of the tuning set the engine answers right and
 * applies each noise programmatically, and hand-written pairs.
 */

// --- The sweep -------------------------------------------------------------------------------------

/** Words of the names of actors and islands: a typo is put in a content word, never in a name. */
function nameWords(): Set<string> {
  const d = realDossier();
  const words = new Set<string>();
  const add = (s: string): void => {
    for (const w of s.toLowerCase().split(/[^\p{L}]+/u)) if (w) words.add(w);
  };
  for (const a of d.actors) [a.name, ...(a.aliases ?? [])].forEach(add);
  for (const i of d.islands) [...Object.values(i.names), ...(i.aliases ?? [])].forEach((n) => add(String(n)));
  return words;
}
const NAMES = nameWords();

/** The longest content word of five letters or more that is not a name: where the typo goes. */
function typoSpot(q: string): [number, number] | undefined {
  let best: [number, number] | undefined;
  for (const m of q.matchAll(/[A-Za-z]+/g)) {
    const w = m[0].toLowerCase();
    if (w.length < 5 || STOP_WORDS.has(w) || NAMES.has(w)) continue;
    if (!best || w.length > best[1]) best = [m.index, w.length];
  }
  return best;
}

/** One slip in the middle of that word: a letter dropped, struck twice, or swapped with the one before. */
const typo =
  (kind: 'drop' | 'double' | 'swap') =>
  (q: string): string | undefined => {
    const spot = typoSpot(q);
    if (!spot) return undefined;
    const [at, len] = spot;
    const w = q.slice(at, at + len);
    const k = Math.floor(len / 2);
    const typed = kind === 'drop' ? w.slice(0, k) + w.slice(k + 1) : kind === 'double' ? w.slice(0, k) + w[k]! + w.slice(k) : w.slice(0, k - 1) + w[k]! + w[k - 1]! + w.slice(k + 1);
    return q.slice(0, at) + typed + q.slice(at + len);
  };

const bare = (q: string): string => q.replace(/[?.!\s]+$/, '');

/** The noise, each as a rewrite of a question (undefined when it does not apply). */
const NOISE: Readonly<Record<string, (q: string) => string | undefined>> = {
  'hey …': (q) => `hey ${q}`,
  'hi bot, …': (q) => `hi bot, ${q}`,
  'quick question: …': (q) => `quick question: ${q}`,
  'so, …': (q) => `so, ${q}`,
  'um …': (q) => `um ${q}`,
  '… pls': (q) => `${bare(q)} pls`,
  '… please': (q) => `${bare(q)} please`,
  '…? thanks!': (q) => `${bare(q)}? thanks!`,
  'can you tell me …': (q) => `can you tell me ${q}`,
  'I was wondering …': (q) => `I was wondering ${q}`,
  'do you know …': (q) => `do you know ${q}`,
  '… lol': (q) => `${bare(q)} lol`,
  '…??': (q) => `${bare(q)}??`,
  '…!!!': (q) => `${bare(q)}!!!`,
  '… 🤔': (q) => `${bare(q)} 🤔`,
  '……': (q) => `${bare(q)}…`,
  'ALL CAPS': (q) => q.toUpperCase(),
  'no punctuation': (q) => q.replace(/[?.!,;:"]/g, ''),
  'trailing period': (q) => `${bare(q)}.`,
  'double spaces': (q) => q.replace(/ /g, '  '),
  'line break': (q) => {
    const w = q.split(' ');
    const k = Math.floor(w.length / 2);
    return `${w.slice(0, k).join(' ')}\n${w.slice(k).join(' ')}`;
  },
  'a letter dropped': typo('drop'),
  'a letter doubled': typo('double'),
  'two letters swapped': typo('swap'),
  'chat spellings': (q) => {
    const r = q
      .replace(/\bthe\b/i, 'teh')
      .replace(/^what\b/i, 'wat')
      .replace(/^when\b/i, 'wen')
      .replace(/\byou\b/gi, 'u')
      .replace(/\babout\b/gi, 'abt')
      .replace(/\bgovernment\b/gi, 'govt');
    return r === q ? undefined : r;
  },
};

/**
 * Divergences left per noise when the round closed, with the cause. The sweep fails if any noise
 * diverges more often than this (0 for all but these); the `it.fails` below each one records that it
 * is not yet 0.
 */
const LEFT: Readonly<Record<string, { readonly at: number; readonly cause: string }>> = {
  // At the close of the noise branch 29 and 16; after merging with the names, verdicts and precision
  // branches 32 and 18 (the merged readers answer a few respelt questions differently). Not yet traced.
  // Round 11: the sample is now taken by each question's place in the whole set (it had been by its
  // place among the passing ones, which a fixed question shifted); the counts below are those of the
  // round 11 base tree (f0b51bf) on that sample, and the round 11 yes/no branch has the very same list.
  'a letter dropped': { at: 29, cause: 'typos in names ("Mededv", "Kuirll" with a second typo), in four-letter words ("pece", "clim"), in a word no record or cue uses, or a second typo in a typo' },
  // 12 since round 11 made "does russia have a special day for beating japan in ww2" pass: its "speccial" is a word no record uses, where "special" is a framing word.
  'a letter doubled': { at: 12, cause: 'as above: names, words no record uses, a second typo in a typo' },
  'two letters swapped': { at: 14, cause: 'as above: names, words no record uses, a second typo in a typo' },
  'I was wondering …': { at: 1, cause: '"I was wondering that analyst …": the frame stays before "that" (it may start a claim), and the rest reads as one' },
  'no punctuation': { at: 1, cause: '"… if foreign troops left japan true": without its comma, "true" is read as a word of the claim, not as the "…, true?" frame' },
};

/**
 * Every question of the tuning set the engine answers right: the originals of the sweep, each with
 * its place in the whole set. The alternation below is by that place, so that a question fixed later
 * does not shift which others a noise goes to (round 11: by the place among the passing ones, each
 * fix moved half the sample).
 */
function passingQuestions(): [number, string][] {
  const file = fileURLToPath(new URL('../../eval/questions.yaml', import.meta.url));
  return evaluate(realDossier(), parseEvalSet(readFileSync(file, 'utf8')))
    .outcomes.flatMap((o, i): [number, string][] => (o.pass ? [[i, o.question]] : []));
}

describe('the sweep: every question answered right, with each noise', () => {
  const originals = passingQuestions();
  const answers = new Map(originals.map(([, q]) => [q, signature(q)]));
  // Each noise goes to every other question (alternating by noise), to keep the file under a minute.
  const diverged = (name: string): string[] => {
    const out: string[] = [];
    const offset = Object.keys(NOISE).indexOf(name);
    for (const [i, q] of originals) {
      if ((i + offset) % 2 !== 0) continue;
      const variant = NOISE[name]!(q);
      if (variant === undefined || variant === q) continue;
      if (!sameAnswer(answers.get(q)!, signature(variant))) out.push(variant);
    }
    return out;
  };
  const counts = new Map<string, number>();
  const count = (name: string): number => {
    if (!counts.has(name)) counts.set(name, diverged(name).length);
    return counts.get(name)!;
  };

  it('the tuning set has questions to rewrite', () => expect(originals.length).toBeGreaterThan(900));
  for (const name of Object.keys(NOISE)) {
    const left = LEFT[name];
    it(`${name}: no more divergences than at the close of the round (${left?.at ?? 0})`, () => {
      if (!left) expect(diverged(name)).toEqual([]);
      else expect(count(name)).toBeLessThanOrEqual(left.at);
    }, 30_000);
    // Cause: see LEFT[name].cause.
    if (left) it.fails(`${name}: never diverges (${left.cause})`, () => expect(count(name)).toBe(0), 30_000);
  }
});

// --- Hand-written pairs ----------------------------------------------------------------------------

describe('chat filler at the start or the end', () => {
  const pairs: readonly (readonly [string, string])[] = [
    ['when did medvedev visit kunashir', 'hey, when did medvedev visit kunashir?'],
    ['when did medvedev visit kunashir', 'hi bot! when did medvedev visit kunashir'],
    ['when did medvedev visit kunashir', 'quick question: when did medvedev visit kunashir pls'],
    ['When did Russia suspend the peace treaty talks with Japan?', 'um so when did russia suspend the peace treaty talks with japan'],
    ['When did Russia suspend the peace treaty talks with Japan?', 'can you tell me when russia suspended the peace treaty talks with japan?'],
    ['When did Russia suspend the peace treaty talks with Japan?', 'I was wondering, when did Russia suspend the peace treaty talks with Japan?'],
    ['When did Russia suspend the peace treaty talks with Japan?', 'do you know when Russia suspended the peace treaty talks with Japan'],
    ['who signed the tokyo declaration', 'who signed the tokyo declaration? thanks!'],
    ['who signed the tokyo declaration', 'who signed the tokyo declaration lol'],
    ['who signed the tokyo declaration', 'who signed the tokyo declaration 🙏'],
    ['did medvedev visit kunashir?', 'hey bot, did medvedev visit kunashir?? thx'],
    ['did medvedev visit kunashir?', 'did medvedev visit kunashir please 🤔'],
    ['did the soviet union sign the san francisco treaty?', 'ok so did the soviet union sign the san francisco treaty?!'],
    ['did the soviet union sign the san francisco treaty?', 'quick q - did the soviet union sign the san francisco treaty… lol'],
    ['how did japan react to russia suspending the talks', 'hello there, how did japan react to russia suspending the talks? thank you'],
    ['what is the latest on the kurils', 'hi bot what is the latest on the kurils 🙏'],
    ['what is the latest on the kurils', 'so what is the latest on the kurils?? cheers'],
    ['what\'s russia\'s stance on the kurils', 'yo what\'s russia\'s stance on the kurils pls'],
    ['how many islands does japan claim', 'could you tell me how many islands japan claims?'],
    ['tell me about the yalta agreement', 'can you tell me about the yalta agreement please'],
    ['did putin visit kunashir', 'hey bot did putin visit kunashir pls'],
    ['what is the population of iturup', 'hi! what is the population of iturup? thanks'],
  ];
  it.each(pairs)('%s ~ %s', (original, variant) => expectSame(original, variant));
});

describe('a yes/no question put inside a frame ("can you tell me if …", "I was wondering whether …")', () => {
  const pairs: readonly (readonly [string, string])[] = [
    ['did medvedev visit kunashir', 'can you tell me if medvedev visited kunashir'],
    ['did russia hold drills on matua?', 'I was wondering whether russia held drills on matua'],
    ['did the soviet union sign the san francisco treaty?', 'I was wondering whether the soviet union signed the san francisco treaty'],
    ['did russia suspend the fishing agreement?', 'could you tell me if russia suspended the fishing agreement?'],
    ['is habomai one of the islands japan claims?', 'do you know if habomai is one of the islands japan claims?'],
    ['did abe and putin meet in singapore?', 'I wonder whether abe and putin met in singapore'],
    ['is there a peace treaty between japan and russia', 'do you know whether there is a peace treaty between japan and russia'],
    ['when did medvedev visit kunashir', 'I was wondering if you could tell me when medvedev visited kunashir'],
    ['did putin visit kunashir', 'can you tell me if putin visited kunashir'],
  ];
  it.each(pairs)('%s ~ %s', (original, variant) => expectSame(original, variant));

  it('a false detail inside the frame is no "Yes"', () => {
    expectChanged('did medvedev visit kunashir', 'can you tell me if medvedev visited kunashir in 2015');
    expectChanged('did russia hold drills on matua?', 'I was wondering whether russia held drills on matua in 2015');
  });
});

describe('case, punctuation and spacing', () => {
  const pairs: readonly (readonly [string, string])[] = [
    ['did medvedev visit kunashir?', 'DID MEDVEDEV VISIT KUNASHIR?'],
    ['did medvedev visit kunashir?', 'did medvedev visit kunashir.'],
    ['did medvedev visit kunashir?', 'did   medvedev  visit\nkunashir'],
    ['When was the Treaty of Shimoda signed?', 'WHEN WAS THE TREATY OF SHIMODA SIGNED'],
    ['When was the Treaty of Shimoda signed?', 'when was the "treaty of shimoda" signed??'],
    ['When was the Treaty of Shimoda signed?', 'when was the treaty of\nshimoda signed'],
    ['how did japan react to the firing drills near shikotan', 'how did japan react to the firing drills near "shikotan"'],
    ['what did takaichi say about russia in her first speech as pm', 'what did takaichi say about russia in her first speech as pm.'],
    ['what did takaichi say about russia in her first speech as pm', 'what did takaichi say about russia in her first speech as pm!!!'],
    ['what did the united nations say about the islands', 'what did the united\nnations say about the islands'],
    ['who is zelensky and what did he do about the islands', 'WHO IS ZELENSKY AND WHAT DID HE DO ABOUT THE ISLANDS'],
  ];
  it.each(pairs)('%s ~ %s', (original, variant) => expectSame(original, variant));
});

describe('typos and chat spellings, the cue words among them', () => {
  const pairs: readonly (readonly [string, string])[] = [
    ['did russia hold drills on matua?', 'did russia hold drils on matua?'],
    ['did japan protest the firing drills near shikotan', 'did japan protset the firing drills near shikotan'],
    ['did japan protest the firing drills near shikotan', 'did japan proteest the firing drills near shikotan'],
    ['when did russia last hold drills on the islands', 'wen did russia lasst hold drills on teh islands'],
    ['when did the visa-free exchanges start', 'when did the visa-free exchanges strat'],
    ['how did japan react to russia suspending the talks', 'how did japan recat to russia suspeding the talks'],
    ['how did japan react to russia suspending the talks', 'how did japan raect to russia suspennding the talks'],
    ['what did takaichi say most recently', 'what did takaichi say most recetly'],
    ['what\'s the latest from tokyo on the islands', 'what\'s the lateest from tokyo on the islands'],
    ['did the soviet union declare war on japan in 1945?', 'did the soviet union delcare war on japan in 1945?'],
    ['How many troops took part in the Kuril drills in March 2022?', 'how many trooops took part in the kuril drills in march 2022?'],
    ['is there a peace treaty between russia and japan yet', 'is there a peace traety between russia and japan yet'],
    ['are the peace talks still on hold?', 'r teh peace talks still on hold?'],
    ['did putin sign a law about 3 september?', 'did putin sign a law abt 3 septmber?'],
    ['did abe and putin meet in singapore?', 'did abe and putin meet in singpore?'],
    ['were the vostok 2022 drills held on shikotan?', 'were the vosttok 2022 drills held on shikotan?'],
    ['When did Medvedev visit Kunashir?', 'When did Medvedev viit Kunashir?'],
    ['what does the japanese government want', 'wat does teh japanese govt want'],
    ['why cant russia just open a new front against japan', 'why cant russia just open a new frnt against japan'],
    ['who protested the matua drills', 'who protsted the matua drills'],
  ];
  it.each(pairs)('%s ~ %s', (original, variant) => expectSame(original, variant));

  // Typos left as typed (see docs/questions.md, Round 10): a four-letter word that could be English.
  it.fails('a four-letter word one letter short ("pece") is not respelt', () => expectSame('are the peace talks still on hold?', 'are the pece talks still on hold?'));
});

describe('a false detail behind the same noise still changes the answer', () => {
  it('a wrong year, person or island', () => {
    expectChanged('did medvedev visit kunashir?', 'hey, did medvedev visit kunashir in 2015?? thx');
    expectChanged('did medvedev visit kunashir?', 'DID PUTIN VISIT KUNASHIR LOL');
    expectChanged('did russia hold drills on matua?', 'did russia hold drils on habomai?? pls');
    expectChanged('did the soviet union declare war on japan in 1945?', 'did teh soviet union delcare war on japan in 1965?');
    expectChanged('When did Russia suspend the peace treaty talks with Japan?', 'hi bot, when did japan suspend the peace treaty talks with russia? thanks!');
  });
});

describe('people who share a surname, or a feminine form of one, are not merged', () => {
  it('a person not on record is declined, with or without noise', () => {
    for (const q of [
      'what did zakharova say about the kurils',
      'what did maria zakharova say about the islands lol',
      'hey, what did lavrova say about japan?',
      'who is takako suzuki',
      'who is akie abe??',
      'did zakharova protest teh drills',
      'did lavrova visit kunashir pls',
    ])
      expect(signature(q).declined, q).toBe(true);
  });
  it('the person on record is still answered', () => {
    expect(signature('who is muneo suzuki').declined).toBe(false);
    expectSame('what did lavrov say about japan\'s claim', 'hey what did lavrov say abt japan\'s claim??');
  });
});
