import { otherNumber } from './another-number.js';
import { bargainedOverOnly, onlyAsTopic } from './attributive.js';
import type { Dossier, KurilEvent } from '../../dossier/dossier.js';
import { namedSummary } from './pronouns.js';
import { entitiesInText } from './aliases.js';
import { asksDenied, contrastIn } from './contrast.js';
import { heldThroughMembers, namedThroughMembers, speaksForAsked } from './members.js';
import { deedOfRecord, isMonth } from './occasion.js';
import { aboutSourcing, citesAnother, heldByRecord, type AsOf } from './record-context.js';
import { scorePiece } from './compose.js';
import { decline } from './answerers/decline.js';
import { contraryRecipient, recipientStated, stayedWith } from './recipient.js';
import { unsaidClause, unsaidConfirmed } from './unsaid.js';
import { doneWithout, notAParty, saysOpposite, stopsShort } from './antonyms.js';
import { banAsked, forbidsAsked } from './permission.js';
import { limitStated, moreThanOnly, partOfAll } from './part-of-all.js';
import { otherOffice } from './office-held.js';
import { ordersOtherWay } from './before-after.js';
import { overtakenDeed } from './overtaken.js';
import { exceptionClause, firstOnlySince, firstUnsettled } from './exception.js';
import { retractedClause } from './retracted.js';
import { isMainlyNoun, relatedToAny } from './related-words.js';
import { handedToAnother } from './handed-to.js';
import { impliedReceiver, partyOfTheThing } from './implied-recipient.js';
import { antecedents, lentNames } from './antecedent.js';
import { labelOnly } from './labels.js';
import { namesAsPlace } from './seats.js';
import { lowerCaseWords, namesEveryProper } from './name-forms.js';
import { properNames } from './plan.js';
import { asksWhereItLies, saysWhereItLies } from './place-relation.js';
import { askedDoer, askedSayer, deedAfterDoer, doerIn, negatedForOther, wordsBeforeDeed } from './doer.js';
import { namedDoerAfterDeed } from './named-doer.js';
import { withPublishers } from './publications.js';
import { kindNotGiven } from './category.js';
import { otherOwner } from './possessor.js';
import { absentFrom } from './absent.js';
import { placedOff } from './placed-off.js';
import { pairedDeedMissing } from './paired-doers.js';
import { citedFirst, toldNextDay } from './told-next-day.js';
import { holdersAt } from './office-holders.js';
import type { AnswerContext, AnswerResult } from './respond.js';
import { sentences, terms } from './text.js';
import { ASKS_STILL, coveredByAny, namesTheSubject, negationAbout, notDoneInClause, stillBacked } from './verdict-about.js';
import { outsideReported } from './reported-clause.js';

export type { AsOf } from './record-context.js';

/**
 * A yes/no question gets "Yes" or "No" first, then the record that says so. The verdict comes from
 * the clause of the record that covers the question best: "No" when that clause is negated ("the
 * Soviet Union did not sign it", "still have no peace treaty"), "Yes" otherwise. A record that
 * answers the question affirms it unless it says otherwise. When no clause of the record speaks to
 * the whole question, the question is declined: the record's silence is not a "No".
 */

/** How much of the question (IDF-weighted) the deciding clause must carry. */
const CLAUSE_SHARE = 0.7;
const POINTS_BACK = /\b(?:it|its|this|they|them|their)\b/i;
/** A clause that says something would or was to be done, not that it was. */
const NOT_DONE = /\b(?:would|will|could|should|might|may|(?:agreed|promised|pledged|offered|planned|plans?|aims?|aimed|seeks?|sought|wants?|wanted|moves?|moved|decided|decides|intends?|intended|threaten(?:s|ed)?)\s+to)\b/i;
/** A clause that commits someone to a deed: "committing Russia and Japan to negotiate", "pledged to work". */
const COMMITS_TO = /\b(?:commit(?:s|ted|ting)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|agreed|undert(?:ake|akes|ook|aking)|oblig(?:e|es|ed|ing)|bound)\s+(?:\S+\s+){0,5}?to\s+\p{L}/iu;
/** How many words before the deed a "would" or "agreed to" governs it. */
const MODAL_REACH = 4;
const NEGATION = /\b(?:no|not|never|neither|nor|none|cannot|nothing|nobody|nowhere)\b|n't\b/i;
/** "Little progress on sovereignty": next to nothing done, a "No" to whether it was settled. */
const NEXT_TO_NOTHING = /\b(?:little|scant|scarcely\s+any|hardly\s+any|barely\s+any)\s+(?:progress|headway|movement|success|results?|agreement)\b/i;
/**
 * "Did Al-Qassas say Moscow cannot open a new front?": a negation in what the question says was said
 * or thought is part of the claim asked about, so a record that says it negated answers Yes.
 */
