import type { APIApplicationCommandOptionChoice } from 'discord.js';
import type { AutocompleteSource } from '../../commands/options.js';
import { formatPartialDate } from '../../dossier/dates.js';
import type { Dossier } from '../../dossier/dossier.js';
import { fitText } from '../fit-text.js';
import { plainText } from './escape.js';
import { DISCORD_LIMITS as L } from './limits.js';

/**
 * Autocomplete from the dossier: event ids (matched on id or title) and actors (name, alias or id).
 * Best matches first: a prefix of the id or name, then the start of a word, then anywhere.
 * Values are ids, which every command accepts; names are what the user sees.
 */

type Choice = APIApplicationCommandOptionChoice<string>;

const norm = (text: string) => text.normalize('NFKC').toLowerCase().trim();

function rank(needle: string, haystacks: readonly string[]): number | undefined {
  let best: number | undefined;
  haystacks.forEach((raw, i) => {
    const hay = norm(raw);
    // The first haystack is the id or name: a match there beats one in the others.
    const bias = i === 0 ? 0 : 0.5;
    let score: number | undefined;
    if (hay.startsWith(needle)) score = 0;
    else if (hay.split(/[\s\-/,.()]+/).some((word) => word.startsWith(needle))) score = 1;
    else if (hay.includes(needle)) score = 2;
    if (score !== undefined && (best === undefined || score + bias < best)) best = score + bias;
  });
  return best;
}

const choice = (name: string, value: string): Choice => ({ name: fitText(plainText(name), L.choiceName), value });

export function eventChoices(dossier: Dossier, typed: string): Choice[] {
  const needle = norm(typed);
  const newestFirst = [...dossier.events].reverse().filter((e) => e.id.length <= L.choiceValue);
  const ranked = needle
    ? newestFirst
        .map((event, order) => ({ event, order, score: rank(needle, [event.id, event.title]) }))
        .filter((r): r is typeof r & { score: number } => r.score !== undefined)
        .sort((a, b) => a.score - b.score || a.order - b.order)
        .map((r) => r.event)
    : newestFirst;
  return ranked.slice(0, L.autocompleteChoices).map((e) => choice(`${formatPartialDate(e.date)} · ${e.title}`, e.id));
}

export function actorChoices(dossier: Dossier, typed: string): Choice[] {
  const needle = norm(typed);
  const ranked = dossier.actors
    .map((actor, order) => {
      if (!needle) return { actor, order, score: 0, alias: undefined };
      const score = rank(needle, [actor.name, actor.id, ...actor.aliases]);
      const alias = actor.aliases.find((a) => norm(a).includes(needle) && !norm(actor.name).includes(needle));
      return { actor, order, score, alias };
    })
    .filter((r): r is typeof r & { score: number } => r.score !== undefined)
    .sort((a, b) => a.score - b.score || a.order - b.order);
  return ranked
    .filter((r) => r.actor.id.length <= L.choiceValue)
    .slice(0, L.autocompleteChoices)
    .map((r) => choice(`${r.actor.name}${r.alias ? ` (${r.alias})` : ''} — ${r.actor.kind}`, r.actor.id));
}

export function autocompleteChoices(dossier: Dossier, source: AutocompleteSource, typed: string): Choice[] {
  return source === 'event' ? eventChoices(dossier, typed) : actorChoices(dossier, typed);
}
