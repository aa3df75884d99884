/**
 * "Is Habomai near Shikotan?", "are the islets close to Hokkaido?": a yes/no about where one place
 * lies from another. "Near" and "off" are stop words (in "drills near Shikotan" they only place the
 * deed), so without this a record that merely lists both places would answer "Yes"; a clause decides
 * such a question only when it says where something lies.
 */

/** The relation asked about, right after the first place: the question's predicate, not a place of a deed. */
const ASKS_WHERE = /^\s*(?:is|are|was|were|isn'?t|aren'?t|lies?|does|do)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?\s+(?:lie\s+|lying\s+|located\s+|situated\s+)?(?:near(?:by)?|nearby|close\s+to|next\s+to|beside|adjacent\s+to|neighbou?ring|far\s+(?:from|away\s+from)|off(?:\s+the\s+coast\s+of)?|(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of|between)\s+/iu;

/** Words of a clause that tell where something lies ("north of", not the name "Northern Territories"). */
const SAYS_WHERE = /\b(?:near|nearby|nearest|close|next\s+to|beside|adjacent|neighbou?r\w*|far|off|coast|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|(?:north|south|east|west)\w*most|between|border\w*|km|kilomet(?:re|er)s?|miles?|distance|just|strait|lies|lying|ridge|chain|group(?:s|ed)?)\b/i;

export function asksWhereItLies(question: string): boolean {
  return ASKS_WHERE.test(question);
}

export function saysWhereItLies(clause: string): boolean {
  return SAYS_WHERE.test(clause);
}
