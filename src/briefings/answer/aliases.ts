import type { Dossier } from '../../dossier/dossier.js';
import { WORD_FAMILIES } from './word-families.js';
import { EVERYDAY_FAMILIES } from './everyday-deeds.js';
import { isFeminineForm, isPatronymicAfter, officesOfPeople } from './name-forms.js';
import type { ActorRecord } from '../../dossier/schema.js';
import { editDistance, hasCjk, normalize, processTerm, stem, terms, tokenize, typoAllowance } from './text.js';
import { irregularPasts } from './irregular-verbs.js';

/**
 * Alias groups: every name a user may type for an actor, an island or the four islands as a group,
 * taken from the dossier (names, aliases) plus a small curated list below. A detected alias becomes
 * an entity token ("e_island_etorofu") that the index also carries for every record naming that
 * entity, so "Iturup", "Etorofu" and "択捉島" all find the same events.
 */

export type EntityKind = 'actor' | 'island' | 'group';

export interface Entity {
  readonly token: string;
  readonly kind: EntityKind;
  /** Actor or island id; "group" for the four islands. */
  readonly id: string;
  /** A state, alliance or the group: named in most records, so naming it does not single one out. */
  readonly broad: boolean;
}

interface AliasEntry {
  /** Processed terms (stop words out, stemmed). */
  readonly terms: readonly string[];
  readonly entity: Entity;
}

/** An office held for a period, read from an actor's role ("Prime Minister of Japan (2021–2024)"). */
export interface Office {
  readonly actorId: string;
  /** The office's words without the country, e.g. ["prime", "minister"]. */
  readonly terms: readonly string[];
  /** Entity tokens of the states in the office's name, or the actor's own country. */
  readonly countries: readonly string[];
  /** Terms of office, YYYY-MM-DD, the open end as "9999-12-31". */
  readonly spans: readonly { readonly start: string; readonly end: string }[];
  /** The role segment as written, e.g. "Prime Minister of Japan (2021–2024)". */
  readonly text: string;
}

/** Whether the office was held at some time between two days (YYYY-MM-DD, inclusive). */
export function heldDuring(office: Office, from: string, to: string = from): boolean {
  return office.spans.some((span) => span.start <= to && span.end >= from);
}

/** The offices, of any state, with the words of an office asked ("prime minister"), held at some time between two days. */
export function sameOfficesHeld(asked: readonly Office[], offices: readonly Office[], start: string, end: string): Office[] {
  const words = new Set(asked.map((o) => o.terms.join(' ')));
  return offices.filter((o) => words.has(o.terms.join(' ')) && heldDuring(o, start, end));
}

/** Whether an office is of one of the states the asked offices are of. */
export function ofAskedState(asked: readonly Office[], office: Office): boolean {
  return office.countries.some((c) => asked.some((a) => a.countries.includes(c)));
}

export interface AliasTable {
  readonly entities: ReadonlyMap<string, Entity>;
  /** Alias entries by their first term. */
  readonly byFirst: ReadonlyMap<string, readonly AliasEntry[]>;
  /** First terms, for typo-tolerant lookups. */
  readonly firstTerms: readonly string[];
  /** Aliases in scripts without spaces (Japanese), matched as substrings. */
  readonly substrings: readonly { readonly text: string; readonly entity: Entity }[];
  /** Short upper-case aliases ("US", "UK", "EMD") matched case-sensitively in the original text. */
  readonly acronyms: readonly { readonly pattern: RegExp; readonly entity: Entity }[];
  readonly offices: readonly Office[];
}

/** Curated names that the data files do not list: demonyms and the group's everyday names. */
const CURATED_ACTOR_ALIASES: Readonly<Record<string, readonly string[]>> = {
  japan: ['Japanese', 'Nippon'],
  russia: ['Russian', 'Russians'],
  // Wartime leaders the records never name stand for their state, as a capital does (seats.ts).
  ussr: ['Soviets', 'Soviet forces', 'Soviet army', 'Red Army', 'Stalin'],
  // Its role on record is "Russia's defence ministry and armed forces command", as the Soviet army is the USSR's.
  'russian-mod': ['Russian army', 'Russian armed forces'],
  ukraine: ['Ukrainian'],
  usa: ['American', 'America', 'Americans', 'Roosevelt', 'Truman'],
  uk: ['British', 'Britain', 'Churchill'],
};

