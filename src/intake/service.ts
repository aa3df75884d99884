import type { Dossier } from '../dossier/dossier.js';
import type { RawDossier } from '../dossier/validate.js';
import { approvalRecord, type ApprovalFields } from './approve.js';
import type { Candidate } from './candidate.js';
import { suggestCoding } from './coding.js';
import { fetchFeed, type FetchFeedResult } from './fetch-feed.js';
import { pageMeta } from './page-meta.js';
import { detect } from './relevance.js';
import type { CandidateStore, Decision, FeedHealth } from './store/candidate-store.js';

export type { Decision } from './store/candidate-store.js';

export type Approved = { readonly ok: true; readonly candidate: Candidate; readonly eventId: string };
/** Not published: what to fix, and when someone decided first, how the candidate was decided. */
export type NotApproved = { readonly ok: false; readonly problems: readonly string[]; readonly decided?: Candidate };

/**
 * What the curation commands need from the intake: the candidates, the decisions, proposals.
 * Implemented over the candidate store and the live event set.
 */
export interface IntakeService {
  /** Pending candidates, newest first. */
  pending(): Promise<Candidate[]>;
  get(id: string): Promise<Candidate | undefined>;
  /**
   * Publishes the candidate as an event record, or names what is missing or invalid (nothing is
   * published then). Applied once: when two curators approve at once, the second learns it is
   * `decided` already (and how).
   */
  approve(id: string, fields: ApprovalFields, by: string, now: Date): Promise<Approved | NotApproved>;
  /** Sets a pending candidate aside, once; otherwise says why not (no such candidate, decided already). */
  reject(id: string, reason: string | undefined, by: string, now: Date): Promise<Decision>;
  /** Pending candidates whose date is on or after a day (the trend counts those of its window). */
  awaitingReview(fromDay: string): Promise<number>;
  /** How the feeds fared at the last poll, if any poll has run against this store. */
  feedHealth(): Promise<FeedHealth | undefined>;
  /** A link anyone may suggest: fetched (public addresses only), read for its title and date, and queued for curators. */
  propose(url: string, note: string | undefined, by: string, now: Date): Promise<{ ok: true; candidate: Candidate } | { ok: false; message: string }>;
}

export interface EventSetView {
  /** The event set served now (shipped files and approved events); a property, so it can be handed on as a getter. */
  readonly current: () => Dossier;
  /** The files it was built from, for checking a new record against the whole set. */
  raw(): RawDossier;
  /** Rebuilds at once (after an approval here; other instances notice within their poll). */
  reload(): Promise<void>;
}

export interface IntakeServiceOptions {
  /** Fetches a proposed page (tests point it at a local server and its own address check). */
  readonly fetchPage?: (url: string) => Promise<FetchFeedResult>;
}

export function createIntakeService(store: CandidateStore, events: EventSetView, options: IntakeServiceOptions = {}): IntakeService {
  const fetchPage = options.fetchPage ?? ((url: string) => fetchFeed(url, { publicOnly: true, expect: 'page' }));
  return {
    pending: () => store.list('pending'),
    get: (id) => store.get(id.trim().toLowerCase()),

    async approve(id, fields, by, now) {
      const candidate = await store.get(id.trim().toLowerCase());
      if (!candidate) return { ok: false, problems: [`there is no candidate ${id}`] };
      if (candidate.status !== 'pending') return { ok: false, problems: [`${candidate.id} is already ${candidate.status}`], decided: candidate };
      const approval = approvalRecord(candidate, fields, events.current(), events.raw(), now);
      if (!approval.ok) return approval;
      const decision = await store.approve(candidate.id, approval.record, by, now);
      if (!decision.ok) {
        if (decision.why === 'missing') return { ok: false, problems: [`there is no candidate ${id}`] };
        if (decision.why === 'decided') return { ok: false, problems: [`${candidate.id} is already ${decision.candidate.status}`], decided: decision.candidate };
        return { ok: false, problems: [`title: an event ${approval.record.id} was published meanwhile; give this one a title of its own`] };
      }
      await events.reload();
      return { ok: true, candidate: decision.candidate, eventId: approval.record.id };
    },

    reject: (id, reason, by, now) => store.reject(id.trim().toLowerCase(), reason, by, now),

    async propose(url, note, by, now) {
      const known = await store.knownUrls([url]);
      if (known.size > 0) return { ok: false, message: 'That link has been proposed or reported before; curators have it already.' };
      if (events.current().events.some((e) => e.sources.some((s) => s.url === url))) return { ok: false, message: 'That link is already a source of an event on record.' };
      const page = await fetchPage(url);
      if (page.status !== 'ok') return { ok: false, message: page.status === 'error' ? `Could not read that link: ${page.message.replace(/\.$/, '')}.` : 'Could not read that link.' };
      const meta = pageMeta(page.body);
      if (!meta.title) return { ok: false, message: 'That page has no title to go by; propose the article itself.' };
      const item = { title: meta.title, ...(meta.published ? { published: meta.published } : {}) };
      const detection = detect(events.current(), item);
      const host = new URL(page.finalUrl).hostname.replace(/^www\./, '');
      const language = /[\u3040-\u30ff\u4e00-\u9fff]/.test(meta.title) ? 'ja' : /[\u0400-\u04ff]/.test(meta.title) ? 'ru' : 'en';
      const coding = suggestCoding([meta.title]);
      const [candidate] = await store.add(
        [
          {
            date: (meta.published ?? now.toISOString()).slice(0, 10),
            title: meta.title,
            reports: [{ url: page.finalUrl, outlet: meta.siteName ?? host, feedId: 'proposed', language, title: meta.title, ...(meta.published ? { published: meta.published } : {}) }],
            islands: [...detection.islands],
            actors: [...detection.actors],
            code: { cameo: coding.cameo, reason: coding.reason.slice(0, 200) },
            proposed: { by, ...(note ? { note } : {}) },
          },
        ],
        now,
      );
      // Another process took the link between the check above and now.
      if (!candidate) return { ok: false, message: 'That link has been proposed or reported before; curators have it already.' };
      return { ok: true, candidate };
    },

    feedHealth: () => store.feedHealth(),

    async awaitingReview(fromDay) {
      return (await store.list('pending')).filter((c) => c.date >= fromDay).length;
    },
  };
}
