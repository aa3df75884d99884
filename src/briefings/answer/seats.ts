/**
 * A capital names the state governed from it at the time: "Moscow" agreed to hand over Habomai in
 * 1956 as the Soviet Union and halted the talks in 2022 as Russia. The records and users both write
 * "Moscow" for either, so a deed by Moscow is by whichever of them the record's own name says, and a
 * record's "Moscow" may be the Soviet Union a question asks about. The states' names ("Russia",
 * "the Soviet Union") still tell them apart: only the capital is shared.
 */
const SEATS: Readonly<Record<string, readonly string[]>> = {
  moscow: ['russia', 'ussr'],
  tokyo: ['japan'],
};

const SEAT_WORD = new RegExp(`\\b(?:${Object.keys(SEATS).join('|')})\\b`, 'gi');

/** The states a text's capital names may stand for ("Moscow" -> Russia and the Soviet Union). */
export function seatedStates(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(SEAT_WORD)) for (const id of SEATS[m[0].toLowerCase()] ?? []) out.add(id);
  return out;
}

/**
 * Whether an actor may be the doer because a capital named in the text stands for both the doer and
 * the actor's state ("Moscow" asked; Gromyko, of the Soviet Union, on record).
 */
export function sameSeat(text: string, doer: string, belongs: (state: string) => boolean): boolean {
  const states = seatedStates(text);
  return states.has(doer) && [...states].some(belongs);
}

/** Words before a place where something happened or lies: "met in Moscow", "fish near Sakhalin". */
const WHERE_WORDS = String.raw`(?:in|at|near|off|around|outside)\s+(?:the\s+)?(?:(?:coast|waters|city|island|port)\s+of\s+)?`;
const PLACED = new RegExp(String.raw`\b${WHERE_WORDS}([\p{L}-]+)`, 'giu');

/**
 * The words a question names as the place of the deed that the records write as a proper name
 * ("near Sakhalin", "in Nagato"; `names` holds the records' capitalised words, lower-cased): a
 * record that answers must name that place, as it must a person or an island.
 */
export function namedPlaces(text: string, names: ReadonlySet<string>): Set<string> {
  return new Set([...text.matchAll(PLACED)].map((m) => m[1]!.toLowerCase()).filter((w) => names.has(w) && !(w in SEATS)));
}

/**
 * "Met in Moscow", "talks held at Tokyo": a capital after a preposition of place, following a deed
 * that happens somewhere, is the city itself. "The real fear in Tokyo" is of the government there.
 * Saying happens somewhere too (round 13): "what did Suzuki say in Moscow" asks for words said in the
 * city, which an interview in Japan about Russia does not hold.
 */
const AS_PLACE = new RegExp(
  String.raw`\b(?:meet|meets|met|meeting|summit|talks?|held|hold|holds|sign|signs|signed|signing|visit\w*|gather\w*|rall(?:y|ies)|conference|negotiat\w*|took\s+place|happen\w*|speech|spoke|say|says|said|tell|told|fish\w*|drills?|exercises?)\s+(?:\S+\s+){0,4}?(?:in|at)\s+(?:the\s+city\s+of\s+)?(${Object.keys(SEATS).join('|')})\b`,
  'gi',
);

/** "Visit Tokyo", "toured Moscow": a capital as the object of a trip is the city, with no "in" before it. */
const VISITED = new RegExp(String.raw`\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?)\s+(?:the\s+city\s+of\s+)?(${Object.keys(SEATS).join('|')})\b`, 'gi');

/**
 * The capitals a question names only as the place where something happened ("did Putin and Abe meet
 * in Moscow?"): there the word is the city, which a record must name, not the state governed from
 * it, which every record about that side names.
 */
export function capitalsAsPlaces(text: string): Set<string> {
  const all = [...text.matchAll(SEAT_WORD)].map((m) => m[0].toLowerCase());
  const placed = [...text.matchAll(AS_PLACE), ...text.matchAll(VISITED)].map((m) => m[1]!.toLowerCase());
  return new Set(placed.filter((w) => all.filter((a) => a === w).length === placed.filter((p) => p === w).length));
}

/**
 * Whether a text names the city as a place ("talks in Nagato and Tokyo", "visited Moscow"), not as
 * the state that speaks or acts from it ("Moscow said …").
 */
export function namesAsPlace(text: string, city: string): boolean {
  // Only a capital can be read as its state; any other place name is a place wherever it stands.
  if (!(city in SEATS)) return true;
  const where = String.raw`(?:in|at|to|from|near|visit(?:s|ed|ing)?|(?:in|at)\s+[\p{L}-]+\s+and)`;
  return new RegExp(String.raw`\b${where}\s+(?:the\s+city\s+of\s+)?${city}\b`, 'iu').test(text);
}
