/**
 * "Who spoke for the Kremlin when it answered Takaichi's speech?", "who speaks for the Japanese
 * foreign ministry?": speaking for a body is being its spokesman, which is how the records name
 * such people ("Kremlin spokesman Dmitry Peskov"); "spoke" itself is no word of theirs, so the record
 * that names the spokesman failed the who-answer's test that every word of the deed is held.
 * Asked as "who was the Kremlin spokesman …", it must name a spokesman of that body, or it is declined
 * (round 16). Only a who-question that opens so: "what did Japan say" is another question.
 */
const SPOKE_FOR = /^(\s*)who\s+(?:spoke|speaks|has\s+spoken|had\s+spoken|was\s+speaking|is\s+speaking)\s+(?:up\s+)?(?:for|on\s+behalf\s+of)\s+(.+?)(?=\s+(?:when|while|in|at|on|after|before|during|about|as|over|to|against)\b|\s*[,?.!;]|\s*$)/i;

export function spokeForAsSpokesman(question: string): string {
  return question.replace(SPOKE_FOR, (_, lead: string, body: string) => `${lead}who was ${/^the\s/i.test(body) ? '' : 'the '}${body} spokesman`);
}
