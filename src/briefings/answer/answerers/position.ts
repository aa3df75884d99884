import type { KurilEvent } from '../../../dossier/dossier.js';
import { endSentence, latestEvents } from '../compose.js';
import { decline } from './decline.js';
import { MAX_CITED, respond, type AnswerContext, type AnswerResult } from '../respond.js';
import { entitiesInText } from '../aliases.js';
import { belongsTo, speaksForSide } from '../sides.js';
import { askedSubject } from '../doer.js';
import { FRAME_WORDS, processTerm, sentences, terms } from '../text.js';
import type { Plan } from '../plan.js';
import { forbidsAsked } from '../permission.js';
import { statingTheView } from '../reasoning.js';

const POSITION_CUE = new RegExp(
  [
    /\b(?:position|positions|stance|view|views|claims?|claiming|wants?|wanting|seeks?|seeking|aims?|aiming|demands?|demanding|policy|policies|argues?|arguments?|case\s+for|stand on|(?:official|party)\s+line|line\s+on)\b|\b(?:does|do)\s.{1,40}\s(?:say|think|see|view|feel|consider|believe|regard)\b/.source,
    // "What has Moscow said about the southern Kurils?": what it has said to date is what it says.
    /^\s*what\s+(?:has|have)\s.{1,40}\s(?:said|argued|maintained|claimed)\b/.source,
    // How a side puts it: "how does Tokyo describe …", "Japan says …", "according to Russia".
    // "What does Japan call Russia's presence?" (an island's or the group's name is asked of definition.ts first).
    /\b(?:describ(?:e|es|ed|ing)|characteri[sz](?:e|es|ed)|portray(?:s|ed)?|frames?|calls?|calling|says|maintains?|insists?|contends?|asserts?|according\s+to)\b/.source,
    // Why it holds so: "on what grounds", "how does Moscow justify …".
    /\b(?:justif(?:y|ies|ied|ication)|grounds?|basis|rationale|reasons?|reasoning)\b/.source,
    // What it is after in the end, and what its law lets it do.
    /\b(?:goals?|objectives?|ultimately|end\s*game|allowed|permitted|able\s+to|legally|lawfully)\b/.source,
  ].join('|'),
  'i',
);
/** Words that may stand beside a side's name in "what is Japan's position on the islands?". */
const POSITION_FILLER = new Set(
  ['position', 'positions', 'stance', 'view', 'views', 'claim', 'claims', 'want', 'wants', 'demand', 'demands', 'policy', 'policies', 'argue', 'argues', 'stand', 'official', 'island', 'islands', 'dispute', 'territory', 'territories', 'issue', 'side', 'government']
    // "What's Moscow's official line on the Kurils?", "what does Russia say about who owns them?"
    .concat(['line', 'see', 'feel', 'think', 'owns', 'owner', 'ownership', 'belong', 'belongs', 'sovereignty', 'kuril', 'kurils', 'kurile', 'kuriles', 'northern', 'southern'])
    // "Russia's argument for keeping the Kurils", "what legal argument does Russia make", "Japan vs Russia: how does each side see them"
    .concat(['argument', 'arguments', 'argue', 'legal', 'case', 'make', 'keep', 'keeping', 'vs', 'versus', 'each', 'both', 'either'])
    // "Does Moscow think its sovereignty is open to debate / up for negotiation / in question?": whether a side holds it settled.
    .concat(['consider', 'believe', 'regard', 'open', 'debate', 'debatable', 'discussion', 'negotiable', 'question', 'doubt', 'disputable', 'contestable', 'settled'])
    // How it puts it and on what grounds: "how does Tokyo describe …", "on what grounds", "according to Russia".
    .concat(['describe', 'description', 'characterise', 'characterize', 'portray', 'frame', 'call', 'calling', 'say', 'says', 'maintain', 'insist', 'contend', 'assert', 'according'])
    .concat(['justify', 'justifies', 'justification', 'ground', 'grounds', 'basis', 'rationale', 'reasoning', 'reason'])
    // Holding the islands is what the dispute is about: "justify holding", "Russia's control of the islands".
    .concat(['hold', 'holding', 'control', 'controls', 'possession', 'possess', 'own', 'rule', 'administer', 'presence'])
    // What it is after in the end, and what it may do: "ultimately want", "legally allowed", "can it at all".
    // The dispute in other words: "Russia's aim in the territorial row".
    .concat(['row', 'conflict', 'quarrel', 'spat', 'feud', 'standoff', 'problem'])
    .concat(['seek', 'seeks', 'aim', 'aims', 'goal', 'goals', 'end', 'endgame', 'objective', 'territorial', 'ultimately', 'eventually', 'really', 'actually', 'exactly', 'even', 'all', 'allowed', 'allow', 'permitted', 'permit', 'legally', 'lawfully', 'able', 'can'])
    .map((w) => processTerm(w))
    .filter((w): w is string => Boolean(w)),
);

