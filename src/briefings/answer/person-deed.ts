import type { Dossier } from '../../dossier/dossier.js';

/**
 * "When did Prime Minister Mishustin visit the southern Kurils?": the record says "Russia ends the …
 * former-resident visit agreements", and Mishustin only signed the order. A deed the record gives to
 * a state by its name ("Russia ends …", "Moscow …") is the state's: it is no deed of one particular
 * person of that state whom the question names, unless the clause names that person too. A people's
 * adjective ("the first Russian leader to visit") is a person of the state, and stays one.
 * The deed's word must qualify a noun there ("former-resident visit agreements"), as a kind of
 * thing the state acted on, not a deed it did.
 * (The other way round stays: a deed of Putin's is Russia's, so "did Russia …" still finds it.)
 */
export function stateForPerson(dossier: Dossier, asked: string, doer: string, before: string, [deed, after]: readonly string[]): boolean {
  // Only where the deed's word names a kind of thing ("visit agreements"): the state's own verb is
  // another word. "Japan lodged a protest with …" is a protest done, the state's and its leader's.
  // A verb's form ("suspends talks", "protested", "visiting") is a deed done, whatever follows it.
  if (!deed || /(?:s|ed|ing|[,;:.])$/i.test(deed) || !after || !ATTRIBUTED.test(after)) return false;
  const person = dossier.actorsById.get(asked);
  const state = dossier.actorsById.get(doer);
  if (person?.kind !== 'person' || state?.kind !== 'state') return false;
  const said = (names: readonly string[]) => names.some((n) => new RegExp(`(?:^|[^\\p{L}])${escape(n)}(?![\\p{L}])`, 'iu').test(before));
  // The person named, or their office ("the foreign minister cites …" is Lavrov's deed).
  const office = /^(.+?)(?=\s+(?:of|since|in|at|for|from)\b|[,(;]|$)/.exec(person.role)?.[1] ?? '';
  return said([state.name, ...state.aliases]) && !said([person.name, ...person.name.split(/\s+/).slice(-1), ...person.aliases, ...(office ? [office] : [])]);
}

/** The noun a deed word can qualify ("visit agreements", "exchange arrangement"): a lower-case word, no function word. */
const ATTRIBUTED = /^(?!(?:by|with|to|of|on|in|at|for|from|and|or|the|a|an|as|that|which|who|over|against|into|after|before|since|during|near|off)\b)\p{Ll}[\p{L}-]*[,;:.]?$/u;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