const SAID_NEGATED = /\b(?:say|said|says|think|thought|thinks|claim(?:s|ed)?|argue[sd]?|believe[sd]?|predict(?:s|ed)?|expect(?:s|ed)?|warn(?:s|ed)?|insist(?:s|ed)?|suggest(?:s|ed)?|reckon(?:s|ed)?|state[sd]?|(?:told|tell|tells)\s+\S+)\s+(?:that\s+)?(?:\S+\s+){0,4}?(?:(?:no|not|never|cannot|nothing|nobody|nowhere)\b|\S+n't\b)/i;

/**
 * "Kishida speaks at Northern Territories Day rally as Japan protests Russian drills off Kunashiri":
 * "as" before a name and its verb joins two deeds done at once, each with its own doer and place.
 * Read as one clause, the rally would be "off Kunashiri" and the protest Kishida's or the rally's.
 */
const AS_ANOTHER_DEED = /\s+as\s+(?=\p{Lu}[\p{L}'’-]*\s+(?:\p{Lu}[\p{L}'’-]*\s+)?\p{Ll}+s\s)/u;

/** Whether every mention of the deed in a clause comes after a commitment ("committing … to … conclude"). */
function committedOnly(clause: string, deed: readonly string[]): boolean {
  const commit = COMMITS_TO.exec(clause);
  if (!commit) return false;
  const words = [...clause.matchAll(/\S+/g)];
  const at = words.filter((w) => terms(w[0]).some((t) => deed.includes(t))).map((w) => w.index);
  return at.length > 0 && at.every((i) => i > commit.index);
}

/** Clauses of a text: sentences cut at semicolons, at ", and", ", while", ", but", and at "as" before another deed. */
function clauses(text: string): string[] {
  return sentences(text)
    // Not at ", and that …": a second thing the same speaker holds ("Russia holds that …, and that its
    // sovereignty over them is beyond question"), whose "its" and "them" are read with the first.
    .flatMap((s) => s.split(/;\s+|,\s+(?:and|while|but|whereas)\s+(?!that\b)/))
    .flatMap((s) => s.split(AS_ANOTHER_DEED))
    .map((c) => c.trim())
    .filter(Boolean);
}

/** "It", "they", or "the agreement" in a record titled "Yalta secret agreement …". */
function pointsBack(clause: string, subject: string): boolean {
  if (!subject) return false;
  if (POINTS_BACK.test(clause)) return true;
  const own = new Set(terms(subject));
  // "Handed the declaration to …" in a record titled "Soviet Union declares war": the noun of the
  // title's verb, which WordNet relates to it, is the same thing (related-words.ts).
  return [...clause.matchAll(/\bthe\s+([\p{L}-]+)/giu)].some((m) => terms(m[1]!).some((t) => own.has(t) || relatedToAny(t, own)));
}

/**
 * "No." or "Yes.", then the sentence of the record that decides it (unless the answer already quotes
 * it), then the answer, which loses any verdict it began with.
 */
export function withVerdictLead(result: AnswerResult, verdict: 'Yes' | 'No', sentence: string): AnswerResult {
  const lead = (result.reply.lead ?? '').replace(/^(?:Yes|No)\.\s*/, '');
  const said = lead.includes(sentence) ? '' : ` ${sentence.replace(/[.;,]+$/, '')}.`;
  return { ...result, reply: { ...result.reply, lead: `${verdict}.${said} ${lead}`.replace(/\s+/g, ' ').trim() } };
}

