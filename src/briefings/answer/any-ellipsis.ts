/**
 * "Any Russian drills in the Kurils in 2024?": chat drops "were there" before "any", and the
 * question lost its yes/no form (cues.ts reads a yes/no from the leading verb), so the records'
 * Yes or No went unsaid. A leading "any" with a past time named (a year, "last …", "… ago",
 * "yesterday") is read as "were there any …". Without a past time ("any news?", "any updates on
 * the talks?") the question is left as typed: those ask for the news, not for a verdict.
 */
const LEADING_ANY = /^\s*any\s+(?!(?:news|updates?|developments?|word|info(?:rmation)?|idea|thoughts?|more|other|chance)\b)(?=\p{L})/iu;
const PAST_TIME = /\b(?:1[89]\d\d|20\d\d|last\s+(?:year|month|week|spring|summer|autumn|fall|winter)|\d+\s+\w+\s+ago|ago|yesterday)\b/i;

export function anyAsYesNo(text: string): string {
  return LEADING_ANY.test(text) && PAST_TIME.test(text) ? text.replace(LEADING_ANY, 'were there any ') : text;
}
