import { errorReply, noticeReply, type ReplyItem } from '../../briefings/reply.js';
import { formatDay } from '../../dossier/dates.js';
import { CAMEO_CODEBOOK } from '../../dossier/codebook.js';
import type { Dossier } from '../../dossier/dossier.js';
import type { Reply } from '../../briefings/reply.js';
import type { Candidate } from '../../intake/candidate.js';
import { defineCommand, type CommandContext } from '../command.js';
import { option, required } from '../options.js';
import { quoteUserText } from '../sanitize.js';
import { eventHint } from './event.js';

/**
 * Curation: news reports become events only through a curator. `review` lists what waits, `approve`
 * publishes one as an event (validated like every shipped record), `reject` sets one aside for good.
 * Only curators (CURATORS; the console's operator) may use them.
 */

const REVIEW_PAGE = 10;

/** Who decided or proposed, as the store records it: platform and user id, e.g. discord:123. */
const who = (ctx: CommandContext) => `${ctx.caller.platform}:${ctx.caller.userId}`;

/** One candidate as a list item: the reports' own words, attributed, and the machine's reading of them. */
function candidateItem(candidate: Candidate, dossier: Dossier): ReplyItem {
  const names = (ids: readonly string[], find: (id: string) => string | undefined) => ids.map((id) => find(id) ?? id).join(', ') || 'none found';
  const code = CAMEO_CODEBOOK[candidate.code.cameo];
  const outlets = [...new Set(candidate.reports.map((r) => r.outlet))];
  return {
    date: formatDay(candidate.date),
    title: `${candidate.id} · “${candidate.title}” (${outlets.join(', ')})`,
    text:
      `Islands: ${names(candidate.islands, (id) => dossier.islandsById.get(id)?.names.en)}. Actors: ${names(candidate.actors, (id) => dossier.actorsById.get(id)?.name)}. ` +
      `Suggested code: CAMEO ${candidate.code.cameo}${code ? ` (${code.label}, Goldstein ${code.goldstein})` : ''}, ${candidate.code.reason}.`,
    sources: candidate.reports.map((r) => ({ outlet: r.outlet, url: r.url, ...(r.published ? { published: r.published.slice(0, 10) } : {}), title: r.title })),
  };
}

/** The candidate a decision is about, or why there is none to decide. */
async function pendingCandidate(id: string, ctx: CommandContext): Promise<Candidate | Reply> {
  const candidate = await ctx.intake.get(id);
  if (!candidate) return noSuchReport(id);
  if (candidate.status !== 'pending') return alreadyDecided(candidate);
  return candidate;
}

const noSuchReport = (id: string) => errorReply('No such report', `There is no report ${quoteUserText(id, 12)}. /kuril review lists those waiting.`);
const alreadyDecided = (candidate: Candidate) => errorReply('Already decided', `${candidate.id} is already ${candidate.status}.`);

const isCandidate = (found: Candidate | Reply): found is Candidate => 'reports' in found;

export const review = defineCommand({
  name: 'review',
  description: 'News reports waiting for a curator, newest first (curators only)',
  options: { page: option.integer('Page of results', 1, 100) },
  examples: ['/kuril review', '/kuril review page:2'],
  visibility: 'ephemeral',
  requires: { right: 'curator', for: 'all' },
  async run(input, ctx) {
    const pending = await ctx.intake.pending();
    if (pending.length === 0) return noticeReply('Nothing to review', 'No news report is waiting for review. New reports arrive with each poll of the feeds.');
    const pages = Math.ceil(pending.length / REVIEW_PAGE);
    const page = input.page ?? 1;
    if (page > pages) return errorReply('No such page', `Page ${page} is past the end: ${pending.length} reports wait, on ${pages} page${pages === 1 ? '' : 's'}.`);
    const shown = pending.slice((page - 1) * REVIEW_PAGE, page * REVIEW_PAGE);
    return {
      kind: 'list',
      title: 'News reports to review',
      lead: `${pending.length} report${pending.length === 1 ? '' : 's'} waiting, newest first${pages > 1 ? ` (page ${page} of ${pages})` : ''}. The quoted titles are the outlets’ words; an approved event carries your summary.`,
      sections: [
        { heading: 'Waiting', items: shown.map((c) => candidateItem(c, ctx.dossier)) },
        { heading: 'Decide', text: '/kuril approve <id> summary:"one or two sentences of your own" (title:, date:, code:, actors:, islands: to correct the draft) · /kuril reject <id> reason:"…"', items: [] },
      ],
      visibility: 'ephemeral',
      ...(pages > 1 ? { page: { index: page, count: pages } } : {}),
    };
  },
});