/** "What is Japan's position?": the dossier's statement of each side's position, with its basis. */
export function positions(ctx: AnswerContext): AnswerResult | undefined {
  const { plan, dossier } = ctx;
  // The plan takes "according to" out of the question's rest (it names a source); it still asks the side's view.
  const held = plan.range ? undefined : holdsTheIslands(ctx);
  if (held) return held;
  if (plan.range || !(POSITION_CUE.test(plan.rest) || /\baccording\s+to\b/i.test(plan.question))) return undefined;
  // A side's government and state offices speak for it: "the Japanese government's stance", "the Kremlin's line" are the side's.
  const speaksFor = (id: string, side: string) => speaksForSide(dossier, id, side);
  const sides = (['japan', 'russia'] as const).filter((side) => plan.entities.some((e) => e.kind === 'actor' && speaksFor(e.id, side)));
  if (sides.length === 0) return otherAims(ctx);
  // "Does Japan still want a peace treaty?": yes, when the side's position says what is asked about.
  // The side asked about is the one named first ("does Japan want a treaty with Russia?").
  const first = plan.entities.find((e) => e.kind === 'actor' && (e.id === 'japan' || e.id === 'russia'))?.id as 'japan' | 'russia' | undefined;
  // Otherwise it is declined: "still have no peace treaty" in the status line says nothing of what
  // Russia wants.
  // "Did Gromyko's notes demand …", "did Ukraine back Japan's claim?": the deed is someone else's, and
  // the side named is its object, not whose aims are asked. "Did Moscow demand …" asks about a past
  // demand, which a record of it answers; the position speaks for now.
  const doer = askedSubject(ctx.index, plan);
  const sideAsked = first !== undefined && (!doer || belongsTo(dossier, doer, first)) && plan.cues.yesNo === 'present';
  if (plan.cues.yesNo && first && sideAsked && WANTS.test(plan.rest)) return positionVerdict(ctx, first) ?? decline(ctx, `I found nothing on record that says so of ${dossier.actorsById.get(first)?.name ?? first}'s aims, and I will not guess.`);
  const ok = plan.groups.every((g) => (g.entity ? g.entity.kind === 'group' || sides.some((side) => speaksFor(g.entity!.id, side)) : g.typed.every((t) => POSITION_FILLER.has(t) || FRAME_WORDS.has(t))));
  // "Japan says the islands are occupied by whom?", "is Russia allowed to cede territory under its
  // constitution?": the side asked about (who says it, else the side named first) answers alone when
  // its position holds every other word of the question in its own text.
  const own = doer && sides.find((side) => belongsTo(dossier, doer, side));
  const asked = own ?? first;
  // Only of now: "what did Russia say about …", "how did it react" ask for a record of what was said
  // then. A yes/no question is left to the verdict readers, unless it asks what the side may do
  // ("is Russia allowed to …"), which a ban in its position answers.
  const ofNow = !plan.cues.reactor && !/\bdid\b/i.test(plan.rest) && (!plan.cues.yesNo || PERMISSION.test(plan.rest));
  const answering = ok ? sides : asked && ofNow && ownWords(ctx, asked, sides) ? [asked] : [];
  if (answering.length === 0) return undefined;
  const statements = answering.map((side) => dossier.positions[side]);
  const basis = statements.flatMap((st) => st.basis.map((id) => dossier.eventsById.get(id)).filter((e): e is KurilEvent => e !== undefined));
  // "Is Russia allowed to cede territory?": the ban in its position is a "No" (permission.ts).
  const banned = plan.cues.yesNo && statements.some((st) => forbidsAsked(plan, st.text)) ? 'No. ' : '';
  const lead = banned + statements.map((st) => endSentence(st.text)).join(' ');
  // An argument is something a side says: its own statements are cited before its acts.
  // The one that states the position's view leads: that is the reasoning asked for (reasoning.ts).
  const said = ARGUMENT.test(plan.rest) || plan.intent === 'why' ? statingTheView(statements.map((st) => st.text).join(' '), latestEvents(basis.filter((e) => e.kind === 'statement'), basis.length)).slice(0, MAX_CITED) : [];
  // "Is Russia allowed to cede territory under its constitution?": the records that hold the
  // question's own words made the position so, and are cited first.
  const content = plan.groups.filter((g) => !g.entity && !g.typed.every((t) => POSITION_FILLER.has(t) || FRAME_WORDS.has(t)));
  const holding = (e: KurilEvent) => {
    const own = new Set(terms(`${e.title} ${e.summary}`));
    return content.filter((g) => g.terms.some((t) => own.has(t))).length;
  };
  const topical = content.length > 0 ? latestEvents(basis, basis.length).filter((e) => holding(e) > 0).sort((a, b) => holding(b) - holding(a)) : [];
  // "What is Russia's official position?": asked outright, the position is cited from the record that
  // states its view, before the newest records that restate or follow it (round 13).
  const view = plan.cues.yesNo ? [] : statingTheView(statements.map((st) => st.text).join(' '), latestEvents(basis.filter((e) => e.kind === 'statement'), basis.length)).slice(0, 1);
  return respond(ctx, lead, [...said, ...topical, ...view, ...latestEvents(basis, MAX_CITED)], 'statement');
}

