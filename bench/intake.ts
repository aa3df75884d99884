/**
 * `npm run bench:intake`: one poll of 50 news feeds × 100 items by the intake (pollFeeds: fetch,
 * parse, match, cluster, store), against a local feed server on 127.0.0.1.
 *
 * The feeds are generated here (bench/support/synthetic-feeds.ts): RSS 2.0, Atom and RDF, en/ja/ru,
 * 10% of the items headlines about the dispute from the labelled intake set, reported by several
 * outlets over one week. Each round polls all 50 feeds into a fresh in-memory SQLite candidate store
 * with no feed state, so every round does the whole work; then polls them again with the state kept,
 * which the server answers with 304s (the conditional poll every later round of the bot makes). In
 * the same rounds, as baselines, it fetches the 50 feeds with fetchFeed alone (no parsing, no
 * matching), first plainly and then with the ETags, at the same concurrency: the difference is what
 * parsing, matching, clustering and storing add. The server runs in this process, so its work is in
 * every figure alike. Memory: peak RSS of the process (getrusage), peak heap sampled every 5 ms.
 *
 * Options (environment): BENCH_RUNS (rounds after one warm-up round, default 5).
 */
import { cpus, loadavg } from 'node:os';
import { fetchFeed, type FetchFeedResult } from '../src/intake/fetch-feed.js';
import { openEventSet } from '../src/intake/event-set.js';
import { pollFeeds, type FeedState, type PollReport } from '../src/intake/poll.js';
import { openCandidateStore } from '../src/intake/store/open-intake-store.js';
import type { Feed } from '../src/intake/types.js';
import { startFeedHost } from './support/feed-host.js';
import { syntheticFeeds } from './support/synthetic-feeds.js';
import { mib, percentile, printTable } from './stats.js';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 5);
const FEEDS = 50;
const ITEMS_PER_FEED = 100;
/** pollFeeds' default, which the bot's poller uses; the fetch-only baseline uses it too. */
const CONCURRENCY = 4;
const WEEK_START = new Date('2026-02-14T00:00:00Z');
const NOW = new Date('2026-02-21T09:00:00Z');
/** The conditional poll comes one poll interval later. */
const LATER = new Date(NOW.getTime() + 15 * 60_000);

const quietLog = {
  info: () => {},
  error: (details: object, message: string) => process.stderr.write(`error: ${message} ${JSON.stringify(details)}\n`),
};

const documents = syntheticFeeds({ feeds: FEEDS, itemsPerFeed: ITEMS_PER_FEED, relevantShare: 0.1, weekStart: WEEK_START });
const host = await startFeedHost(documents);
const feeds: Feed[] = documents.map((d) => ({ ...d.feed, url: `${host.origin}${d.path}` }));
const totalItems = documents.reduce((sum, d) => sum + d.items, 0);
const relevantItems = documents.reduce((sum, d) => sum + d.relevant, 0);
const feedBytes = documents.reduce((sum, d) => sum + Buffer.byteLength(d.body), 0);

const eventStore = await openCandidateStore('sqlite://:memory:', quietLog);
const dossier = (await openEventSet({ store: eventStore, log: quietLog })).current();

let peakHeap = 0;
const sampleHeap = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
const sampler = setInterval(sampleHeap, 5);
const setup = process.memoryUsage();

