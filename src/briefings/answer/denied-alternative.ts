/**
 * "When did Russia last drill on the islands themselves, not just in nearby waters?", "when did Russia
 * suspend (not end) a deal?": the words after the "not" name what the question does NOT ask for. Read
 * as words to match they pull the answer toward it (the drills in waters north of Shikotan, the
 * ending). A denied alternative set off by a comma or brackets, or after "rather than / instead of",
 * is taken out before the question is planned; the clause it qualifies says what is asked.
 *
 * Not taken out: "not only / just … but (also) …", which adds rather than denies; "not yet / ever /
 * anymore", which are about time; a "not" with no comma before it ("did Japan not protest"), which is
 * the question's own negation.
 */

/** ", not (just) in nearby waters" up to the next clause mark, unless a "but" follows (then it adds). */
const AFTER_COMMA = /\s*[,;–—-]\s*(?:and\s+)?not\s+(?!(?:yet|ever|anymore|any\s+more|once|long|later|since|until|till|so|true|really|sure)\b)(?:(?:just|only|merely|simply)\s+)?(?:(?!but\b)[^\s,;:.!?()]+\s*){1,6}(?=[,;:.!?]|$)/giu;
/** "(not end)", "(and not the sea)". */
const IN_BRACKETS = /\s*\(\s*(?:and\s+)?not\s+[^()]*\)/giu;
/** "rather than in the waters nearby", "instead of at sea". */
const RATHER_THAN = /\s+(?:rather\s+than|instead\s+of)\s+(?:[^\s,;:.!?()]+\s*){1,6}(?=[,;:.!?]|$)/giu;

/** The question without its denied alternatives. */
export function withoutDeniedAlternatives(question: string): string {
  const out = question.replace(IN_BRACKETS, '').replace(AFTER_COMMA, '').replace(RATHER_THAN, '');
  return out.trim() ? out : question;
}