/** The sentence of a position that states the side's view. */
const HOLDS = /\b(?:holds|maintains|insists|says)\s+that\b/i;

/** Asks what a side may do. */
const PERMISSION = /\b(?:allowed|permitted|legally|lawfully|able\s+to|can|could)\b/i;

/** Ways to say giving territory up: a position's "ceding" answers "give up" (renounce), "hand over". */
const GIVING_UP = new Set(['renounce', 'cede', 'ceding', 'hand', 'give', 'surrender', 'relinquish', 'transfer', 'return'].map((w) => processTerm(w)));

/** Whether the side's position holds every word of the question besides the sides, the islands' group and the framing words. */
function ownWords(ctx: AnswerContext, side: 'japan' | 'russia', sides: readonly string[]): boolean {
  const { plan, dossier } = ctx;
  // What the side holds, not what it did: "It suspended the talks over Japan's sanctions" is an act,
  // which its own record answers ("how does Russia describe Japan's sanctions?" is not its view).
  const all = dossier.positions[side].text;
  const held = sentences(all).filter((t) => HOLDS.test(t));
  const text = held.length > 0 ? held.join(' ') : all;
  const own = new Set(terms(text));
  const named = entitiesInText(ctx.index.aliases, text);
  const giving = [...own].some((t) => GIVING_UP.has(t));
  const rest = plan.groups.filter((g) => !(g.entity && (g.entity.kind === 'group' || sides.includes(g.entity.id))) && !g.typed.every((t) => POSITION_FILLER.has(t) || FRAME_WORDS.has(t)));
  // "Can Russia give back Shikotan?": one of the four islands is held as they are, when the position names them together.
  const inGroup = (id: string) => named.has('e_group') && dossier.islandsById.get(id)?.disputed === true;
  const holds = (g: Plan['groups'][number]) =>
    g.entity ? named.has(g.entity.token) || (g.entity.kind === 'island' && inGroup(g.entity.id)) : g.terms.some((t) => own.has(t)) || (giving && g.typed.some((t) => GIVING_UP.has(t)));
  return rest.length > 0 && rest.every(holds);
}

