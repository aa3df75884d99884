import type { Dossier } from '../dossier/dossier.js';
import type { ActorRecord } from '../dossier/schema.js';
import { compileName, findSpans, indexText, normalizeText, type NamePattern, type Span } from './name-pattern.js';
import type { Detection, FeedItem } from './types.js';
import {
  ACTOR_NAMES,
  AID_TERMS,
  BOTH_PARTIES,
  CHAIN_NAMES,
  DISPUTE_TERMS,
  FALSE_FRIENDS,
  GROUP_NAMES,
  HAZARD_TERMS,
  ISLAND_NAMES,
} from './vocabulary.js';

/**
 * Whether a feed item concerns the dispute. The title and summary are read for:
 *
 * - the islands: every name and alias in islands.yaml plus towns and short forms (vocabulary.ts);
 * - the dispute itself: the dossier's `group` names (Northern Territories, 北方領土, Южные Курилы …)
 *   and the Kuril chain as a whole ("Kuril Islands", "Курилы", "千島列島"), which news names almost
 *   only when the dispute or Russia's build-up there is the subject;
 * - the actors of actors.yaml (names and aliases; people known only from the seed article are left
 *   out, since their aliases include "the spokesman"), plus other scripts and demonyms;
 * - dispute terms (peace treaty, 領土問題, мирный договор …), natural-hazard words, aid words.
 *
 * An item is relevant when it names an island or the dispute, and it is not a natural-hazard report.
 * A dispute term names the dispute only with both parties in the same item, a Japanese actor and a
 * Russian or Soviet one, and Ukraine not named: peace treaties and territorial rows are also news
 * between Japan and Korea or China, and Russia's peace treaty in the news of these years is the one
 * with Ukraine ("Japan backs Ukraine as Russia talks peace treaty" is not about the islands; an item
 * about Ukraine and the islands names the islands). A hazard report (earthquake, tsunami, eruption, storm) names the
 * islands as a place, and the wires file one for most tremors, so it is not relevant unless it also
 * carries the dispute: a dispute term with both parties, or Japan offering aid.
 *
 * Matching (name-pattern.ts): whole words for Latin and Cyrillic, Russian endings on stems
 * ("на Итурупе", "Южных Курил"), substrings for Japanese, capitals where the name has them, false
 * friends blanked out first (Kurile Lake, the Kurilian Bobtail, Nemuro's Habomai district). Where
 * two names overlap, the longer wins: ロシア外務省 is Russia's foreign ministry, not 外務省 (Japan's).
 */

type NameTarget =
  | { readonly kind: 'island'; readonly id: string }
  | { readonly kind: 'actor'; readonly id: string }
  | { readonly kind: 'group' | 'chain' | 'both-parties' };

interface CompiledName {
  readonly pattern: NamePattern;
  readonly target: NameTarget;
}

type Party = 'japan' | 'russia' | 'ukraine';

/** A reading of items against one dossier, compiled once (a poll reads thousands of items). */
export interface IntakeMatcher {
  detect(item: Pick<FeedItem, 'title' | 'summary'>): Detection;
}

