import { questionAfterContext } from './context-lead.js';
import { fitsTheSeason } from './seasons.js';
import type { Dossier } from '../../dossier/dossier.js';
import { otherPersonDid, wrongYearOfOneTimeAct } from './one-time.js';
import { cleftFocus, mainClauseFirst } from './fronted.js';
import { withoutAbsencePremise } from './absence-premise.js';
import { unclipNames } from './clipped-names.js';
import type { Reply } from '../reply.js';
import { islandCount } from './answerers/count.js';
import { islandMembership, islandNotes, sameIsland } from './answerers/island-facts.js';
import { decline } from './answerers/decline.js';
import { definitional } from './answerers/definition.js';
import { answersWhoNot } from './negated-doer.js';
import { eventAnswer } from './answerers/event.js';
import { givesNumber } from './answerers/event-how-many.js';
import { office } from './answerers/office.js';
import { period } from './answerers/period.js';
import { positions } from './answerers/position.js';
import { settledAnswer, statementAnswer, statusAnswer } from './answerers/statement.js';
import { aboutTheDispute, newsAnswer } from './answerers/news.js';
import { sideLatestAnswer } from './answerers/side-latest.js';
import { standingAnswer } from './answerers/standing.js';
import { chainAnswer } from './answerers/chain.js';
import { chainNames } from './answerers/chain-names.js';
import { compoundAnswer } from './compound.js';
import { islandSize } from './answerers/island-size.js';
import { reactionAnswer } from './answerers/reaction.js';
import { dateLead } from './compose.js';
import { endsTheThing, laterEnd } from './end-pointer.js';
import { anotherInPlace, holdsTheOne } from './another.js';
import { seatedStates } from './seats.js';
import { claimedPlace } from './claimed-place.js';
import { anotherDay } from './another-day.js';
import { anotherAct } from './another-act.js';
import { asksDuration, givesDuration } from './duration.js';
import { missesTheMeasure } from './measure.js';
import { missesTheDetail } from './asked-detail.js';
import { missesTheKind, placeUntold } from './asked-kind.js';
import { givesAVerdict } from './verdict-words.js';
import { fitsTheKind } from './answer-kind.js';
import { askedDoer, askedSayer, deedAfterDoer, unknownDoer } from './doer.js';
import { whoAndRole } from './who-and-role.js';
import { wholeWithSummary, withoutOwnSummaries } from './own-summary.js';
import { coversCarrying, coversAllButOne, deedOnlyInNamedRole, hasTheYear, holdsTheDeed, officeHeldThen, holdsTheTopic, ownText, splitAcross, tellsTheEnd } from './judge.js';
import { KIND_WORDS, MIN_COVERAGE, pickByOrder, startOnlyProtested } from './pick.js';
import { makePlan, type Plan } from './plan.js';
import { withoutSinceNow } from './present-since.js';
import { deniedPremise } from './premise.js';
import { tooExact } from './date-precision.js';
import { firstTimeUnsaid } from './first-time.js';
import { asksTheFuture } from './future.js';
import { unknownObject, unknownPlace } from './unknown-place.js';
import { unknownTopic } from './unknown-topic.js';
import { unknownPartner } from './unknown-partner.js';
import { doerOrHolder, holderOfUnknownState } from './office-holders.js';
import { underHolder } from './under-office.js';
import { madeInNamedYear } from './made-in-year.js';
import { actorOfSide, sideAsFor, sideAsked } from './who-side.js';
import { askedTransfer, receivedIn } from './recipient.js';
import { withoutChatter } from './chatter.js';
import { respell } from './respell.js';
import type { IndexedDoc } from './search-index.js';
import { terms } from './text.js';
import { eventTexts, withVerdict, withVerdictLead } from './yes-no.js';
import { MAX_CITED, respond, type AnswerContext, type AnswerResult } from './respond.js';
import { search, type Hit } from './search.js';
import { askedSpeaker, attributedSpeaker, coversTheSpokenTopic, spokeIn } from './speaker.js';
import { answerIndex, REASON } from './search-index.js';
import { withoutDeniedAlternatives } from './denied-alternative.js';
import { withoutApposition } from './apposition.js';
import { meetAndSpeak } from './meet-and-speak.js';
import { withoutRedundantWords } from './redundant-words.js';
import { yearOfTheOne } from './year-one.js';
import { withoutDisputeScope } from './related-to.js';
import { showOfForce } from './show-of-force.js';
import { lawChange } from './law-change.js';
import { eitherAnswer } from './either-one.js';
import { thirdParty } from './third-party.js';
import { deedNotOnRecord } from './deed-inside.js';
import { namesReportedReactor, outsideReported } from './reported-clause.js';
import { asksAJudgement } from './judgement-asked.js';
import { firstOccasionOnly } from './first-occasion.js';
import { whoOwnsAnswer } from './answerers/who-owns.js';
import { missesTheAsk } from './unheld-ask.js';
import { unheldReason } from './unheld-word.js';
import { unnamedMembers } from './unheld-element.js';
import { finishedBy } from './finished-by.js';
import { spokeForAsSpokesman } from './spoke-for.js';
import { otherCount } from './another-count.js';
import { anotherNamed } from './another-named.js';
import { otherThanBody } from './body-doer.js';
import { orderAnswer } from './order-between.js';