/** Asks for a side's reasoning (as does a why-question): its statements hold it. */
const ARGUMENT = /\b(?:arguments?|argues?|legal|case\s+for|reasoning|reasons?|justif\w*|grounds?|rationale|basis)\b/i;

/** Words that state an aim in a position: "its basic policy is to … conclude a peace treaty". */
const AIM = /\b(?:policy|aims?|goal|seeks?|wants?|intends?|holds that)\b/i;
const NEGATED = /\b(?:no|not|never|unless|without|suspended)\b/i;

/** The islands in plain words, when no name of them was typed: "the islands", "the territory". */
// Not "the Kurils": Japan claims the four islands, not the whole chain.
const ISLAND_WORDS = new Set(['island', 'islands', 'territory', 'territories'].map((w) => processTerm(w)).filter((w): w is string => Boolean(w)));

/** "Does Russia still hold / control / occupy the islands?": who has them now. */
const ASKS_HOLDING = /^\s*(?:does|do|is|are)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:still\s+)?(?:hold|holds|control|controls|occupy|occupies|own|owns|possess|possesses|administer|administers|have|has|keep|keeps|in\s+control\s+of|in\s+possession\s+of)\b/iu;
const HOLDING_WORDS = new Set(['occupy', 'occupies', 'possess', 'possesses', 'administer', 'administers', 'have', 'has', 'keep', 'keeps', 'possession'].map((w) => processTerm(w)).filter((w): w is string => Boolean(w)));
/** "Illegally occupied by the Soviet Union and then by Russia": who holds them, in a position's own words. */
const OCCUPIED_BY = /\boccupied\s+by\s+(?:the\s+)?[\p{L}\s]*?\b(russia|japan)\s*(?:[,.;]|$)/iu;

/**
 * Who holds the islands now is in the positions: Japan's says they are occupied by Russia, and
 * Russia's says they are its territory. Asked whether a side still holds them, and nothing more,
 * the side that the positions say occupies them is a "Yes", the other a "No".
 */
function holdsTheIslands(ctx: AnswerContext): AnswerResult | undefined {
  const { plan, dossier } = ctx;
  if (plan.cues.yesNo !== 'present' || !ASKS_HOLDING.test(plan.rest)) return undefined;
  const side = plan.entities.find((e) => e.kind === 'actor')?.id;
  if (side !== 'japan' && side !== 'russia') return undefined;
  const onIslands = plan.groups.some((g) => g.entity?.kind === 'group' || g.entity?.kind === 'island' || g.typed.some((t) => ISLAND_WORDS.has(t)));
  const onlyThat = plan.groups.every((g) => (g.entity ? g.entity.kind !== 'actor' || g.entity.id === side : ISLAND_WORDS.has(g.typed[0] ?? '') || g.typed.every((t) => POSITION_FILLER.has(t) || FRAME_WORDS.has(t) || HOLDING_WORDS.has(t))));
  if (!onIslands || !onlyThat) return undefined;
  for (const key of ['japan', 'russia'] as const) {
    const statement = dossier.positions[key];
    const sentence = sentences(statement.text).find((t) => OCCUPIED_BY.test(t));
    const holder = sentence ? OCCUPIED_BY.exec(sentence)![1]!.toLowerCase() : undefined;
    if (!sentence || !holder) continue;
    const basis = statement.basis.map((id) => dossier.eventsById.get(id)).filter((e): e is KurilEvent => e !== undefined);
    return respond(ctx, `${holder === side ? 'Yes' : 'No'}. ${endSentence(sentence)}`, latestEvents(basis, MAX_CITED), 'statement');
  }
  return undefined;
}

