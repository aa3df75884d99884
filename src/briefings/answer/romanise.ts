import type { IslandRecord } from '../../dossier/schema.js';

/**
 * The Latin spelling of an island's Russian name, as the island record lists it among its aliases
 * ("Iturup" for Итуруп): a reader asking for the Russian names may not read Cyrillic. The
 * transliteration only finds the alias; a name the record does not list is never made up.
 */

const LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

function transliterate(word: string): string {
  return [...word.toLowerCase()].map((c) => LETTERS[c] ?? c).join('');
}

/** The record's Latin alias for its Russian name, when it differs from the English name. */
export function russianInLatin(island: IslandRecord): string | undefined {
  const words = island.names.ru.split(/\s+/);
  const wanted = new Set([transliterate(island.names.ru), transliterate(words.at(-1) ?? '')]);
  const found = island.aliases.find((a) => wanted.has(a.toLowerCase()));
  return found && found.toLowerCase() !== island.names.en.toLowerCase() ? found : undefined;
}