export const approve = defineCommand({
  name: 'approve',
  description: 'Publish a news report as an event, with your summary (curators only)',
  options: {
    candidate: required(option.string('The report’s id from /kuril review, e.g. c12', { positional: true, maxLength: 12, placeholder: 'c12' })),
    summary: option.string('One or two sentences in your own words', { maxLength: 450, placeholder: 'text' }),
    title: option.string('The event’s title in English (default: the report’s)', { maxLength: 150, placeholder: 'text' }),
    date: option.string('YYYY, YYYY-MM or YYYY-MM-DD (default: the report’s day)', { maxLength: 21, placeholder: 'YYYY-MM-DD' }),
    code: option.string('CAMEO code, e.g. 111 (default: the suggested one)', { maxLength: 3, placeholder: 'NNN' }),
    actors: option.string('Actors, comma-separated (default: those found)', { maxLength: 300, placeholder: 'names' }),
    islands: option.string('Islands, comma-separated (default: those found)', { maxLength: 200, placeholder: 'names' }),
    verification: option.choice('verified, single-source or unverified (default: by the number of outlets)', ['verified', 'single-source', 'unverified'] as const),
  },
  examples: ['/kuril approve c12 summary:"Japan protested the drills on Iturup."'],
  requires: { right: 'curator', for: 'all' },
  form: {
    title: 'Publish a news report',
    fields: ['summary', 'title', 'date', 'code', 'actors'],
    // The draft as the machine read it; the summary is left for the curator's own words.
    async prefill(input, ctx) {
      const found = await pendingCandidate(input.candidate, ctx);
      if (!isCandidate(found)) return found;
      return { values: { title: found.title, date: found.date, code: found.code.cameo, actors: found.actors.join(', ') } };
    },
  },
  async run(input, ctx) {
    const { candidate: id, ...fields } = input;
    const result = await ctx.intake.approve(id, fields, who(ctx), ctx.now);
    // Another curator decided first (or at the same moment): nothing to fix, nothing published twice.
    if (!result.ok && result.decided) return alreadyDecided(result.decided);
    if (!result.ok) {
      return errorReply(`Not published: ${quoteUserText(id, 12)}`, 'Nothing was published. Fix these and approve again:', result.problems.map((p) => `- ${p}`).join('\n'));
    }
    return noticeReply('Published', `${result.candidate.id} is now event ${result.eventId}. Every running bot serves it within a minute: ${eventHint(result.eventId)}`, 'public');
  },
});

export const reject = defineCommand({
  name: 'reject',
  description: 'Set a news report aside for good (curators only)',
  options: {
    candidate: required(option.string('The report’s id from /kuril review, e.g. c12', { positional: true, maxLength: 12, placeholder: 'c12' })),
    reason: option.string('Why, for the other curators', { maxLength: 300, placeholder: 'text' }),
  },
  examples: ['/kuril reject c12 reason:"not about the islands"'],
  visibility: 'ephemeral',
  requires: { right: 'curator', for: 'all' },
  async run(input, ctx) {
    const candidate = await pendingCandidate(input.candidate, ctx);
    if (!isCandidate(candidate)) return candidate;
    // The store decides once: a curator who approved or rejected it a moment ago wins.
    const decision = await ctx.intake.reject(candidate.id, input.reason, who(ctx), ctx.now);
    if (!decision.ok) return decision.why === 'missing' ? noSuchReport(candidate.id) : alreadyDecided(decision.candidate);
    return noticeReply('Rejected', `${candidate.id} is set aside${input.reason ? `: ${quoteUserText(input.reason, 300)}` : ''}. Its links will not be proposed again.`);
  },
});

export const propose = defineCommand({
  name: 'propose',
  description: 'Suggest a news article for the record; curators review it',
  options: {
    url: required(option.string('The article’s link, http(s)', { positional: true, maxLength: 500, placeholder: 'https://…' })),
    note: option.string('Why it matters, for the curators', { maxLength: 300, placeholder: 'text' }),
  },
  examples: ['/kuril propose https://www.example.com/news/kuril-article note:"new drills"'],
  visibility: 'ephemeral',
  async run(input, ctx) {
    // Each proposal fetches a page: the question limit keeps one person from making the bot fetch at will.
    const verdict = ctx.askLimiter.take(`propose:${who(ctx)}`, ctx.now);
    if (!verdict.ok) return errorReply('Too many proposals', `Please wait ${Math.max(1, Math.ceil(verdict.retryAfterMs / 1000))} seconds and propose again.`);
    const url = input.url.replace(/^<(.*)>$/, '$1');
    if (!/^https?:\/\//i.test(url)) return errorReply('Not a web link', 'Propose an http:// or https:// link to a news article.');
    const result = await ctx.intake.propose(url, input.note, who(ctx), ctx.now);
    if (!result.ok) return errorReply('Not proposed', result.message);
    return noticeReply('Thank you', `Proposed as ${result.candidate.id}: “${result.candidate.title}”. A curator will review it.`);
  },
});