/**
 * Answers a question in plain words from the event set: a short answer taken from the records,
 * then the events it rests on with their sources. When no record answers it well enough, says so
 * and points to the timeline. Pure: (dossier, question, clock) -> Reply.
 *
 * This is the router: it plans the question, then hands it to the first answerer that fits.
 * Questions about a name, an office, the island count or a side's position are answered before
 * any search; the rest from the best record that passes, or declined.
 */

/** A record that covers this share of the question covers all of it. */
const WHOLE = 0.999;
/** Other events are cited too when they score at least this share of the best one and pass the same test. */
const RELATED_SHARE = 0.5;
/** How many of the records that pass a yes/no question may be read for a verdict, best first. */
const VERDICT_TRIES = 4;
/** Records that cover this much less of the question than the best one cover it as well. */
const SAME_SHARE = 0.01;
/** The statements that say where things stand now: the status line and the two sides' positions. */
const CURRENT = new Set(['status', 'japan', 'russia']);
/** The two sides' positions. */
const SIDES = new Set(['japan', 'russia']);

/** Whether a record's own text (not the names it is indexed under) has every concept of the question that is not a name. */
function saysAll(plan: Plan, doc: IndexedDoc): boolean {
  const text = doc.kind === 'event' ? [doc.event.title, doc.event.summary, doc.event.note ?? '', ...doc.event.quotes.map((q) => q.text)].join(' ') : doc.statement.statement.text;
  const own = new Set(terms(text));
  return plan.groups.every((g) => g.entity || g.terms.some((t) => own.has(t)));
}

export function answer(dossier: Dossier, question: string, now: Date): Reply {
  return answerQuestion(dossier, question, now).reply;
}

export function answerQuestion(dossier: Dossier, typed: string, now: Date): AnswerResult {
  // "Was the fishing agreement signed in 1991?": a one-time act on record in another year (one-time.ts).
  // "Did the March 2022 drills involve 500 troops?": a figure no record holds, asked again without it (another-number.ts).
  return otherCount(dossier, typed, now, wrongYearOfOneTimeAct(dossier, typed, now, answerTyped(dossier, typed, now), answerQuestion), answerQuestion);
}

function answerTyped(dossier: Dossier, typed: string, now: Date): AnswerResult {
  // "hey bot, … pls 🙏": the chat around the question is no part of it (chatter.ts),
  // and a mistyped word is read as the records spell it (respell.ts).
  // "Under its new prime minister" is under the person who holds that office now (under-office.ts).
  // "When Abe met Putin in Singapore, did they agree …?": the main clause first (fronted.ts).
  // "The San Fran treaty": a recorded two-word name cut short is written out (clipped-names.ts).
  // "The 1993 declaration committed both sides. Who signed it?": the last sentence is the question (context-lead.ts).
  const respelled = respell(dossier, unclipNames(dossier, questionAfterContext(withoutChatter(typed))));
  // "…, not just nearby waters", "Suzuki, the lawmaker who …", "sit down together", "military drills", "before the 2025 … one",
  // "an island-related deal", "flexed its muscle", "changed its laws", "any other country backed Japan's claim": round 12, one file each.
  const plainer = thirdParty(lawChange(showOfForce(withoutDisputeScope(yearOfTheOne(withoutRedundantWords(meetAndSpeak(dossier, withoutApposition(dossier, withoutDeniedAlternatives(respelled)))))))));
  // "With no treaty signed, are they still at war?" asks its main clause (absence-premise.ts).
  const question = underHolder(dossier, mainClauseFirst(withoutAbsencePremise(sideAsFor(spokeForAsSpokesman(plainer)))), now);
  // "Was it Ukraine's parliament that …": the cleft's doer, read as "did Ukraine's parliament …" (fronted.ts).
  const focus = cleftFocus(withoutAbsencePremise(plainer));
  // "Were the drills held before Moscow scrapped the agreements?": two records' dates (order-between.ts).
  // Both things found by the yes/no reading or by name answer at once; a thing found only by the
  // looser "when" reading answers only when the rest of the engine declines.
  const ordered = orderAnswer(dossier, question, now, answerQuestion);
  if (ordered?.strong) return ordered.result;
  const planned = answerPlanned(dossier, question, now, focus);
  return ordered && planned.declined ? ordered.result : planned;
}

