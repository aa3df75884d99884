/**
 * "Lately has any other country come out and backed Japan's claim to the islands?": a third state
 * taking a side, in the asker's words.
 *
 * - **Any other country.** "Any / another / some (other) country, state, nation or government" as
 *   the doer is anyone on record: "country" is no word of a record ("Ukraine recognises …"), and
 *   matched as one it sank the question. It is read as "anyone" ("has anyone recognised …" is read).
 * - **Backing a side's claim to a place** is recognising the place as that side's, in the records'
 *   words ("recognises the four islands … as Japanese territory"): "back / support / endorse /
 *   recognise Japan's claim to the islands" is read "recognise the islands as Japan's". Backing a
 *   claim with no place named ("backed Japan's position") is left as typed.
 */

const ANY_COUNTRY = /\b(?:any|another|some|a)\s+(?:(?:other|foreign|third|outside)\s+)?(?:countr(?:y|ies)|states?|nations?|governments?)\b(?!['’])/giu;
const BACKED_CLAIM = /\b(back|backs|backed|backing|support|supports|supported|supporting|endorse|endorses|endorsed|endorsing|recogni[sz]e|recogni[sz]es|recogni[sz]ed|recogni[sz]ing)\s+([\p{L}-]+['’]s?)\s+(?:territorial\s+)?claims?\s+(?:to|over|on)\s+((?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:islands?|kurils?|kuriles?|territories|\p{Lu}[\p{Ll}]+))\b/giu;

export function thirdParty(question: string): string {
  return question
    .replace(BACKED_CLAIM, (_, verb: string, side: string, place: string) => `${/ed$/i.test(verb) ? 'recognised' : 'recognise'} ${place} as ${side}`)
    .replace(ANY_COUNTRY, 'anyone');
}
