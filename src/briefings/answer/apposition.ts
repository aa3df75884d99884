import type { Dossier } from '../../dossier/dossier.js';

/**
 * "The latest news about Muneo Suzuki, the lawmaker who's friendly with Moscow?", "when did Medvedev,
 * the former Kremlin boss, last visit …": a description set after a person's name by a comma says who
 * the person is, in the asker's words ("friendly", "boss"). The records describe the person in their
 * own words, so the description's words match nothing, or match other records (Moscow), and the
 * question is declined or answered about something else. The person is named already: the description
 * is taken out. Only after a name of a person on record (the actors' own names and aliases), only a
 * description that starts with "the / a / an" and holds no "and" / "or" (that would be a list:
 * "Putin, the US and Japan"), up to the next comma or the end of the sentence.
 */

const DESCRIPTION = /^\s*,\s+((?:the|a|an)\s+(?:(?!(?:and|or)\b)[^\s,;:.!?]+\s*){1,10})(,|(?=[;:.!?]|$))/iu;

const cache = new WeakMap<Dossier, ReadonlySet<string>>();

/** The last words of every person's name and aliases, lower-cased: "suzuki", "medvedev". */
export function personNameEnds(dossier: Dossier): ReadonlySet<string> {
  let set = cache.get(dossier);
  if (!set) {
    const ends = dossier.actors
      .filter((a) => a.kind === 'person')
      .flatMap((a) => [a.name, ...a.aliases])
      .map((n) => n.trim().split(/\s+/).pop()?.toLowerCase() ?? '')
      .filter((w) => w.length > 1);
    cache.set(dossier, (set = new Set(ends)));
  }
  return set;
}

/** The question without descriptions set after a person's name. */
export function withoutApposition(dossier: Dossier, question: string): string {
  const ends = personNameEnds(dossier);
  let out = '';
  let rest = question;
  for (let m = /([\p{L}'’-]+)(?=\s*,)/u.exec(rest); m; m = /([\p{L}'’-]+)(?=\s*,)/u.exec(rest)) {
    const cut = m.index + m[0].length;
    out += rest.slice(0, cut);
    rest = rest.slice(cut);
    const d = ends.has(m[1]!.toLowerCase()) ? DESCRIPTION.exec(rest) : null;
    if (d) rest = (d[2] === ',' ? ' ' : '') + rest.slice(d[0].length).replace(/^\s+/, d[2] === ',' ? '' : '');
    else if (rest.startsWith(',')) {
      out += ',';
      rest = rest.slice(1);
    } else {
      out += rest.slice(0, rest.indexOf(',') + 1);
      rest = rest.slice(rest.indexOf(',') + 1);
    }
  }
  return out + rest;
}