function answerPlanned(dossier: Dossier, question: string, now: Date, focus: ReturnType<typeof cleftFocus>): AnswerResult {
  // "Has a Russian president or PM visited Etorofu or Kunashir lately?": each alternative (either-one.ts).
  const either = eitherAnswer(dossier, question, now, answerQuestion);
  if (either) return either;
  // "Who is Zelensky and what did he do?": each part by the whole engine.
  const compound = compoundAnswer(dossier, question, now, answerQuestion);
  if (compound) return compound;
  // "Who visited Iturup in 2019 and what was his job?": the who-answer gives the role (who-and-role.ts).
  const withRole = whoAndRole(dossier, question, now, answerQuestion);
  if (withRole) return withRole;
  const index = answerIndex(dossier);
  const plan = makePlan(index, question, now);
  const ctx: AnswerContext = { dossier, index, plan, now };
  // "Is there a peace treaty since 1956?" asks how things stand now (present-since.ts).
  const asNow = withoutSinceNow(plan, now);
  if (asNow !== undefined) return answerQuestion(dossier, asNow, now);

  // "What's the latest?", "any news?": the newest developments, even with no other word to search.
  // "Will there be a peace treaty by 2030?", "what if the USSR had signed?": the record holds what
  // happened and what was said, never what will or would have happened.
  if (plan.cues.speculative || asksTheFuture(outsideReported(plan.question), now)) return decline(ctx, 'That asks what will or would have happened, and my sources only hold what did.');
  // "Who is in the right over Etorofu?": a verdict between the sides, which no record gives (judgement-asked.ts).
  if (asksAJudgement(plan.question)) return decline(ctx, 'That asks for a judgement between the sides; my sources give each side\'s position, not a verdict on it.');
  // "What did Russia do most recently about the islands?": what the side did, not both sides' news.
  const sideLatest = sideLatestAnswer(ctx);
  if (sideLatest) return sideLatest;
  const news = newsAnswer(ctx);
  if (news) return news;
  if (plan.groups.length === 0 && !plan.range) return decline(ctx, 'I could not find a question about the dispute in that.');

  // "Where are things now with the Northern Territories?": the status line, before the island count
  // or a position answers the islands' name.
  // "Who is Japan's PM right now?": the office's holder today, not where the dispute stands.
  const holderNow = plan.status && plan.intent === 'who' ? office(ctx) : undefined;
  if (holderNow) return holderNow;
  if (plan.status && !plan.cues.yesNo && aboutTheDispute(plan)) return statusAnswer(ctx);
  const settled = settledAnswer(ctx, (groups) => aboutTheDispute({ ...plan, groups }));
  if (settled) return settled;
  // "Are the visa-free visits still running?": the newest record of the thing, when it says it stopped.
  const stillOrNow = standingAnswer(ctx);
  if (stillOrNow) return stillOrNow;
  // "Were the Matua drills on one of the islands Japan claims?": the record's islands, not Japan's aims.
  const claimed = plan.cues.yesNo ? claimedPlace(ctx, search(ctx)) : undefined;
  if (claimed) return stated(ctx, claimed.hit, claimed.sentence, claimed.verdict === 'yes' ? 'Yes' : 'No', []);
  const special = chainAnswer(ctx) ?? chainNames(ctx) ?? islandSize(ctx) ?? sameIsland(ctx) ?? islandMembership(ctx) ?? definitional(ctx) ?? office(ctx) ?? islandCount(ctx) ?? whoOwnsAnswer(ctx) ?? positions(ctx);
  if (special) return special;

  // "Where does the dispute stand today?": the status line, whatever "today" says as a date.
  if (plan.status && aboutTheDispute(plan)) return statusAnswer(ctx);
  // "What has happened on the islands issue this year?": a period, whatever "issue" weighs.
  if (plan.range && (!plan.groups.some((g) => g.distinctive) || (plan.intent === 'what' && !plan.cues.yesNo && aboutTheDispute(plan)))) return period(ctx);
  // "What's the latest on the Kurils?": nothing more specific than where things stand.
  if (plan.status && !plan.groups.some((g) => g.distinctive)) return statusAnswer(ctx);

  // "What did Tokyo say about Shumshu?" asks for Tokyo's words, which no island record holds.
  const speaker = askedSpeaker(ctx);
  const notes = speaker ? undefined : islandNotes(ctx);
  // "Where is Urup?": names and nothing else to look for; the island's own record says where it lies.
  if (notes && plan.intent === 'where' && plan.groups.every((g) => g.entity)) return notes;
  // No record can pass without a distinctive concept: say so without searching.
  if (!plan.groups.some((g) => g.distinctive)) return notes ?? decline(ctx);

  // "How did Tokyo react to …": the side's statements after the event asked about.
  const reaction = reactionAnswer(ctx);
  if (reaction) return reaction;

  // "Did the EU condemn …?": who is asked about is not on record.
  if (unknownDoer(index, plan) || holderOfUnknownState(plan, (t) => index.df.has(t))) return decline(ctx);
  // "Drills near Okinawa": a place no record names.
  if (unknownPlace(plan)) return decline(ctx);
  // "A law about football": a topic no record names (unknown-topic.ts).
  if (unknownTopic(index, plan)) return decline(ctx);
  // "When did Abe and Obama meet?": a partner no record names (unknown-partner.ts).
  if (unknownPartner(index, plan)) return decline(ctx);
  const hits = search(ctx);
  // "How many …?" is answered only by a record that gives the number asked for.
  // "What did Washington say …?" only by a record of Washington's own words.
  // "When did Japan suspend the talks?" only by a record in which Japan did it.
  const doer = askedDoer(index, plan);
  const deed = doer ? deedAfterDoer(index, plan) : -1;
  // "When did Zelensky recognise Crimea as …": the deed's object, a word no record uses, is no part
  // of a record's deed either.
  const sided = sideAsked(ctx);
  const objectUnknown = plan.intent === 'when' && !plan.cues.yesNo && deed >= 0 && unknownObject(index, plan, deed) !== undefined;
  // A holder of the office the question names acts for its state (office-holders.ts).
  const byDoer = (h: Hit) => !doer || doerOrHolder(dossier, index, plan, doer, ownText(h.doc)) !== 'other';
  // "Did Lavrov say Japan's demand …?" only by a record of Lavrov's own words.
  const sayer = askedSayer(index, plan);
  // "Did Moscow say in 1960 …": the capital speaks for whichever state governed from it (seats.ts).
  const seated = seatedStates(plan.rest);
  const sayers = sayer ? [...new Set([sayer, ...(seated.has(sayer) ? seated : [])])] : [];
  const saidBy = (h: Hit) => !sayer || spokeIn(ctx, { actors: sayers, words: [] }, h.doc);
  // "Why did Russia hold the Matua drills?" only by a record that states a reason.
  // "Per Al-Qassas, why can't Russia …": the reasons asked for are the speaker's own words on it,
  // in a statement of theirs that holds the whole question and is titled by it (not their words on
  // something else that mention it).
  const attributed = plan.intent === 'why' ? attributedSpeaker(ctx) : undefined;
  const titledBy = (doc: IndexedDoc) => plan.groups.every((g) => g.entity || !g.distinctive || !g.known || g.terms.some((t) => index.titles[doc.id]!.includes(` ${t} `)));
  // Or, when the question gave the speaker's verdict ("why is the demand wrong", verdict-words.ts), by
  // its own summary, which states the argument in full ("runs counter to that obligation").
  const toldBy = (doc: IndexedDoc) => { if (!givesAVerdict(plan.question)) return false; const own = ` ${terms(ownText(doc)).join(' ')} `; return plan.groups.every((g) => g.entity || !g.distinctive || !g.known || g.terms.some((t) => own.includes(` ${t} `))); };
  const reasoned = (h: Hit) =>
    plan.intent !== 'why' ||
    (h.doc.kind === 'event' ? index.statesReason[h.doc.id] === 1 || h.doc.event.kind === 'protest' || (!!attributed && h.share >= WHOLE && h.doc.event.kind === 'statement' && (titledBy(h.doc) || toldBy(h.doc)) && spokeIn(ctx, attributed, h.doc)) : REASON.test(ownText(h.doc)));
  const duration = asksDuration(plan.question);
  const answers = (h: Hit) =>
    spokeIn(ctx, speaker, h.doc) &&
    coversTheSpokenTopic(plan, speaker, h) &&
    // "How long did they spend negotiating it?", "how many days did it last?" only by a record that
    // runs over days or gives a length; other counts by a record that gives the number asked for.
    (duration ? givesDuration(h.doc, plan.question) : plan.intent !== 'howmany' || givesNumber(ctx, h.doc, h.result)) &&
    // "How many troops in the Vostok drills?", "what's the range of …?": the record must hold what is measured (measure.ts).
    !missesTheMeasure(plan, h) &&
    // "What quotas did they get under the deal?": the record must name the term asked for (asked-detail.ts).
    !missesTheDetail(plan, h) &&
    // "In what city …", "which island …", "what % …": the record must hold a thing of that kind (asked-kind.ts).
    !missesTheKind(dossier, plan, h) &&
    // "How did Moscow notify Tokyo", "the first PM to …", "when were they restored": the record must hold the means, rank, return or link (unheld-ask.ts).
    !missesTheAsk(plan, h) &&
    holdsTheDeed(plan, h) &&
    officeHeldThen(index, plan, h) &&
    !deedOnlyInNamedRole(dossier, plan, h.doc) &&
    fitsTheKind(dossier, plan, h.doc) &&
    // "Per Poccolini, why …" asks for his words on that, as "what did Poccolini say about …" does.
    (!(speaker ?? attributed) || holdsTheTopic(plan, h, new Set(speaker?.described))) &&
    hasTheYear(plan, h.doc) &&
    // "Finished occupying them by 5 September": a record of the deed that ended by then (finished-by.ts).
    finishedBy(plan, h.doc) &&
    // "The autumn war games": a record dated in that season (seasons.ts).
    fitsTheSeason(plan.question, h.doc) &&
    // "Who did not sign …?" only by a record that says someone did not (negated-doer.ts).
    answersWhoNot(ctx, h.doc) &&
    (!plan.cues.yesNo || holdsTheOne(plan, h)) &&
    byDoer(h) &&
    saidBy(h) &&
    // "When did Japan accept the Gromyko condition?": a record without the accepting has no date for it.
    (plan.intent !== 'when' || deed < 0 || h.covered.has(deed)) &&
    !objectUnknown &&
    // "Who was the Japanese ambassador …": someone of that side in that office, or no one on record.
    (!sided || (h.doc.kind === 'event' && actorOfSide(ctx, h.doc.event, sided) !== null)) &&
    // "When did Japan agree to the 1956 declaration?": in 1956, not at a later summit citing it.
    (plan.intent !== 'when' || madeInNamedYear(plan.question, h.doc)) &&
    // "Which treaty gave the Kurils to Japan?": a record in which Japan got them, not gave them up.
    (!!plan.cues.yesNo || receivedIn(plan.question, [ownText(h.doc)], index.aliases)) &&
    // "What did the spokesman say Russia's response would be": the record names whose response it is (reported-clause.ts).
    namesReportedReactor(index.aliases, plan.cues.reportedReactor, ownText(h.doc)) &&
    reasoned(h);
  // The record that holds the whole deed best says someone else did it: the question's premise is
  // not on record, and a looser record that names the doer would only stitch an answer.
  // "Were the Vostok-2022 drills on Shikotan?": the one record of that thing puts another island
  // or person where the question puts its own, a "No" on record (another.ts).
  // "On the anniversary of the Portsmouth treaty?": the record's "of the Treaty of Shimoda" (another-named.ts).
  const another = anotherInPlace(ctx, hits) ?? anotherNamed(ctx, hits) ?? anotherDay(ctx, hits);
  if (another) return stated(ctx, another.hit, another.sentence, 'verdict' in another && another.verdict === 'yes' ? 'Yes' : 'No', hits);
  // "Was it Ukraine's parliament that recognised …?": the record names who did it, Zelensky by decree (body-doer.ts).
  const byOther = otherThanBody(ctx, hits, focus);
  if (byOther) return stated(ctx, byOther.hit, byOther.sentence, 'No', hits);
  // "Were the exchanges cancelled for good in March 2022?": that month's record tells a suspension.
  const act = anotherAct(ctx, hits);
  if (act) return respond(ctx, act.lead, act.events, 'event');
  const wholeDeed = doer ? hits.find((h) => coversCarrying(plan, h)) : undefined;
  // "Was it Medvedev who signed the law creating the victory day?": the best record holds the deed
  // ("signs law making …") but not every word of the question; when someone else did it there, its
  // own "No" answers (else the search goes on as before).
  const nearDeed = doer && !wholeDeed && plan.cues.yesNo ? hits.find((h) => coversAllButOne(plan, h, deed)) : undefined;
  if (doer && nearDeed && doerOrHolder(dossier, index, plan, doer, ownText(nearDeed.doc)) === 'other') {
    const verdict = fromHit(ctx, nearDeed, [nearDeed], hits);
    if (!verdict.declined && /^No\b/.test(verdict.reply.lead ?? '')) return verdict;
    const other = nearDeed.doc.kind === 'event' ? otherPersonDid(dossier, nearDeed.doc.event, doer, (text) => doerOrHolder(dossier, index, plan, doer, text) === 'other') : undefined;
    if (other) return stated(ctx, nearDeed, other, 'No', hits);
  }
  if (doer && wholeDeed && doerOrHolder(dossier, index, plan, doer, ownText(wholeDeed.doc)) === 'other') {
    // "Did Japan get Sakhalin under the 1875 treaty?": that record's own "No" (Russia took all of
    // Sakhalin) answers; a "Yes" cannot come from a record in which someone else did it.
    const verdict = plan.cues.yesNo ? fromHit(ctx, wholeDeed, [wholeDeed], hits) : undefined;
    return verdict && !verdict.declined && /^No\b/.test(verdict.reply.lead ?? '') ? verdict : decline(ctx);
  }
  // "Who protested the Matua drills?", "did Japan protest them?": a background line joins several
  // events in one sentence ("drills on Matua … and north of Shikotan, which Japan protested"); it
  // answers who or whether only when one of its events holds the same, not when the line stitches it.
  const backed = (h: Hit) =>
    h.doc.kind !== 'statement' || !h.doc.statement.key.startsWith('background') || (plan.intent !== 'who' && !plan.cues.yesNo) || oneEventHolds(plan, h, hits);
  const covering = hits.filter((h) => h.distinctive && h.share >= MIN_COVERAGE && h.namesMatched);
  // "What did the PM say at the first rally?": only the earliest record of the occasion (first-occasion.ts).
  const answering = covering.filter((h) => answers(h) && backed(h));
  // "How did Moscow notify Tokyo …": a word no record uses must be in the record in a related form (unheld-word.ts).
  // A companion, motive, topic or kind asked that the record does not hold, in words on record elsewhere (unheld-element.ts).
  const reasons = answering.map((h) => unheldReason(dossier, plan, h));
  const holding = answering.filter((_, i) => reasons[i] === undefined);
  const unheld = holding.length === 0 ? reasons[0] : undefined;
  // "Where was the Tokyo Declaration signed?": the record of it names no place; a looser record
  // that names one ("in Moscow", of the 1945 declaration of war) would only stitch an answer.
  // "Which sanctions made Russia drop the talks?": its record says only "Japan's sanctions"; the
  // fishing agreement's suspension, a sanction of another day, would only stitch an answer.
  const members = covering[0] ? unnamedMembers(dossier, plan, covering[0]) : undefined;
  const silentBest = covering[0] && (placeUntold(plan, covering[0]) || members !== undefined);
  if (silentBest && holding[0] && holding[0].share < covering[0]!.share - SAME_SHARE) return decline(ctx, members ? `The record closest to it does not give “${members}”, and I will not guess.` : undefined);
  let accepted = firstOccasionOnly(plan, covering, holding);
  // "When did the Tokyo Declaration end?": only a record that tells an end answers, and only when the
  // record the question is most about tells it; another record's end (the 1956 declaration "ends the
  // state of war") is not this thing's end.
  if (plan.cues.phase === 'end' && plan.intent === 'when' && accepted[0]) {
    const top = accepted[0];
    // A record that covers the question as well and says the thing itself ended ("ended the state of
    // war", end-pointer.ts) tells it before the best one, whose own span may be of something else.
    // A record that runs over days tells its own end only ("the Nagato summit"): an analyst's
    // interview reported over 25–28 March that mentions the war or the drills is no end of them.
    const ownThing = (h: Hit) =>
      h.doc.kind === 'event' && h.doc.event.kind !== 'statement' && plan.groups.some((g) => g.distinctive && (!g.entity || !g.entity.broad) && g.terms.some((t) => index.titles[h.doc.id]!.includes(` ${t} `)));
    // Between the sides the question names: the Soviet–Japanese declaration ended no war with the United States.
    // By the record's own names: "United States" met in "the state of war" is no mention of it.
    const namesTheSides = (h: Hit) => plan.groups.every((g) => g.entity?.kind !== 'actor' || index.entities[h.doc.id]!.has(g.entity.token));
    // "The Second World War never ended for Russia and Japan" tells no end.
    const neverEnded = (h: Hit) => h.doc.kind === 'event' && NEVER_ENDED.test(`${h.doc.event.title} ${h.doc.event.summary}`);
    const ends = (h: Hit) => endsTheThing(plan, h) && namesTheSides(h);
    const told = accepted.find((h) => h.share >= top.share - SAME_SHARE && ends(h)) ?? (tellsTheEnd(top.doc) && ownThing(top) && namesTheSides(top) ? top : undefined);
    if (!told) return decline(ctx);
    if (told !== top) accepted = [told, ...accepted.filter((h) => h !== told)];
    accepted = accepted.filter((h) => tellsTheEnd(h.doc) && !neverEnded(h) && (h.doc.kind !== 'event' || h.doc.event.date.precision !== 'range' || ownThing(h) || ends(h)));
    if (accepted.length === 0) return decline(ctx);
  }
  // A background line that rests on the best record summarises it; it is no rival account (own-summary.ts).
  if (splitAcross(plan, accepted) && splitAcross(plan, withoutOwnSummaries(accepted)) && !wholeWithSummary(plan, accepted)) return notes ?? decline(ctx);
  // The island records answer unless an event record covers the whole question in its own words
  // (not through the island names it is indexed under: "Lesser Kuril Ridge islets" is Habomai's).
  // A record that says the side asked received the thing ("Japan received all the Kuril Islands")
  // answers "which treaty gave the Kurils to Japan" in its own words, "gave" or not (recipient.ts).
  const transferred = !plan.cues.yesNo && !!accepted[0] && !!askedTransfer(plan.question);
  if (notes && !transferred && !(accepted[0] && accepted[0].share >= WHOLE && saysAll(plan, accepted[0].doc))) return notes;
  if (accepted.length === 0) return unheld ? decline(ctx, unheld) : decline(ctx);

  let primary = accepted[0]!;
  // "What is the current status …?": the dossier's status line answers it when it passes.
  // A yes/no question in the present tense ("is there a peace treaty?", "are the talks still
  // suspended?") asks where things stand too.
  const standing = plan.status || (plan.cues.yesNo === 'present' && !plan.range);
  // "Why won't Moscow negotiate anymore?" asks a reason, which the status line does not give.
  const status = standing && plan.intent !== 'when' && plan.intent !== 'why' ? accepted.find((h) => h.doc.kind === 'statement' && h.doc.statement.key === 'status') : undefined;
  if (status) primary = status;
  // A "when" question wants a dated event rather than a dossier statement, if one covers the
  // question as well; otherwise the statement answers without a date it does not have.
  if (plan.intent === 'when' && primary.doc.kind === 'statement') {
    const share = primary.share;
    primary = accepted.find((h) => h.doc.kind === 'event' && h.share >= share - 0.01) ?? primary;
    // "When did Japan join the sanctions?": the background says it did, with no date for it (its
    // dates are of what followed). A statement has no date of its own to answer a when-question.
    if (primary.doc.kind === 'statement') return decline(ctx);
  }
  if (startOnlyProtested(plan, accepted)) return decline(ctx);
  // "When did a Russian leader last visit Shikotan?": no visit there on record, only the visits' ending (deed-inside.ts).
  if (deedNotOnRecord(plan, accepted, KIND_WORDS)) return decline(ctx);
  // "Latest drills", "when did X end": the newest, earliest or latest record that answers as well.
  primary = pickByOrder(plan, accepted, dossier) ?? primary;
  // "When did Russia tear up the 1999 agreement?": its record says it ended in September 2022, and that end has a record.
  primary = laterEnd(plan, primary, accepted) ?? primary;
  // "On what day was the 1998 agreement signed?": a day its record does not give is not on record.
  const inexact = primary.doc.kind === 'event' ? tooExact(question, primary.doc.event) : undefined;
  if (inexact) return decline(ctx, inexact);
  // "First time ever Japan protested …?": the earliest record is no first ever unless it says so (first-time.ts).
  if (primary.doc.kind === 'event' && firstTimeUnsaid(question, primary.doc.event)) return decline(ctx);
  const chosen = whoSaidIt(ctx, fromHit(ctx, primary, accepted, hits), primary, accepted, hits);
  // "When did Russia and Japan sign a peace treaty?": the record's "No" to what the question takes for granted.
  const denied = chosen.declined ? undefined : deniedPremise(plan, question, (yesNo) => answerQuestion(dossier, yesNo, now));
  if (denied) return denied;
  // "Does Russia's constitution forbid every change to its borders?": a side's position sums up its
  // records; when one of them that passes reaches the same verdict, it answers in its own words.
  const sourced = plan.cues.yesNo && !chosen.declined ? fromBasis(ctx, primary, chosen, accepted, hits) : undefined;
  if (sourced) return sourced;
  // "Did the 1956 declaration promise Shikotan to Japan?": when the record answered from has no
  // clause that says so either way, another record that passes may ("… promised Habomai and
  // Shikotan to Japan …" in the background). Only when none does is the question declined.
  if (!plan.cues.yesNo || !chosen.declined) return chosen;
  // "Is Russia still in control of the islands?" asks about now: the records as of now (the status
  // line, the positions) are read first, as a dated record may not say it goes on.
  const asOfNow = (h: Hit) => h.doc.kind === 'statement' && CURRENT.has(h.doc.statement.key);
  const tries = standing ? [...accepted.filter(asOfNow), ...accepted.filter((h) => !asOfNow(h))] : accepted;
  for (const h of tries.slice(0, VERDICT_TRIES)) {
    // Only a record that covers the whole question may stand in: a looser one would answer a
    // question the best record left open. Framing words ("give a speech") are no part of it.
    if (h === primary || !plan.groups.every((g, i) => h.covered.has(i) || g.weight !== g.idf)) continue;
    const other = fromHit(ctx, h, accepted, hits);
    if (!other.declined) return other;
  }
  return chosen;
}

