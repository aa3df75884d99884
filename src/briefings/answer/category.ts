/**
 * "Is the 1956 declaration a peace treaty?", "was the Tokyo Declaration a peace treaty?": a question
 * whether a thing is of a kind. The thing as typed already has a kind ("declaration"), the one the
 * records call it by; a record that holds "declaration", "peace" and "treaty" ("ended the state of
 * war … once a peace treaty was concluded") does not make it a treaty. Only a clause that calls the
 * thing that kind ("…, a peace treaty", "is a treaty", "as a treaty") affirms it; otherwise the
 * question is not answered "Yes".
 */

const KIND = '(?:treaty|treaties|agreement|accord|pact|declaration|statement|law|decree|memorandum|convention|protocol|communiqu[eé]|ultimatum)';
/** "Is/was (the) X a/an (…) Y": the thing and the kind asked. */
const ASKS_KIND = new RegExp(`^\\s*(?:is|was|isn'?t|wasn'?t)\\s+(?:the\\s+)?((?:\\S+\\s+){0,6}?\\S+)\\s+(?:really\\s+|actually\\s+|in\\s+fact\\s+)?(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${KIND})\\b`, 'iu');

/** Whether a "is X a Y" question asks a kind the thing's own name does not have and the clause does not give it. */
export function kindNotGiven(question: string, clause: string): boolean {
  const asked = ASKS_KIND.exec(question);
  if (!asked) return false;
  const stem = (w: string) => w.toLowerCase().replace(/(?:ies|y|s)$/, '');
  // "The joint declaration of 1956": the thing's own kind word, wherever it stands in its name.
  const own = [...asked[1]!.matchAll(new RegExp(`\\b${KIND}\\b`, 'gi'))].at(-1)?.[0];
  if (!own) return false;
  const thingKind = stem(own);
  const kind = stem(asked[2]!);
  if (thingKind === kind) return false;
  // "…, a peace treaty", "is a treaty", "as a treaty", "was the treaty": the clause calls something that kind.
  return !new RegExp(`(?:,|\\b(?:is|was|as|be|being|became|becomes))\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?${kind}`, 'iu').test(clause);
}