/** fetchFeed alone over every feed, `CONCURRENCY` at a time, as pollFeeds fetches them. */
async function fetchAll(etags?: ReadonlyMap<string, FeedState>): Promise<FetchFeedResult[]> {
  const queue = [...feeds];
  const results: FetchFeedResult[] = [];
  const worker = async () => {
    for (let feed = queue.shift(); feed; feed = queue.shift()) {
      const etag = etags?.get(feed.id)?.etag;
      results.push(await fetchFeed(feed.url, etag ? { previous: { etag } } : {}));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return results;
}

interface Round {
  /** Wall time of each step, in the order of `steps` below. */
  readonly ms: number[];
  readonly full: PollReport;
  readonly conditional: PollReport;
}

/** A round: the four steps timed one after another, so a busy machine slows all of them alike. */
async function round(): Promise<Round> {
  const ms: number[] = [];
  const timed = async <T>(work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    ms.push(performance.now() - started);
    sampleHeap();
    return result;
  };

  const fetched = await timed(() => fetchAll());
  check(fetched.every((r) => r.status === 'ok'), 'the fetch-only baseline got a feed other than 200');

  const store = await openCandidateStore('sqlite://:memory:', quietLog);
  await store.version(); // the store is open and its table made before the clock starts
  const state = new Map<string, FeedState>();
  try {
    const full = await timed(() => pollFeeds({ feeds, dossier, store, now: NOW, state, concurrency: CONCURRENCY }));
    check(full.feeds.every((f) => f.status === 'ok') && full.feeds.reduce((n, f) => n + f.items, 0) === totalItems, 'the full poll did not read every item of every feed');
    check(full.created.length > 0, 'the full poll made no candidates');

    const revalidated = await timed(() => fetchAll(state));
    check(revalidated.every((r) => r.status === 'not-modified'), 'the conditional fetch-only baseline got a feed other than 304');

    const conditional = await timed(() => pollFeeds({ feeds, dossier, store, now: LATER, state, concurrency: CONCURRENCY }));
    check(conditional.feeds.every((f) => f.status === 'not-modified'), 'the conditional poll got a feed other than 304');
    return { ms, full, conditional };
  } finally {
    await store.close();
  }
}

function check(ok: boolean, problem: string): void {
  if (!ok) throw new Error(`bench:intake: ${problem}`);
}

console.log(
  `Kuril Brief news-intake benchmark: ${FEEDS} feeds × ${ITEMS_PER_FEED} items (RSS 2.0, Atom, RDF; en/ja/ru; ${relevantItems} of ${totalItems} about the dispute; ${mib(feedBytes)} of XML) on 127.0.0.1, ` +
    `${RUNS} rounds after one warm-up round, concurrency ${CONCURRENCY}, Node ${process.version}, ${cpus().length} CPUs`,
);
await round(); // warm-up: JIT, the matcher's patterns, the HTTP connections
const rounds: Round[] = [];
for (let i = 0; i < RUNS; i++) rounds.push(await round());
clearInterval(sampler);
await eventStore.close();
await host.close();

const steps = ['fetch only, 50 × 200 (baseline)', 'pollFeeds, fresh store', 'fetch only, 50 × 304 (baseline)', 'pollFeeds again, state kept (304s)'];
const summaries = steps.map((_, step) => {
  const times = rounds.map((r) => r.ms[step]!).sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), min: times[0]! };
});
const fixed = (n: number) => `${n.toFixed(0)} ms`;
const signed = (n: number) => `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(0)} ms`;
const perSecond = (items: number, ms: number) => Math.round((items / ms) * 1000).toLocaleString('en-GB');
const counts = (pick: (r: Round) => PollReport) => {
  const made = new Set(rounds.map((r) => pick(r).created.length));
  const grown = new Set(rounds.map((r) => pick(r).grown.length));
  return `${[...made].join('/')} made, ${[...grown].join('/')} grown`;
};
const full = summaries[1]!;
const conditional = summaries[3]!;
printTable(
  ['step', 'p50', 'p95', 'min', 'p50 over its baseline', 'items/s (p50)', 'candidates'],
  [
    [steps[0]!, fixed(summaries[0]!.p50), fixed(summaries[0]!.p95), fixed(summaries[0]!.min), '–', perSecond(totalItems, summaries[0]!.p50), '–'],
    [steps[1]!, fixed(full.p50), fixed(full.p95), fixed(full.min), signed(full.p50 - summaries[0]!.p50), perSecond(totalItems, full.p50), counts((r) => r.full)],
    [steps[2]!, fixed(summaries[2]!.p50), fixed(summaries[2]!.p95), fixed(summaries[2]!.min), '–', '–', '–'],
    [steps[3]!, fixed(conditional.p50), fixed(conditional.p95), fixed(conditional.min), signed(conditional.p50 - summaries[2]!.p50), '–', counts((r) => r.conditional)],
  ],
);
const peakRss = process.resourceUsage().maxRSS * 1024;
const kept = new Set(rounds.map((r) => r.full.feeds.reduce((n, f) => n + f.relevant, 0)));
console.log(`\nKept by the full poll as about the dispute: ${[...kept].join('/')} of ${totalItems} items (${relevantItems} have a headline labelled relevant).`);
console.log(`The conditional poll takes ${((conditional.p50 / full.p50) * 100).toFixed(1)}% of the full poll's time (p50).`);
console.log(`Peak memory: rss ${mib(peakRss)}, heap used ${mib(peakHeap)} (before the first poll: rss ${mib(setup.rss)}, heap used ${mib(setup.heapUsed)}).`);
console.log(`Server answers: ${host.answers.ok} × 200, ${host.answers.notModified} × 304, ${host.answers.notFound} × 404.`);
console.log(`Load average during the run: ${loadavg().map((n) => n.toFixed(2)).join(', ')} on ${cpus().length} CPUs`);
const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
console.log(`\nMeasured with \`BENCH_RUNS=${RUNS} npm run bench:intake\` on ${today}, Node ${process.version}.`);
