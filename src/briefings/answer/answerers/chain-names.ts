import { processTerm } from '../text.js';
import { respond, type AnswerContext, type AnswerResult } from '../respond.js';
import type { KurilEvent } from '../../../dossier/dossier.js';

/**
 * Asking for a name: "what's the Japanese word for Iturup", "Etorofu, Japanese name please", "what
 * do the Japanese call the Kurils". An island's or a group's answer always gives its names in each
 * language, so the words that ask for a name are no fact its note must hold; and the whole Kuril
 * chain's names are the dossier's own data (`chain`), answered as the group's are.
 */

/** Words that ask for a name, in any of its everyday forms. */
export const NAME_WORDS: ReadonlySet<string> = new Set(
  ['name', 'names', 'named', 'call', 'calls', 'called', 'word', 'words', 'term', 'terms', 'termed', 'known', 'spell', 'spelling', 'spelled', 'spelt', 'label', 'dub', 'dubbed', 'please', 'pls', 'english', 'japanese', 'russian', 'language', 'translation', 'translate', 'say']
    .map((w) => processTerm(w))
    .filter((w): w is string => Boolean(w)),
);

/** Whether a concept of the question only asks for a name ("name", "word", "called", "please"). */
export const asksName = (typed: readonly string[]): boolean => typed.length > 0 && typed.every((t) => NAME_WORDS.has(t));

/** "The Japanese word for", "what do the Russians call", "called in Japanese", "name for". */
const ASKS_A_NAME = /\b(?:(?:name|word|term)s?\s+(?:for|of)|call(?:s|ed)?\b|known\s+as|in\s+(?:japanese|russian|english)\b|(?:japanese|russian|english)\s+(?:name|word|term|spelling))/i;
/** The chain's names as a user types them ("the Kuril Islands", "the Kurils", "Chishima"). */
const CHAIN_WORDS = new Set(['kuril', 'kurils', 'kurile', 'kuriles', 'chishima', 'island', 'islands', 'chain', 'archipelago', 'whole', 'entire'].map((w) => processTerm(w)));
/** The southern Kurils are the group, not the chain. */
const SOUTHERN = /\b(?:south(?:ern)?|minami|four|disputed|northern\s+territories)\b/i;

/** "What's the Japanese word for the Kuril Islands?": the chain's names from the dossier. */
export function chainNames(ctx: AnswerContext): AnswerResult | undefined {
  const { plan, dossier } = ctx;
  const chain = dossier.chain;
  if (!chain || plan.range || plan.cues.yesNo || plan.cues.recency || plan.cues.news) return undefined;
  if (!ASKS_A_NAME.test(plan.rest) || SOUTHERN.test(plan.rest) || !/\bkuril|\bchishima|курил/i.test(plan.rest)) return undefined;
  // Only the chain and the words asking for a name: "what did the Japanese call the Kurils in 1945" is not this.
  // A bare "islands" reads as the group's name; beside "Kuril" it is the chain's word.
  const side = (g: (typeof plan.groups)[number]) => g.entity?.kind === 'actor' && ['japan', 'russia'].includes(g.entity.id);
  if (!plan.groups.every((g) => side(g) || (g.typed.length > 0 && g.typed.every((t) => NAME_WORDS.has(t) || CHAIN_WORDS.has(t))))) return undefined;
  const also = chain.aliases.filter((a) => a !== chain.names.en);
  const lead = `${chain.names.en} (Japanese ${chain.names.ja}, Russian ${chain.names.ru}${also.length ? `; also ${also.join(', ')}` : ''}): the whole island chain, not only the four islands Japan claims.`;
  // The records that name the whole chain: the treaties that drew or moved its borders.
  const whole = dossier.events.filter((e: KurilEvent) => /\bwhole\s+Kuril|Kuril\s+(?:chain|Islands)\b/.test(`${e.title} ${e.summary}`)).slice(0, 3);
  return respond(ctx, lead, whole, 'group');
}