/**
 * `subject` is what the record is about (an event's title): a clause that points back to it ("The
 * Soviet Union did not sign it", in the San Francisco treaty's record) is read together with it.
 */
export function withVerdict(ctx: AnswerContext, result: AnswerResult, texts: readonly string[], subject = '', asOf: AsOf = { current: false }): AnswerResult {
  if (!ctx.plan.cues.yesNo || result.declined) return result;
  const lead = result.reply.lead ?? '';
  if (/^(?:yes|no)\b/i.test(lead)) return result;
  const { plan, index } = ctx;
  // The clauses best first; one about another subject ("Matua is not one of the four islands" for
  // "are Russian troops still on the islands?") gives way to the next (verdict-about.ts).
  const disputed = ctx.dossier.islands.filter((i) => i.disputed).map((i) => i.id);
  const outlets = new Set(ctx.dossier.actors.filter((a) => a.kind === 'media').map((a) => a.id));
  // "It also blocked …": a pronoun names whom the clause before it names (antecedent.ts).
  const before = antecedents(index.aliases, texts, clauses, sentences);
  const ranked = texts
    .flatMap((text) => clauses(text))
    // "The speech she gave in October 2025 has its own record (2025-10-24-…)": a clause that cites
    // another record by its id speaks of that record, not of this one.
    .filter((clause) => !citesAnother(ctx.dossier, clause, asOf.event?.id))
    // "Could not be found in any source other than the report" is no "No" to what the report says.
    .filter((clause) => !aboutSourcing(clause))
    .map((clause) => {
      // "Japan's 2022 Diplomatic Bluebook described …" names the ministry that publishes it (publications.ts).
      const read = withPublishers(ctx.dossier, pointsBack(clause, subject) ? `${subject} ${lentNames(plan, clause, subject, before.get(clause))} ${clause}` : clause);
      const members = namedThroughMembers(ctx.dossier, index, plan, read);
      return { clause, members, ...heldThroughMembers(plan, members, heldByRecord(plan, asOf, stated(ctx, clause, scorePiece(index, plan, new Set(), read)), disputed, outlets, clause)) };
    })
    .map((c, i) => ({ ...c, i }))
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const speaksFor = speaksForAsked(ctx.dossier, index, plan);
  // A contrast's "not" ("Tokyo, not Moscow,") is read in what the clause affirms (contrast.ts).
  const negatable = (clause: string) => unnamedNo(contrastIn(clause)?.affirmed ?? clause);
  // A clause that leaves out a person, body or island the question names ("TASS's headline says a
  // treaty is impossible", without Japan) gives way to the next that names them all.
  // The record's other party as the receiver (implied-recipient.ts).
  const receives = (g: (typeof plan.groups)[number], clause: string) => impliedReceiver(index.aliases, g, plan.question, clause, asOf.event);
  const namesEvery = (c: (typeof ranked)[number]) => plan.groups.every((g, i) => !g.entity || c.matched.has(String(i)) || receives(g, c.clause));
  const fits = (c: (typeof ranked)[number]) =>
    namesTheSubject(index, plan, withPublishers(ctx.dossier, c.clause), [subject, lentNames(plan, c.clause, subject, before.get(c.clause))].join(' ').trim(), c.members) && negationAbout(index, plan, negatable(c.clause), subject, speaksFor) && !negatedForOther(ctx.dossier, index, plan, negatable(c.clause));
  const best = ranked.find((c) => fits(c) && namesEvery(c)) ?? ranked.find(fits);
  // "Did Putin visit Kunashiri?" is not answered "Yes" by a summit where Putin met Abe, nor "did Abe
  // visit the islands?" by a summit about them: one clause must name everyone and everything the
  // question names, and carry most of the rest of it.
  // "A no-handing-over clause in its constitution": a word no record uses that the record holds only
  // as a WordNet relative ("clause" of "constitution", unheld-word.ts) is another way of saying what
  // the record says, so it is neither found in a clause nor missing from one. Only a noun, as there:
  // a verb no record uses ("push out") is the deed asked, which the clause must hold.
  const recordStems = new Set(terms([subject, ...texts].join(' ')));
  const relativeOnly = (g: (typeof plan.groups)[number]) => !g.entity && !g.known && !g.terms.some((t) => recordStems.has(t)) && g.terms.some((t) => isMainlyNoun(t) && relatedToAny(t, recordStems));
  const total = plan.groups.reduce((sum, g) => sum + (relativeOnly(g) ? 0 : g.weight), 0);
  // "Handed to Japan" against "Moscow agreed to hand over Habomai": the record's other party (implied-recipient.ts).
  const namesAll = plan.groups.every((g, i) => (!g.entity && !g.place) || (best?.matched.has(String(i)) && (!g.place || g.typed.some((t) => namesAsPlace(best.clause, t)))) || (!!best && receives(g, best.clause)) || partyOfTheThing(g, plan.question, asOf.event));
  // "Did Muneo Suzuki visit the Kurils?" is not decided by his visit to Moscow. A common word weighs
  // too little for the share to miss it, so the clause must hold each one the question uses
  // ("Kurils"); a rare word left out costs the share enough on its own.
  const holdsAll = plan.groups.every((g, i) => g.entity !== undefined || !g.known || g.distinctive || g.weight !== g.idf || best?.matched.has(String(i)));
  // "Did the Shimoda treaty leave Etorofu to Russia?": a clause that gives it to the other side is a
  // "No" on record (recipient.ts), whatever the best-scoring clause says.
  // "Did the treaty say who gets the islands?": "without the treaty saying to whom" (unsaid.ts).
  // "Did it promise all four islands?": "agreed to hand over Habomai and Shikotan" (part-of-all.ts).
  // "Does the constitution forbid every change?": "The ban excepts …"; "the first time ever?": "the
  // first time since 2003" (exception.ts). "Was he expelled?": "Corrected: the record said the party
  // expelled him" (retracted.ts), or "decided to expel him; he resigned on the spot" (overtaken.ts).
  // "Was Medvedev president when he visited Iturup?": the roles say he was then prime minister (office-held.ts).
  // "Did Suzuki tell his party?": "without telling his party" (antonyms.ts).
  const contrary =
    contraryRecipient(plan.rest, texts, index.aliases) ??
    // "Did Portsmouth give Japan the Kurils?": "The Kurils stayed Japanese" (recipient.ts).
    stayedWith(plan.rest, texts, index.aliases) ??
    unsaidClause(plan.rest, texts) ??
    notAParty(index.aliases, plan, texts) ??
    // "Was the troop condition in the 1956 declaration?": "a condition absent from the 1956 declaration" (absent.ts).
    absentFrom(plan.rest, texts) ??
    partOfAll(ctx.dossier, plan, texts, subject) ??
    // "Only about the four islands?": "the four disputed ones included" in more (part-of-all.ts).
    moreThanOnly(plan, texts) ??
    exceptionClause(index.aliases, plan, texts, subject) ??
    firstOnlySince(index.aliases, plan, texts, subject) ??
    retractedClause(index.aliases, plan, texts, subject) ??
    otherOffice(ctx, asOf.firstDay, asOf.lastDay) ??
    doneWithout(index, plan, texts) ??
    overtakenDeed(plan, texts) ??
    // "Only a few hundred troops?": "more than 3,000 troops" (another-number.ts), in the record's own
    // account (its note speaks of other reports and maps).
    otherNumber(plan, texts.filter((t) => t !== asOf.event?.note));
  if (contrary) return withVerdictLead(result, 'No', contrary);
  // "Is it right that the treaty never said who gets the Kurils?": "without the treaty saying to whom" (unsaid.ts).
  const unsaid = unsaidConfirmed(plan.rest, texts);
  if (unsaid) return withVerdictLead(result, 'Yes', unsaid);
  // "In her October speech": a month the question names is the record's date or the clause's own word.
  const monthsHeld = plan.groups.every((g, i) => !isMonth(g.typed) || best?.matched.has(String(i)));
  // "Did Ukraine recognise Sakhalin as Japanese?": a place the records write as a proper name must be
  // in the record that decides, as a person or an island must (name-forms.ts).
  // Words that describe the people and bodies on file ("the Italian analyst") are theirs, not places.
  const lower = lowerCaseWords(index, () => [...ctx.dossier.events.flatMap((e) => [e.title, e.summary, e.note ?? '']), ...ctx.dossier.actors.map((a) => `${a.name} ${a.role}`.toLowerCase())]);
  const properHeld = namesEveryProper(plan, properNames(index), lower, new Set(terms([subject, ...texts].join(' '))));
  // "Did Lavrov argue that Japan's claim goes against the constitution?": what someone is asked to
  // have said must be in the clause word for word, as a topic must for "what did X say about Y"; his
  // words on the UN Charter do not say it of the constitution.
  // A people's adjective in what was said ("the islands became Japanese") is said only by the same
  // adjective: "became Russian, which Japan accepted" names Japan, but does not call them Japanese.
  const saidAll =
    !askedSayer(index, plan) ||
    (plan.groups.every((g, i) => g.entity !== undefined || !g.known || g.weight !== g.idf || best?.matched.has(String(i)) || (best !== undefined && coveredByAny(plan, best.clause).has(i))) &&
      (best === undefined || sameDemonyms(index, plan, best.clause)));
  const unsure = () => decline(ctx, 'No record on file says so either way, and I will not guess.');
  if (!best || !namesAll || !holdsAll || !monthsHeld || !properHeld || !saidAll || best.score < total * CLAUSE_SHARE) return unsure();
  // "Did Russia hold drills on Shikotan?": "in waters north of Shikotan" is beside it, not on it (placed-off.ts).
  if (placedOff(index.aliases, plan.question, best.clause, new Set(plan.entities.filter((e) => e.kind === 'island').map((e) => e.token)))) return unsure();
  // "Was 2003 the first time?" against "the first time since 2003": not settled (exception.ts).
  if (firstUnsettled(index.aliases, plan, texts, subject)) return unsure();
  // "Is Habomai near Shikotan?" is not answered by a clause that lists both (place-relation.ts).
  if (asksWhereItLies(plan.question) && !saysWhereItLies(best.clause)) return unsure();
  // "Did they sign a peace treaty in Singapore?": "agreed to accelerate peace-treaty negotiations" is a
  // "No" on record, before "agreed to" is read as a promise of the deed (attributive.ts).
  if (bargainedOverOnly(plan.question, best.clause)) return withVerdictLead(result, 'No', best.clause);
  // "Moscow said Habomai and Shikotan would be handed over …" is a promise or a condition, no "yes"
  // to "did Russia hand over Habomai?", unless the question asks about the promise itself.
  if (!NOT_DONE.test(plan.rest) && !/\b(?:promis|agree|condition|pledg|offer)/i.test(plan.rest) && NOT_DONE.test(wordsBeforeDeed(plan, best.clause, MODAL_REACH))) return unsure();
  // "The record said the party expelled him", "a ban on ceding territory": said, banned or meant, not done.
  // A ban is what "is it allowed?" asks about (permission.ts).
  if (!NOT_DONE.test(plan.rest) && !banAsked(plan, best.clause) && notDoneInClause(index, plan, best.clause, speaksFor)) return unsure();
  // "It was Tokyo, not Moscow, that had halted the dialogue": the "not" denies Moscow only.
  // "Nippon Ishin no Kai": the Japanese particle between capitalised words of a name is no "no".
  const contrast = contrastIn(best.clause);
  const denied = contrast !== undefined && asksDenied(index.aliases, plan, contrast);
  // "Did Japan suspend the exchanges?" is not decided by "Russia suspended the exchanges", unless the
  // clause itself denies the one asked ("it was Tokyo, not Moscow, that had halted the dialogue").
  const doer = askedDoer(index, plan);
  if (doer && !denied && doerIn(ctx.dossier, index, plan, doer, best.clause) === 'other') return unsure();
  // "Did Sato hand the declaration to Molotov?": a name off the actor list, after the deed, had it done to them (named-doer.ts).
  if (!doer && namedDoerAfterDeed(plan, best.clause, properNames(index))) return unsure();
  // "Did Kishida call Japan's decision unjust?": the record's "Moscow's decision" is another side's (possessor.ts).
  if (otherOwner(ctx.dossier, index.aliases, plan, best.clause)) return unsure();
  // "Did Japan sign the Yalta agreement?": a clause about the agreement that says nothing of signing
  // does not decide it; the deed asked about must be in the clause.
  const deed = doer ? deedAfterDoer(index, plan) : -1;
  if (deed >= 0 && !best.matched.has(String(deed))) return unsure();
  const affirmed = contrast && !denied ? contrast.affirmed : best.clause;
  // "Did Al-Qassas say Moscow cannot …?": the negation is part of the claim asked about.
  const negated = NEGATION.test(unnamedNo(affirmed));
  // "Did Takaichi say the position had not changed?" and "the position is unchanged": a word negated
  // by its prefix is negated as "not" is, so it cancels the negation of what was said, as "not" does.
  // "Does the constitution allow it?" and "a ban on it" (permission.ts).
  const opposite = saysOpposite(plan, affirmed) || forbidsAsked(plan, affirmed);
  const no =
    denied ||
    (SAID_NEGATED.test(plan.rest) ? !(negated || opposite) : negated || opposite) ||
    NEXT_TO_NOTHING.test(affirmed) ||
    stopsShort(plan, affirmed) ||
    // "Before Japan surrendered" asked, "after Japan had announced its surrender" on record (before-after.ts).
    ordersOtherWay(plan.rest, best.clause);
  // "Did Abe and Putin sign a declaration in Singapore?": two doers' deed must be in a clause that says
  // "Yes", as one doer's is; a treaty's own record is its signing (paired-doers.ts).
  if (!no && !doer && pairedDeedMissing(index, plan, best.matched, asOf.event)) return unsure();
  // "Was the treaty only about Etorofu?" is not affirmed by a clause that names Etorofu (part-of-all.ts).
  if (!no && !limitStated(plan, best.clause)) return unsure();
  // "Did the 1993 Tokyo Declaration settle who owns the islands?" is not affirmed by a clause of the
  // declaration that holds its name, date and the islands' ownership but only commits the parties to
  // something else ("committing Russia and Japan to negotiate the ownership"). The deed asked may be
  // paraphrased ("did the notes demand …" from "only if foreign troops left"), but not promised.
  const recordDeed = deedOfRecord(plan);
  const clauseTerms = new Set(terms(best.clause));
  if (!no && recordDeed >= 0 && COMMITS_TO.test(best.clause) && !plan.groups[recordDeed]!.terms.some((t) => clauseTerms.has(t))) return unsure();
  // "Did the Tokyo Declaration conclude a peace treaty?": "committing Russia and Japan to negotiate …
  // and conclude a peace treaty" holds the deed, but as what was committed to, not as done. A question
  // that itself asks what would be done ("did it say Habomai would be handed to Japan?") asks the
  // commitment, as one that says "promised" or "agreed" does.
  if (!no && recordDeed >= 0 && !COMMITS_TO.test(plan.rest) && !NOT_DONE.test(plan.rest) && committedOnly(best.clause, plan.groups[recordDeed]!.terms)) return unsure();
  // "Is the 1956 declaration a peace treaty?": a declaration is not called a treaty by a clause that mentions one (category.ts).
  if (!no && kindNotGiven(plan.question, best.clause)) return unsure();
  // "Is there a peace treaty?": "peace-treaty talks" are about one, not one (attributive.ts).
  if (!no && onlyAsTopic(plan.question, best.clause)) return unsure();
  // "Did Japan get Kunashiri?" is not affirmed by Japan's claim to it: the clause must say Japan got it.
  if (!no && !recipientStated(plan.rest, best.clause, index.aliases)) return unsure();
  // "Did Molotov hand it to Japan's foreign minister?": the record's "to Japan's ambassador" (handed-to.ts).
  if (!no && handedToAnother(index.aliases, plan.rest, best.clause)) return unsure();
  // "Are the drills near Shikotan still going on?": a record of them in 2025 says nothing of now.
  if (!no && plan.cues.yesNo === 'present' && ASKS_STILL.test(outsideReported(plan.rest)) && !stillBacked(index, plan, best.clause, asOf.current, asOf.lastDay, ctx.now)) {
    return decline(ctx, 'The record does not say whether that is still so, and I will not guess.');
  }
  // The deciding words go first when the answer's sentences do not already carry them.
  // "Kishida condemned it the next day": that deed's own record is cited first (told-next-day.ts).
  // The doer may be named by office ("the Japanese prime minister"): whoever held it on the record's day.
  const askedDoers = (e: KurilEvent) => new Set([...plan.groups.flatMap((g) => (g.entity ? [g.entity.token] : [])), ...holdersAt(plan.offices, index.aliases.offices, e.date.start, e.date.end)]);
  const told = !no && asOf.event ? toldNextDay(ctx.dossier, index.aliases, asOf.event, best.clause, askedDoers(asOf.event)) : undefined;
  const verdict = withVerdictLead(result, no ? 'No' : 'Yes', best.clause);
  return told ? citedFirst(ctx, verdict, told) : verdict;
}

