/**
 * "When Abe met Putin in Singapore, did they agree to …?": a clause put before a yes/no question
 * dates or places it, and the question is "did they agree to … when Abe met Putin in Singapore?".
 * Read as typed, its first word made it a when-question, and "did they agree" was never read as
 * yes or no. The clause is moved after the main one, where "when", "after" or "before" is read as
 * it is in "did Tokyo protest when Medvedev flew to Iturup?".
 */

/** The word that opens a fronted clause: not the question word of "when did …" (an auxiliary follows that). */
const OPENS = /^\s*(when|after|before|once|while|as\s+soon\s+as)\s+(?!(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could)\b)/i;
/** The auxiliary that opens the main yes/no clause. */
const AUXILIARY = /^(?:did|does|do|was|were|is|are|has|have|had|didn't|doesn't|wasn't|weren't|isn't|aren't)$/i;
/** A pronoun or article right after it: "did they", "was it", "did the two sides". */
const SUBJECT_START = /^(?:they|he|she|it|we|the|both|either|japan|russia|tokyo|moscow)$/i;

/**
 * "Was it Medvedev who signed the law …?" asks what "did Medvedev sign the law …?" asks: the cleft
 * puts the doer first, and read as typed, the doer stood after "was it", where no doer is read.
 */
const CLEFT = /^\s*(was|is)\s+it\s+((?:\S+\s+){0,3}?\S+)\s+(?:who|that)\s+(?=\p{L}+(?:ed|s)?\b)/iu;

/** "Is it true that …", "was it so that …": no doer put first. */
const NO_FOCUS = /^(?:true|right|correct|so|not|the\s+case)$/i;

/** The cleft of the question, when it puts a doer first. */
function cleftOf(question: string): RegExpExecArray | undefined {
  const cleft = CLEFT.exec(question);
  return cleft && !NO_FOCUS.test(cleft[2]!) ? cleft : undefined;
}

/** The doer a cleft puts first ("Ukraine's parliament" in "was it Ukraine's parliament that …"), if the question is one. */
export function cleftFocus(question: string): string | undefined {
  return cleftOf(question)?.[2];
}

export function mainClauseFirst(question: string): string {
  const cleft = cleftOf(question);
  if (cleft) return `${cleft[1]!.toLowerCase() === 'was' ? 'did' : 'does'} ${cleft[2]} ${question.slice(cleft[0].length)}`;
  const open = OPENS.exec(question);
  if (!open) return question;
  const body = question.slice(open[0].length);
  const words = body.split(/\s+/);
  // "When Abe and Putin met in Singapore, did they …": the comma ends the clause, if an auxiliary follows it.
  let at = words.findIndex((w, i) => i >= 2 && /,$/.test(words[i - 1]!) && AUXILIARY.test(w));
  // Without a comma, the auxiliary before a pronoun or a side's name ("… in Singapore did they agree"),
  // else the last auxiliary: "when the talks were suspended did Japan protest" has two.
  if (at < 0) at = words.findIndex((w, i) => i >= 2 && AUXILIARY.test(w) && SUBJECT_START.test(words[i + 1] ?? ''));
  if (at < 0) at = words.findLastIndex((w, i) => i >= 2 && AUXILIARY.test(w));
  // "When Russia suspended the talks, how did Japan react?" is no yes/no question: it stays as typed.
  if (at < 0 || /^(?:how|what|who|whom|where|why|which|when)$/i.test(words[at - 1]!.replace(/,$/, ''))) return question;
  const clause = words.slice(0, at).join(' ').replace(/,$/, '');
  const main = words.slice(at).join(' ');
  const mark = /[?.!]+\s*$/.exec(main)?.[0].trim() ?? '';
  return `${main.replace(/[?.!]+\s*$/, '')} ${open[1]!.toLowerCase()} ${clause}${mark}`;
}