/** Asks what someone is after now: "what does the US ultimately want?", "China's end goal". */
const AIMS_NOW = /\b(?:wants?|seeks?|aims?|goals?|objectives?|ultimately|end\s*game|after)\b/i;

/**
 * "What does the US ultimately want?": only the two sides have a stated position on record. Asked
 * the aims of anyone else, and nothing more, a record that merely names them ("growing US influence")
 * says nothing of what they want: declined, rather than searched.
 */
function otherAims(ctx: AnswerContext): AnswerResult | undefined {
  const { plan, dossier } = ctx;
  if (plan.cues.yesNo || /\b(?:did|was|were|had)\b/i.test(plan.rest) || !AIMS_NOW.test(plan.rest)) return undefined;
  const actors = plan.groups.filter((g) => g.entity?.kind === 'actor');
  const onlyAims = plan.groups.every((g) => (g.entity ? g.entity.kind === 'actor' || g.entity.kind === 'group' : g.typed.every((t) => POSITION_FILLER.has(t) || FRAME_WORDS.has(t))));
  // A person or body of either side may have said what they want in a record of their own.
  if (actors.length !== 1 || !onlyAims || (['japan', 'russia', 'ussr'] as const).some((side) => belongsTo(dossier, actors[0]!.entity!.id, side))) return undefined;
  const name = dossier.actorsById.get(actors[0]!.entity!.id)?.name ?? 'them';
  return decline(ctx, `No record on file states what ${name} wants in the dispute, and I will not guess.`);
}

/** "Does Japan want …", "does Russia claim …": a yes/no question about a side's aims. */
const WANTS = /\b(?:want|wants|wanting|seek|seeks|seeking|aim|aims|aiming|claim|claims|claiming|demand|demands|demanding|insist|insists|insisting)\b/i;

/** Yes, from the side's position, when it holds every word the question asks about; else not answered here. */
function positionVerdict(ctx: AnswerContext, side: 'japan' | 'russia'): AnswerResult | undefined {
  const { plan, dossier } = ctx;
  const statement = dossier.positions[side];
  const asked = plan.groups.filter((g) => !(g.entity && (g.entity.kind === 'group' || g.entity.id === side)) && !g.typed.every((t) => POSITION_FILLER.has(t) || FRAME_WORDS.has(t) || WANTS.test(t)));
  // One clause must state it as the side's aim, unnegated: Russia's "it suspended the peace-treaty
  // talks" names a peace treaty but is no "yes" to "does Russia want a peace treaty?".
  const holds = (clause: string) => {
    const own = new Set(terms(clause));
    const named = entitiesInText(ctx.index.aliases, statement.text);
    return AIM.test(clause) && !NEGATED.test(clause) && asked.every((g) => g.terms.some((t) => own.has(t)) || (g.entity !== undefined && named.has(g.entity.token)));
  };
  // "Does Japan still claim the islands?": nothing asked beyond the claim on them, which the
  // position's own view ("holds that … are an inherent part of its territory") states.
  if (asked.length === 0) {
    const view = sentences(statement.text).find((t) => HOLDS.test(t) && !NEGATED.test(t.split(/;/)[0]!));
    const onIslands = plan.groups.some((g) => g.entity?.kind === 'group' || g.entity?.kind === 'island' || g.typed.some((t) => ISLAND_WORDS.has(t)));
    if (!view || !onIslands) return undefined;
    const basis = statement.basis.map((id) => dossier.eventsById.get(id)).filter((e): e is KurilEvent => e !== undefined);
    return respond(ctx, `Yes. ${endSentence(view)}`, latestEvents(basis, MAX_CITED), 'statement');
  }
  if (!sentences(statement.text).flatMap((t) => t.split(/;\s+|,\s+and\s+that\s+/)).some(holds)) return undefined;
  const basis = statement.basis.map((id) => dossier.eventsById.get(id)).filter((e): e is KurilEvent => e !== undefined);
  return respond(ctx, `Yes. ${endSentence(statement.text)}`, latestEvents(basis, MAX_CITED), 'statement');
}