export function createMatcher(dossier: Dossier): IntakeMatcher {
  const names: CompiledName[] = [];
  const add = (list: readonly (string | RegExp)[], target: NameTarget) => {
    for (const name of new Set(list)) names.push({ pattern: compileName(name), target });
  };

  for (const island of dossier.islands) {
    const { en, ja, ru } = island.names;
    add([en, ja, ru, ...island.aliases, ...(ISLAND_NAMES[island.id] ?? [])], { kind: 'island', id: island.id });
  }
  const newsActors = dossier.actors.filter((a) => a.verification !== 'unverified');
  for (const actor of newsActors) {
    add([actor.name, ...actor.aliases, ...(ACTOR_NAMES[actor.id] ?? [])], { kind: 'actor', id: actor.id });
  }
  const { en, ja, ru } = dossier.group.names;
  add([en, ja, ru, ...dossier.group.aliases, ...GROUP_NAMES], { kind: 'group' });
  add(CHAIN_NAMES, { kind: 'chain' });
  add(BOTH_PARTIES, { kind: 'both-parties' });

  const terms = (list: readonly (string | RegExp)[]) => list.map((t) => compileName(t));
  const disputeTerms = terms(DISPUTE_TERMS);
  const hazardTerms = terms(HAZARD_TERMS);
  const aidTerms = terms(AID_TERMS);
  const partyOf = partiesOf(dossier.actors);
  const islandOrder = dossier.islands.map((i) => i.id);
  const actorOrder = dossier.actors.map((a) => a.id);

  return {
    detect(item) {
      const text = indexText(readableText(item));
      const found = longestNames(names.flatMap((n) => findSpans(n.pattern, text).map((span) => ({ span, target: n.target }))));
      const ids = (kind: 'island' | 'actor') =>
        new Set(found.flatMap(({ target }) => (target.kind === kind ? [target.id] : [])));
      const islands = ids('island');
      const actors = ids('actor');
      const named = (kind: NameTarget['kind']) => found.some(({ target }) => target.kind === kind);
      const has = (patterns: readonly NamePattern[]) => patterns.some((p) => findSpans(p, text).length > 0);

      const parties = new Set<Party>([...actors].flatMap((id) => partyOf.get(id) ?? []));
      if (named('both-parties')) for (const party of ['japan', 'russia'] as const) parties.add(party);
      const disputeByTerm = has(disputeTerms) && parties.has('japan') && parties.has('russia') && !parties.has('ukraine');
      const hazard = has(hazardTerms) && !disputeByTerm && !(has(aidTerms) && parties.has('japan'));
      return {
        islands: islandOrder.filter((id) => islands.has(id)),
        actors: actorOrder.filter((id) => actors.has(id)),
        dispute: named('group') || named('chain') || disputeByTerm,
        hazard,
      };
    },
  };
}

/** An item concerns the dispute: it names an island or the dispute, and is not a hazard report. */
export function isRelevant(detection: Detection): boolean {
  return !detection.hazard && (detection.islands.length > 0 || detection.dispute);
}

const matchers = new WeakMap<Dossier, IntakeMatcher>();

/** The matcher for this dossier, compiled on first use and kept while the dossier lives. */
export function detect(dossier: Dossier, item: Pick<FeedItem, 'title' | 'summary'>): Detection {
  let matcher = matchers.get(dossier);
  if (!matcher) {
    matcher = createMatcher(dossier);
    matchers.set(dossier, matcher);
  }
  return matcher.detect(item);
}

/** Title and summary, normalised, with false friends blanked out (spaces keep the word boundaries). */
function readableText(item: Pick<FeedItem, 'title' | 'summary'>): string {
  let text = normalizeText([item.title, item.summary ?? ''].join('\n'));
  for (const friend of FALSE_FRIENDS) text = text.replace(friend, (m) => ' '.repeat(m.length));
  return text;
}

/** Overlapping names: the longer wins; names on the very same span are all kept. */
function longestNames<T extends { span: Span }>(found: T[]): T[] {
  const byLength = [...found].sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start));
  const kept: T[] = [];
  for (const f of byLength) {
    const clash = kept.some(
      (k) => k.span.start < f.span.end && f.span.start < k.span.end && !(k.span.start === f.span.start && k.span.end === f.span.end),
    );
    if (!clash) kept.push(f);
  }
  return kept;
}

/** The party each actor stands for: Japan, Russia (the Soviet Union included) or Ukraine. */
function partiesOf(actors: readonly ActorRecord[]): Map<string, Party> {
  const party = (id: string | undefined): Party | undefined =>
    id === 'japan' ? 'japan' : id === 'russia' || id === 'ussr' ? 'russia' : id === 'ukraine' ? 'ukraine' : undefined;
  const parties = new Map<string, Party>();
  for (const actor of actors) {
    const p = party(actor.id) ?? party(actor.country);
    if (p) parties.set(actor.id, p);
  }
  return parties;
}