/** A clause's score without the question words it holds only as labels on names ("the four disputed islands"; labels.ts). */
function stated(ctx: AnswerContext, clause: string, scored: { score: number; matched: Set<string> }): { score: number; matched: Set<string> } {
  const { plan, index } = ctx;
  const labelled = [...labelOnly(index, plan, clause)].filter((i) => scored.matched.has(String(i)));
  if (labelled.length === 0) return scored;
  const matched = new Set([...scored.matched].filter((m) => !labelled.includes(Number(m))));
  return { score: scored.score - labelled.reduce((sum, i) => sum + plan.groups[i]!.weight, 0), matched };
}

/** A people's adjective: "Japanese", "Russian", "Soviet", "American" (as typed, or stemmed: "japanes"). */
const DEMONYM = /^(?:soviet|\p{L}+(?:ese|nes|ian|ish|can))$/iu;

/** After a people's adjective said of something ("became Japanese after the war", "are Japanese territory"). */
const PREDICATE_END = /^(?:after|before|in|on|at|by|since|from|and|or|again|now|then|too|territory|territories|land|soil)$/i;

/**
 * Whether each people's adjective the question says of something ("the islands became Japanese")
 * names the same state as one in the clause. Before a noun it only names the state ("Russian
 * nuclear use"), as "Russia" does.
 */
