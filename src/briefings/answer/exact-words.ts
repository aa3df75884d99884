/**
 * Words that make "what did X say" ask for the same speaker's words (speaker.ts), round 13:
 *
 * - "what exactly / precisely / specifically / actually did X say" asks for X's words as plainly as
 *   "what did X say" does: the adverb between "what" and its auxiliary hid the speaker, and the
 *   question was answered from any record of the occasion (the Yalta agreement for Churchill's words,
 *   the Nagato summit for Putin's), which holds no words of theirs;
 * - telling someone, predicting, expecting, forecasting and warning are saying: "what did Putin tell
 *   Abe", "what did the analyst predict Japan would do" ask for the teller's words, which a record of
 *   a meeting or a visit does not hold.
 */

/** An adverb asking for the words themselves, between "what" and the auxiliary. */
export const EXACTLY = String.raw`(?:(?:exactly|precisely|specifically|actually|really)\s+)?`;

/** Verbs of saying to someone or of saying what will happen (their base forms after "did"). */
export const TELLING = String.raw`tell|told|predict|expect|forecast|warn`;
