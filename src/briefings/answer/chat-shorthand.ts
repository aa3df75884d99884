/**
 * Chat shorthand put back as the records' words, before a question is read (hooked in chatter.ts).
 * Short chat questions abbreviate the two sides ("ru", "jp"), "year" ("yr"), "organisation" ("org"),
 * "government" ("govt"), "international" ("intl"), "with" ("w", "w/"),
 * "and" ("+") and the Northern Territories ("nt"), and use slang verbs for ending a deal ("killed the
 * visits", "axing the exchanges"). Left as typed, each is a word no record writes: it weighs as an
 * unseen topic and sinks a question the records answer, or it hides the side or the deed the
 * readers (cues, yes-no, doer) look for. Only whole words are read; nothing here adds a fact.
 */

/** The two sides and "year": whole words, also before "'s" and in "ru-jp". */
const WORDS: Readonly<Record<string, string>> = {
  ru: 'Russia',
  rus: 'Russia',
  jp: 'Japan',
  jpn: 'Japan',
  yr: 'year',
  yrs: 'years',
  // "What international org …": the records write "organisation" in full.
  org: 'organisation',
  orgs: 'organisations',
  govt: 'government',
  intl: 'international',
};
const WORD = new RegExp(String.raw`(?<![\p{L}\p{N}.])(${Object.keys(WORDS).join('|')})(?![\p{L}\p{N}]|\.\p{L})`, 'giu');

/** "w/" and "w/o"; a lone "w" before a word ("anything else w russia"), never "w." or "U.S.-w…". */
const WITH_SLASH = /(?<![\p{L}\p{N}])w\/o(?![\p{L}\p{N}])/giu;
const WITH_SLASH_ONLY = /(?<![\p{L}\p{N}])w\/(?=\s*\p{L})/giu;
const WITH_LONE = /(?<![\p{L}\p{N}.'’-])w(?=\s+\p{L})/gu;

/** "+" between two words: "visa free + ex-resident visits". A "+" by a number ("+7") stays. */
const PLUS = /(?<=\p{L})\s*\+\s*(?=\p{L})/gu;

/**
 * "nt day", "the nt issue": the Northern Territories. Not after a helping verb, where "nt" is a
 * clipped "not" ("did nt", "is nt").
 */
const NT = /(?<!\b(?:do|does|did|is|are|was|were|has|have|had|can|could|would|should|will|wo|must|ca|might)\s*)(?<![\p{L}\p{N}'’])nt(?![\p{L}\p{N}'’])/giu;

/** Slang verbs of ending a deal: "kill", "axe", "nix", "ditch" are "end" ("killed the visits"). */
const SLANG_END = /\b(?:kill|axe|ax|nix|ditch)(s|es|ed|ing)?\b(?=\s+(?:off\s+)?(?:the|a|an|its|their|both|all|those|these|japan's|russia's|tokyo's|moscow's)\b)/gi;
const END_FORM: Readonly<Record<string, string>> = { s: 'ends', es: 'ends', ed: 'ended', ing: 'ending' };

export function expandShorthand(text: string): string {
  return text
    .replace(WORD, (w: string) => WORDS[w.toLowerCase()] ?? w)
    .replace(WITH_SLASH, 'without')
    .replace(WITH_SLASH_ONLY, 'with ')
    .replace(WITH_LONE, 'with')
    .replace(PLUS, ' and ')
    .replace(NT, 'Northern Territories')
    .replace(SLANG_END, (_w: string, ending: string | undefined) => (ending ? (END_FORM[ending.toLowerCase()] ?? 'end') : 'end'));
}