const CURATED_GROUP_ALIASES = [
  'four islands',
  'four disputed islands',
  'disputed islands',
  'the islands',
  'Northern Provinces',
  'northern islands',
  'northern territory',
  'Kuril chain',
  'Kuril archipelago',
  'Курилы',
];

/**
 * Query-side synonyms (plain words; stemmed when the table is built). A query term brings its
 * synonyms along at a lower weight, and a match on any of them counts as a match on the term.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['stop', 'suspend', 'suspension', 'halt', 'freeze', 'break'],
  ['cancel', 'cancellation', 'end', 'terminate', 'termination', 'scrap', 'withdraw'],
  ['exercise', 'drill', 'manoeuvre', 'maneuver', 'wargame'],
  ['soldier', 'troop', 'servicemen'],
  ['negotiation', 'talk', 'dialogue', 'negotiate', 'summit', 'meeting'],
  ['atomic', 'nuclear', 'nuke'],
  ['agreement', 'accord', 'pact', 'deal', 'arrangement', 'program', 'programme', 'scheme'],
  ['visit', 'trip', 'travel', 'tour'],
  ['sign', 'signature', 'signatory'],
  ['battle', 'fighting', 'fight', 'combat'],
  ['occupy', 'occupation', 'seize', 'grab', 'capture', 'invade', 'take', 'took', 'taken', 'takeover'],
  ['annex', 'annexation', 'incorporate'],
  ['give', 'giving', 'hand', 'cede', 'ceding', 'return', 'transfer'],
  ['protest', 'object', 'complain', 'condemn'],
  ['recognise', 'recognize', 'recognition'],
  ['defence', 'defense'],
  ['island', 'islet', 'isle'],
  ['fishing', 'fish', 'fishery', 'fishermen'],
  ['law', 'decree', 'legislation', 'order'],
  ['start', 'begin', 'establish', 'create'],
  ['warn', 'warning', 'caution'],
  ['missile', 'rocket'],
  // "The most recent deployment": the records say a division was "deployed"; the noun does not stem to the verb.
  ['deploy', 'deployment', 'deployed'],
  // The stemmer leaves "expelled" as "expell": the forms are joined here.
  ['expel', 'expelled', 'expelling', 'expulsion', 'kick', 'oust'],
  ['militaristic', 'militarist', 'militarism'],
  ['constitution', 'constitutional'],
  ['ban', 'prohibit', 'forbid', 'outlaw'],
  ['exchange', 'swap', 'trade'],
  ['violate', 'violation', 'breach', 'contradict', 'counter'],
  ['leave', 'left', 'depart', 'withdrawal'],
  ['rename', 'name', 'mark'],
  ['promise', 'pledge', 'commit', 'undertake', 'agree'],
  ['largest', 'biggest'],
  ['resident', 'islander', 'inhabitant'],
  ['safe', 'safely', 'safety'],
  ['support', 'back', 'endorse'],
  ['victory', 'win', 'beat', 'beating', 'defeat', 'defeating', 'triumph'],
  ...WORD_FAMILIES,
  ...EVERYDAY_FAMILIES,
  ['sovereignty', 'ownership', 'belong'],
];

/** Words that stand for several terms: expanded before anything else ("pm" -> "prime minister"). */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  pm: 'prime minister',
  premier: 'prime minister',
  mfa: 'foreign ministry',
  mofa: 'foreign ministry',
  mod: 'defence ministry',
  fm: 'foreign minister',
  ww2: 'second world war',
  wwii: 'second world war',
  nukes: 'nuclear weapons',
  usa: 'united states',
  ussr: 'soviet union',
  jan: 'january',
  feb: 'february',
  sept: 'september',
  // "The Treaty of Saint Petersburg": the records write "St Petersburg".
  saint: 'st',
};

/** The index token of a named person, body, island or group: `e_actor_fumio_kishida`. */
export function entityToken(kind: EntityKind, id: string): string {
  return `e_${kind}_${id.replace(/-/g, '_')}`;
}