function sameDemonyms(index: AnswerContext['index'], plan: AnswerContext['plan'], clause: string): boolean {
  const words = plan.rest.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const predicate = (w: string, i: number) => DEMONYM.test(w) && (i === words.length - 1 || PREDICATE_END.test(words[i + 1]!));
  const typed = new Set(words.filter(predicate).flatMap((w) => [...entitiesInText(index.aliases, w)]));
  const asked = plan.groups.filter((g) => g.entity && typed.has(g.entity.token));
  if (asked.length === 0) return true;
  const said = new Set(clause.split(/[^\p{L}]+/u).filter((w) => DEMONYM.test(w)).flatMap((w) => [...entitiesInText(index.aliases, w)]));
  return asked.every((g) => said.has(g.entity!.token));
}

/** "Nippon Ishin no Kai": the Japanese particle between capitalised words of a name is no "no". */
function unnamedNo(clause: string): string {
  return clause.replace(/(\p{Lu}[\p{L}-]*)\s+no\s+(?=\p{Lu})/gu, '$1 ');
}

/**
 * The texts a verdict is read from for an event: its title, summary and note. A summary sentence
 * that opens with "He" or "She" is read with the person named (pronouns.ts): "She again criticised
 * Russia's war" is Takaichi's clause, and must name her to decide a question about her.
 */
export function eventTexts(dossier: Dossier, event: KurilEvent): string[] {
  return [event.title, namedSummary(dossier, event), ...(event.note ? [event.note] : [])];
}