/**
 * Whether one of a statement's basis events holds every name and every kind of record ("protest")
 * of the question that the statement holds: the parts a sentence joining several events can stitch.
 */
function oneEventHolds(plan: Plan, statement: Hit, hits: readonly Hit[]): boolean {
  if (statement.doc.kind !== 'statement') return true;
  const basis = new Set(statement.doc.statement.statement.basis);
  const wanted = [...statement.covered].filter((i) => plan.groups[i]!.entity !== undefined || plan.groups[i]!.typed.some((t) => KIND_WORDS.has(t)));
  return hits.some((h) => h.doc.kind === 'event' && basis.has(h.doc.event.id) && wanted.every((i) => h.covered.has(i)));
}

/** "Who claimed …", "who said that …", "who promised …", "who called X illegal": a question about what someone said. */
const WHO_SAID = /^\s*who\s+(?:\S+\s+)?(?:said|says|say|claim(?:s|ed)?|argue[sd]?|insist(?:s|ed)?|predict(?:s|ed)?|warn(?:s|ed)?|promis(?:e|es|ed)|pledg(?:e|es|ed)|vow(?:s|ed)?|assert(?:s|ed)?|declar(?:e|es|ed)|stat(?:e|es|ed)|call(?:s|ed)?|brand(?:s|ed)?|label(?:s|l?ed)?|term(?:s|ed)?|describ(?:e|es|ed))\b/i;