function isAcronym(alias: string): boolean {
  return /^[A-Z][A-Z.]{1,4}$/.test(alias.trim());
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function buildAliasTable(dossier: Dossier): AliasTable {
  const entities = new Map<string, Entity>();
  const entries: AliasEntry[] = [];
  const substrings: { text: string; entity: Entity }[] = [];
  const acronyms: { pattern: RegExp; entity: Entity }[] = [];

  const add = (entity: Entity, names: readonly string[]) => {
    entities.set(entity.token, entity);
    for (const name of names) {
      if (hasCjk(name)) {
        substrings.push({ text: normalize(name), entity });
        continue;
      }
      if (isAcronym(name)) {
        acronyms.push({ pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name.trim())}(?![\\p{L}\\p{N}])`, 'u'), entity });
      }
      const t = terms(name);
      if (t.length) entries.push({ terms: t, entity });
    }
  };

  // "Putin's office" names the Kremlin, whose role says it is the president's office (name-forms.ts).
  const offices = officesOfPeople(dossier.actors);
  for (const actor of dossier.actors) {
    add({ token: entityToken('actor', actor.id), kind: 'actor', id: actor.id, broad: actor.kind === 'state' || actor.kind === 'alliance' }, [actor.name, ...actor.aliases, ...(CURATED_ACTOR_ALIASES[actor.id] ?? []), ...(offices.get(actor.id) ?? [])]);
  }
  for (const island of dossier.islands) {
    add({ token: entityToken('island', island.id), kind: 'island', id: island.id, broad: false }, [island.names.en, island.names.ja, island.names.ru, ...island.aliases]);
  }
  add({ token: 'e_group', kind: 'group', id: 'group', broad: true }, [
    dossier.group.names.en,
    dossier.group.names.ja,
    dossier.group.names.ru,
    ...dossier.group.aliases,
    ...CURATED_GROUP_ALIASES,
  ]);

  entries.push(...shortNames(entries, dossier.actors.map((a) => ({ terms: terms(a.name), entity: entities.get(entityToken('actor', a.id))! }))));

  const byFirst = new Map<string, AliasEntry[]>();
  for (const entry of entries) {
    const first = entry.terms[0]!;
    const list = byFirst.get(first) ?? [];
    // The same terms may name one entity twice (name and alias); keep one.
    if (!list.some((e) => e.entity.token === entry.entity.token && e.terms.join(' ') === entry.terms.join(' '))) list.push(entry);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.terms.length - a.terms.length);

  const table: AliasTable = {
    entities,
    byFirst,
    firstTerms: [...byFirst.keys()],
    substrings: substrings.sort((a, b) => b.text.length - a.text.length),
    acronyms,
    offices: [],
  };
  return { ...table, offices: parseOffices(dossier.actors, table) };
}

/**
 * "Nippon Ishin" for "Nippon Ishin no Kai": the first two words of a name of three or more, when no
 * other name starts with them and they are no alias already (else "Nippon" alone names Japan).
 */
function shortNames(entries: readonly AliasEntry[], names: readonly AliasEntry[]): AliasEntry[] {
  const key = (t: readonly string[]) => t.join(' ');
  const taken = new Set(entries.map((e) => key(e.terms)));
  const heads = new Map<string, AliasEntry[]>();
  for (const n of names) {
    if (n.terms.length < 3) continue;
    const head = key(n.terms.slice(0, 2));
    heads.set(head, [...(heads.get(head) ?? []), n]);
  }
  return [...heads].flatMap(([head, list]) => (list.length === 1 && !taken.has(head) ? [{ terms: list[0]!.terms.slice(0, 2), entity: list[0]!.entity }] : []));
}

/** One alias found in a text: the entity and the positions of the terms it covers. */
export interface Detection {
  readonly entity: Entity;
  /** Indexes into the term list the detection ran over. */
  readonly from: number;
  readonly to: number;
  /** The terms as the user typed them (processed), for the question's own term list. */
  readonly typed: readonly string[];
  /** The alias's own terms, so a misspelt name still finds the correctly spelt one. */
  readonly canonical: readonly string[];
  readonly fuzzy: boolean;
}

/** Case and number endings of Russian nouns and adjectives, longest first. */
const RU_ENDINGS = ['ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ией', 'ия', 'ии', 'ие', 'ью', 'ей', 'ой', 'ый', 'ий', 'ая', 'яя', 'ое', 'ее', 'ую', 'юю', 'ом', 'ем', 'ах', 'ях', 'ам', 'ям', 'ов', 'ев', 'а', 'я', 'о', 'е', 'и', 'ы', 'у', 'ю', 'ь', 'й'];

/**
 * A Russian word without its case ending, so that the forms of one name meet whichever ending
 * changed the stem ("Японии" and "Япония" both give "япон"). Light: one ending, stem of 3 or more.
 */
export function russianStem(word: string): string {
  const ending = RU_ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 3);
  return ending ? word.slice(0, -ending.length) : word;
}

function sameTerm(typed: string, alias: string, fuzzy: boolean): { ok: boolean; fuzzy: boolean } {
  if (typed === alias) return { ok: true, fuzzy: false };
  // Russian case endings: "Итурупе" is "Итуруп", "Японии" is "Япония", "Кремля" is "Кремль".
  if (/^\p{Script=Cyrillic}+$/u.test(alias) && alias.length >= 4 && /^\p{Script=Cyrillic}+$/u.test(typed)) {
    if (typed.startsWith(alias) && typed.length - alias.length <= 3) return { ok: true, fuzzy: false };
    const stem = russianStem(alias);
    if (stem.length >= 3 && russianStem(typed) === stem) return { ok: true, fuzzy: false };
  }
  if (!fuzzy || isFeminineForm(typed, alias)) return { ok: false, fuzzy: false };
  const allowance = Math.min(typoAllowance(alias), typoAllowance(typed));
  return { ok: allowance > 0 && editDistance(typed, alias, allowance) <= allowance, fuzzy: true };
}

/**
 * Finds aliases in a list of processed terms, longest first, without overlaps. With `typos` (for
 * all terms, or those the function picks), a term may carry a typo ("kunashr", "medvedv"); the
 * index side runs without it.
 */
export function detectInTerms(table: AliasTable, list: readonly string[], typos: boolean | ((term: string) => boolean)): Detection[] {
  const found: Detection[] = [];
  let i = 0;
  while (i < list.length) {
    const term = list[i]!;
    const fuzzy = typeof typos === 'function' ? typos(term) : typos;
    let candidates = table.byFirst.get(term) ?? [];
    let viaTypo = false;
    if (candidates.length === 0 && (fuzzy || /^\p{Script=Cyrillic}+$/u.test(term))) {
      const firsts = table.firstTerms.filter((first) => sameTerm(term, first, fuzzy).ok);
      candidates = firsts.flatMap((first) => table.byFirst.get(first) ?? []).sort((a, b) => b.terms.length - a.terms.length);
      viaTypo = candidates.length > 0;
    }
    let matched: Detection | undefined;
    for (const entry of candidates) {
      if (i + entry.terms.length > list.length) continue;
      let ok = true;
      let typo = viaTypo;
      let skipped = 0;
      for (let k = 0; k < entry.terms.length && ok; k++) {
        // "Vladimir Vladimirovich Putin": a patronymic after the given name is passed over (name-forms.ts).
        if (k > 0 && isPatronymicAfter(table, list[i + k + skipped - 1], list[i + k + skipped] ?? '')) skipped += 1;
        const next = list[i + k + skipped];
        const same = next === undefined ? { ok: false, fuzzy: false } : sameTerm(next, entry.terms[k]!, typeof typos === 'function' ? typos(next) : typos);
        ok = same.ok;
        typo ||= same.ok && same.fuzzy;
      }
      if (ok) {
        const to = i + entry.terms.length + skipped;
        matched = { entity: entry.entity, from: i, to, typed: list.slice(i, to), canonical: entry.terms, fuzzy: typo };
        break;
      }
    }
    if (matched) {
      found.push(matched);
      i = matched.to;
    } else {
      i += 1;
    }
  }
  return found;
}

/** Entities named in a record's text (exact names only), for the index. */
export function entitiesInText(table: AliasTable, text: string): Set<string> {
  return entitiesIn(table, terms(text), text);
}

/** Entities named in a text whose processed terms are already at hand. */
export function entitiesIn(table: AliasTable, list: readonly string[], text: string): Set<string> {
  const out = new Set<string>();
  for (const d of detectInTerms(table, list, false)) out.add(d.entity.token);
  if (hasCjk(text)) {
    const normalized = normalize(text);
    for (const s of table.substrings) if (normalized.includes(s.text)) out.add(s.entity.token);
  }
  for (const a of table.acronyms) if (a.pattern.test(text)) out.add(a.entity.token);
  return out;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Reads offices and their terms from actor roles: "President of Russia (2000–2008 and since 2012)". */
function parseOffices(actors: readonly ActorRecord[], table: AliasTable): Office[] {
  const offices: Office[] = [];
  for (const actor of actors) {
    if (actor.kind !== 'person') continue;
    for (const segment of actor.role.split(/;\s*|,\s*then\s+/)) {
      const spans: { start: string; end: string }[] = [];
      for (const m of segment.matchAll(/(\d{4})\s*[–-]\s*(\d{4})/g)) spans.push({ start: `${m[1]}-01-01`, end: `${m[2]}-12-31` });
      for (const m of segment.matchAll(/since\s+(?:([A-Za-z]+)\s+)?(\d{4})/g)) {
        const month = m[1] ? MONTHS.indexOf(m[1].toLowerCase()) + 1 : 0;
        spans.push({ start: `${m[2]}-${String(month > 0 ? month : 1).padStart(2, '0')}-01`, end: '9999-12-31' });
      }
      if (spans.length === 0) continue;
      const name = segment.split(/\s*\(|\s+since\s+/)[0]!.trim();
      const list = terms(name);
      const states = detectInTerms(table, list, false).filter((d) => d.entity.kind === 'actor');
      const covered = new Set(states.flatMap((d) => list.slice(d.from, d.to)));
      const officeTerms = list.filter((t) => !covered.has(t));
      const countries = [...new Set([...table.acronyms.filter((a) => a.pattern.test(name)).map((a) => a.entity.token), ...states.map((d) => d.entity.token)])];
      if (countries.length === 0 && actor.country) countries.push(entityToken('actor', actor.country));
      if (officeTerms.length) offices.push({ actorId: actor.id, terms: officeTerms, countries, spans, text: segment.trim() });
    }
  }
  return offices;
}

/** Stemmed synonym groups, by member. */
export function synonymMap(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const group of SYNONYMS) {
    // "Cancelled", "expelled": the doubled l of the -ed and -ing forms survives the stemmer, so those
    // forms join their verb's group here ("cancell" with "cancel"), for every verb ending in a vowel and l.
    const forms = group.flatMap((w) => (/[aeiou]l$/.test(w) ? [w, `${w}led`] : [w]));
    const stems = [...new Set(forms.map((w) => processTerm(w) ?? stem(w)))];
    for (const s of stems) map.set(s, [...new Set([...(map.get(s) ?? []), ...stems.filter((o) => o !== s)])]);
  }
  // "When they met in Irkutsk": the stemmer joins "meets" and "meeting" to "meet" but not the irregular
  // "met", which was a word of its own no record holds ("Meeting in Irkutsk, the leaders …"). A past
  // form asked brings its plain verb along; not the other way, or "meet" would find every "met".
  // Speaking and writing are framing ("who spoke for the Kremlin"), read elsewhere, not deeds.
  for (const [past, plain] of irregularPasts().filter(([, verb]) => verb !== 'speak' && verb !== 'write')) {
    const [p, q] = [processTerm(past) ?? stem(past), processTerm(plain) ?? stem(plain)];
    if (p !== q) map.set(p, [...new Set([...(map.get(p) ?? []), q])]);
  }
  return map;
}

/**
 * "The '56 declaration", "the 93 Tokyo declaration": a two-digit year naming a document. A document
 * word may follow one or two words of the document's own name ("the 98 fishing agreement", "the 91
 * visa-free deal"): unread, the year was an object no record names and the question was declined.
 */
const SHORT_YEAR = /(?<![\p{L}\p{N}])[’']?(\d{2})\s+(?=(?:[\p{L}-]+\s+){0,2}?(?:soviet|joint|tokyo|declaration|treaty|agreement|accord|pact|deal|statement|decree|law|constitution)\b)/giu;

/** Expands abbreviations in a raw text before it is split into terms. */
export function expandAbbreviations(text: string): string {
  const years = text.replace(SHORT_YEAR, (_, yy: string) => `${Number(yy) > 30 ? '19' : '20'}${yy} `);
  return tokenize(years).length === 0
    ? years
    : years.replace(/[\p{L}\p{N}.]+/gu, (word) => ABBREVIATIONS[word.toLowerCase()] ?? word);
}
