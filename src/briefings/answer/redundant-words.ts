/**
 * Words a question adds that say nothing the records would: drills are military by nature ("the most
 * recent Russian military drills"), and "anywhere near" is "near". Read as words to match, "military"
 * favours the records that happen to say it (the Vostok-2022 drills "by the defence ministry" do not,
 * the Eastern Military District's do) over newer drills, and "anywhere" matches nothing and sinks the
 * question. Both are dropped before the question is planned.
 */

const MILITARY_DRILLS = /\bmilitary\s+(?=(?:drills?|exercises?|manoeuvres?|maneuvers?|war\s*games?)\b)/giu;
const ANYWHERE_NEAR = /\b(?:any|some)\s*(?:where|place)\s+(?=(?:near|close|around|in|on|off|by)\b)/giu;

export function withoutRedundantWords(question: string): string {
  return question.replace(MILITARY_DRILLS, '').replace(ANYWHERE_NEAR, '');
}
