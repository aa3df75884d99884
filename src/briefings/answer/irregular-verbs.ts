/**
 * Irregular verb forms, in one place: the stemmer joins "-ed" forms to their verb ("protested" →
 * "protest") but not "drew", "frozen" or "spoke", and WordNet reads some of them as nouns.
 */

/** Simple pasts and their plain verbs. */
const PASTS: Readonly<Record<string, string>> = {
  drew: 'draw', withdrew: 'withdraw', gave: 'give', took: 'take', undertook: 'undertake', sent: 'send', held: 'hold',
  made: 'make', met: 'meet', won: 'win', lost: 'lose', left: 'leave', sold: 'sell', built: 'build', brought: 'bring',
  began: 'begin', became: 'become', broke: 'break', fought: 'fight', kept: 'keep', led: 'lead', paid: 'pay', ran: 'run',
  saw: 'see', struck: 'strike', threw: 'throw', wrote: 'write', spoke: 'speak', chose: 'choose', stood: 'stand',
  sought: 'seek', found: 'find', bought: 'buy', caught: 'catch', rose: 'rise', shot: 'shoot', sank: 'sink', flew: 'fly',
  froze: 'freeze', tore: 'tear', forbade: 'forbid', overtook: 'overtake', understood: 'understand', swore: 'swear',
};

/** Past participles that differ from the simple past, and their plain verbs. */
const PARTICIPLES: Readonly<Record<string, string>> = {
  chosen: 'choose', spoken: 'speak', taken: 'take', given: 'give', written: 'write', broken: 'break', frozen: 'freeze',
  stolen: 'steal', forgotten: 'forget', driven: 'drive', risen: 'rise', shaken: 'shake', hidden: 'hide', fallen: 'fall',
  sworn: 'swear', torn: 'tear', known: 'know', grown: 'grow', shown: 'show', thrown: 'throw', drawn: 'draw', flown: 'fly',
  seen: 'see', done: 'do', gone: 'go', begun: 'begin',
};

/** The simple pasts and their plain verbs ("spoke" → "speak"). */
export const irregularPasts = (): [string, string][] => Object.entries(PASTS);

/** The plain verb of an irregular simple past ("spoke" → "speak"), or undefined. */
export const plainOfPast = (word: string): string | undefined => PASTS[word.toLowerCase()];

/** The plain verb of an irregular past or participle ("drawn" → "draw"), or undefined. */
export const plainOfIrregular = (word: string): string | undefined => PASTS[word.toLowerCase()] ?? PARTICIPLES[word.toLowerCase()];

/** Every irregular past and participle. */
export const irregularForms = (): string[] => [...Object.keys(PASTS), ...Object.keys(PARTICIPLES)];
