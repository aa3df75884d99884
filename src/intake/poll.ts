import type { Dossier } from '../dossier/dossier.js';
import { HEALTHY, isDue, recordFailure, recordSuccess, type FeedBackoff } from './backoff.js';
import type { Candidate, NewCandidate, Report } from './candidate.js';
import { clusterItems, type Cluster } from './cluster.js';
import { draftCandidate } from './draft.js';
import { fetchFeed, type FetchFeedOptions } from './fetch-feed.js';
import { parseFeedItems } from './parse-feed.js';
import { detect, isRelevant } from './relevance.js';
import type { CandidateStore, FeedHealth } from './store/candidate-store.js';
import type { Detection, Feed, FeedItem } from './types.js';

/**
 * One poll of every feed: fetch (politely: conditional GET, per-feed backoff), parse, keep the items
 * that concern the dispute and are new (no event cites them, no candidate holds them), and cluster
 * them into candidates; an item that tells the story of a pending candidate joins it as one more
 * source. A feed that fails is reported against that feed and never stops the others.
 */

export interface FeedOutcome {
  readonly feed: Feed;
  readonly status: 'ok' | 'not-modified' | 'error' | 'waiting';
  /** Items in the feed, and of those the ones about the dispute that are new. */
  readonly items: number;
  readonly relevant: number;
  readonly message?: string;
  /** After a failure: when the feed is tried again. */
  readonly retryAt?: string;
}

export interface PollReport {
  readonly feeds: readonly FeedOutcome[];
  /** Candidates made by this poll. */
  readonly created: readonly Candidate[];
  /** Pending candidates that gained sources. */
  readonly grown: readonly Candidate[];
}

/** What a poller remembers between polls, per feed: validators for conditional GET, and backoff. */
export interface FeedState {
  readonly etag?: string;
  readonly lastModified?: string;
  readonly backoff: FeedBackoff;
  readonly lastSuccess?: string;
  readonly lastError?: string;
}

export interface PollOptions {
  readonly feeds: readonly Feed[];
  readonly dossier: Dossier;
  readonly store: CandidateStore;
  readonly now: Date;
  /** Per feed id; updated in place. */
  readonly state: Map<string, FeedState>;
  readonly fetch?: Pick<FetchFeedOptions, 'timeoutMs'>;
  /** Feeds fetched at once. */
  readonly concurrency?: number;
}