/** A negation in what the question says was said: "who said Japan can't …", "who claimed it would never …". */
const NEGATED_CLAIM = /\b(?:not|never|no|neither|nor|cannot|can't|cant|won't|wouldn't|couldn't|shouldn't|isn't|aren't|don't|doesn't)\b/i;

/**
 * "Who claimed Russia would hand back all four islands?" is answered by a person only when their
 * record holds a clause that says what the question says they said, read as "did someone claim …?"
 * is (yes-no.ts):
 * Lavrov's words on Japan's demand for the islands' return are no claim that Russia would return them.
 */
function whoSaidIt(ctx: AnswerContext, chosen: AnswerResult, primary: Hit, accepted: readonly Hit[], hits: readonly Hit[]): AnswerResult {
  const { plan } = ctx;
  if (chosen.declined || plan.intent !== 'who' || plan.cues.yesNo || !WHO_SAID.test(plan.question)) return chosen;
  // "Who said Japan can't sit on the fence?": a negated claim in other words ("cannot be expected to
  // remain neutral") has no clause the yes/no reading can match word for word; the search's own
  // checks (the speaker's words holding the topic) stand for it.
  if (NEGATED_CLAIM.test(plan.question)) return chosen;
  const asYesNo: AnswerContext = { ...ctx, plan: { ...plan, cues: { ...plan.cues, yesNo: 'past' } } };
  // Only silence declines: a "No" there may be another clause's (what else they said), not theirs on this.
  const says = (h: Hit) => !fromHit(asYesNo, h, [h], []).declined;
  if (says(primary)) return chosen;
  // Another record that covers the whole question and says it ("Moscow agreed to hand over Habomai and Shikotan").
  const other = accepted.slice(0, VERDICT_TRIES).find((h) => h !== primary && h.share >= WHOLE && says(h));
  return other ? fromHit(ctx, other, accepted, hits) : decline(ctx);
}

/** An end denied: "never ended", "did not end", "is not over". */
const NEVER_ENDED = /\b(?:never|not|n't|no\s+longer)\s+(?:\S+\s+)?(?:end|ends|ended|over|finished)\b/i;

/** "No" (or "Yes"), the record's sentence that states it, then the answer from that record. */
function stated(ctx: AnswerContext, hit: Hit, sentence: string, verdict: 'Yes' | 'No', hits: readonly Hit[]): AnswerResult {
  const answer = fromHit(ctx, hit, [hit], hits);
  const base = answer.declined ? respond(ctx, hit.doc.kind === 'event' ? eventAnswer(ctx, hit.doc.event, hit.result) : '', hit.doc.kind === 'event' ? [hit.doc.event] : [], 'event') : answer;
  return withVerdictLead(base, verdict, sentence);
}

/** The answer from a position's basis event that passed, when it gives the position's verdict too. */
function fromBasis(ctx: AnswerContext, primary: Hit, chosen: AnswerResult, accepted: readonly Hit[], hits: readonly Hit[]): AnswerResult | undefined {
  if (primary.doc.kind !== 'statement' || !SIDES.has(primary.doc.statement.key)) return undefined;
  const basis = new Set(primary.doc.statement.statement.basis);
  const verdict = (r: AnswerResult) => /^(yes|no)\b/i.exec(r.reply.lead ?? '')?.[1]?.toLowerCase();
  const wanted = verdict(chosen);
  if (!wanted) return undefined;
  for (const h of accepted) {
    if (h.doc.kind !== 'event' || !basis.has(h.doc.event.id)) continue;
    const other = fromHit(ctx, h, accepted, hits);
    if (!other.declined && verdict(other) === wanted) return other;
  }
  return undefined;
}

/** The answer from one record that passed, with the others it is cited with and a yes or no when asked. */
function fromHit(ctx: AnswerContext, primary: Hit, accepted: readonly Hit[], hits: readonly Hit[]): AnswerResult {
  const { plan } = ctx;
  const doc = primary.doc;
  // The status line and the positions are as of now; a background paragraph is history.
  const current = doc.kind === 'statement' && CURRENT.has(doc.statement.key);
  // A side's position speaks of the side: its "its constitution", "it suspended" are the side's.
  const side = doc.kind === 'statement' && SIDES.has(doc.statement.key) ? (ctx.dossier.actorsById.get(doc.statement.key)?.name ?? '') : '';
  if (doc.kind === 'statement') return withVerdict(ctx, statementAnswer(ctx, doc, primary.result, hits), [doc.statement.statement.text], side, { current });

  const related = accepted
    .filter((h) => h !== primary && h.rank >= primary.rank * RELATED_SHARE)
    .flatMap((h) => (h.doc.kind === 'event' ? [h.doc.event] : []))
    .slice(0, MAX_CITED - 1);
  const lead = eventAnswer(ctx, doc.event, primary.result);
  // "How long did the battle last?": a record that runs over days answers with its span first.
  const span = asksDuration(plan.question) && doc.event.date.precision === 'range' ? `${dateLead(doc.event)}: ` : '';
  const newest = plan.cues.recency && plan.intent !== 'when' ? `Most recent on record, ${dateLead(doc.event)}: ` : span;
  return withVerdict(ctx, respond(ctx, `${newest}${lead}`, [doc.event, ...related], 'event'), eventTexts(ctx.dossier, doc.event), doc.event.title, { current: false, firstDay: doc.event.date.start, lastDay: doc.event.date.end, event: doc.event });
}