export async function pollFeeds(options: PollOptions): Promise<PollReport> {
  const { dossier, store, now, state } = options;
  const outcomes: FeedOutcome[] = [];
  const fresh: FeedItem[] = [];
  // The feeds' new validators and backoff are kept only once the store has taken the items: after a
  // store failure the next poll fetches them again instead of being told "not modified" and losing them.
  const seen = new Map<string, FeedState>();
  const queue = [...options.feeds];
  const worker = async () => {
    for (let feed = queue.shift(); feed; feed = queue.shift()) {
      const { outcome, items } = await pollOne(feed, state.get(feed.id) ?? { backoff: HEALTHY }, now, options.fetch);
      seen.set(feed.id, outcome.state);
      outcomes.push(outcome.report);
      fresh.push(...items);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  const keep = <T>(report: T): T => {
    for (const [id, feedState] of seen) state.set(id, feedState);
    return report;
  };

  // Known: cited by an event, or already held by a candidate (pending, approved or rejected).
  const cited = new Set(dossier.events.flatMap((e) => e.sources.map((s) => s.url).filter((u): u is string => u !== undefined)));
  const unique = [...new Map(fresh.filter((i) => !cited.has(i.url) && !cited.has(i.url.replace(/^http:/, 'https:'))).map((i) => [i.url, i])).values()];
  const known = await store.knownUrls(unique.map((i) => i.url));
  const relevant: { item: FeedItem; detection: Detection }[] = [];
  for (const item of unique) {
    if (known.has(item.url)) continue;
    const detection = detect(dossier, item);
    if (isRelevant(detection)) relevant.push({ item, detection });
  }
  const counts = new Map<string, number>();
  for (const { item } of relevant) counts.set(item.feedId, (counts.get(item.feedId) ?? 0) + 1);

  const byFeed = options.feeds.map((feed) => ({ ...outcomes.find((o) => o.feed.id === feed.id)!, relevant: counts.get(feed.id) ?? 0 }));
  // Nothing new about the dispute (the common case, e.g. every feed answered 304): no clustering to do.
  if (relevant.length === 0) return keep({ feeds: byFeed, created: [], grown: [] });

  // Pending candidates take part as clusters, so a later report of the same story joins its candidate.
  const pending = await store.list('pending');
  const existing = pending.map((c) => candidateCluster(c, (item) => detect(dossier, item)));
  const clusters = clusterItems(dossier, relevant.map((r) => r.item), relevant.map((r) => r.detection), existing);
  const additions: { id: string; reports: Report[] }[] = [];
  const drafts: NewCandidate[] = [];
  clusters.forEach((cluster, index) => {
    if (index < existing.length) {
      const before = pending[index]!;
      const added = cluster.items.filter((item) => !before.reports.some((r) => r.url === item.url));
      if (added.length > 0) additions.push({ id: before.id, reports: added.map(report) });
    } else {
      drafts.push(newCandidate(cluster, now));
    }
  });
  // The store adds each atomically to the candidate as it is now (a curator may have decided it meanwhile).
  const grown: Candidate[] = [];
  for (const { id, reports } of additions) {
    const candidate = await store.addReports(id, reports, now);
    if (candidate?.reports.some((r) => reports.some((added) => added.url === r.url))) grown.push(candidate);
  }
  const created = await store.add(drafts, now);

  return keep({ feeds: byFeed, created, grown });
}

async function pollOne(feed: Feed, previous: FeedState, now: Date, fetchOptions: PollOptions['fetch']): Promise<{ outcome: { report: FeedOutcome; state: FeedState }; items: FeedItem[] }> {
  const base = { feed, items: 0, relevant: 0 };
  if (!isDue(previous.backoff, now)) {
    return { outcome: { report: { ...base, status: 'waiting', ...(previous.backoff.nextAttemptAt ? { retryAt: previous.backoff.nextAttemptAt.toISOString() } : {}) }, state: previous }, items: [] };
  }
  const fail = (message: string) => {
    const backoff = recordFailure(previous.backoff, now);
    const state: FeedState = { ...previous, backoff, lastError: message };
    return { outcome: { report: { ...base, status: 'error' as const, message, ...(backoff.nextAttemptAt ? { retryAt: backoff.nextAttemptAt.toISOString() } : {}) }, state }, items: [] };
  };
  const result = await fetchFeed(feed.url, { previous: { ...(previous.etag ? { etag: previous.etag } : {}), ...(previous.lastModified ? { lastModified: previous.lastModified } : {}) }, ...fetchOptions });
  if (result.status === 'error') return fail(result.message);
  const succeeded: FeedState = { ...previous, backoff: recordSuccess(), lastSuccess: now.toISOString() };
  if (result.status === 'not-modified') return { outcome: { report: { ...base, status: 'not-modified' }, state: succeeded }, items: [] };
  let items: FeedItem[];
  try {
    items = parseFeedItems(result.body, feed, result.finalUrl);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const state: FeedState = { ...succeeded, ...(result.etag ? { etag: result.etag } : {}), ...(result.lastModified ? { lastModified: result.lastModified } : {}) };
  return { outcome: { report: { ...base, status: 'ok', items: items.length }, state }, items };
}

function report(item: FeedItem): Report {
  return {
    url: item.url,
    outlet: item.outlet,
    feedId: item.feedId,
    language: item.language,
    outletType: item.outletType,
    title: item.title.slice(0, 500),
    ...(item.summary ? { summary: item.summary.slice(0, 2_000) } : {}),
    ...(item.published ? { published: item.published } : {}),
  };
}

function candidateCluster(candidate: Candidate, detect: (item: FeedItem) => Detection): Cluster {
  // A proposed link has no outlet type; clustering does not use it.
  const items: FeedItem[] = candidate.reports.map((r) => ({ ...r, outletType: r.outletType ?? 'newspaper' }));
  const detections = items.map(detect);
  const dated = items.map((i) => i.published).filter((p): p is string => p !== undefined).sort();
  return { items, detections, representative: items[0]!, ...(dated[0] ? { first: dated[0] } : {}), ...(dated.at(-1) ? { last: dated.at(-1)! } : {}) };
}

function newCandidate(cluster: Cluster, now: Date): NewCandidate {
  const draft = draftCandidate(cluster, now);
  return {
    date: draft.date,
    title: draft.title.slice(0, 500),
    reports: cluster.items.slice(0, 50).map(report),
    islands: [...draft.islands],
    actors: [...draft.actors],
    code: { cameo: draft.coding.cameo, reason: draft.coding.reason.slice(0, 200) },
  };
}

/** What /kuril status shows of a poll: each feed's last success, and its problem if it failed. */
export function feedHealthOf(report: PollReport, state: ReadonlyMap<string, FeedState>, now: Date): FeedHealth {
  return {
    polledAt: now.toISOString(),
    feeds: report.feeds.map(({ feed, status, message, retryAt }) => {
      const seen = state.get(feed.id);
      return {
        id: feed.id,
        name: feed.name,
        ...(seen?.lastSuccess ? { lastSuccess: seen.lastSuccess } : {}),
        ...((status === 'error' || status === 'waiting') && (message ?? seen?.lastError) ? { problem: (message ?? seen!.lastError!).slice(0, 500) } : {}),
        ...(retryAt ? { retryAt } : {}),
      };
    }),
  };
}
