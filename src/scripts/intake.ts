import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from '../config.js';
import { formatDay } from '../dossier/dates.js';
import { DossierError } from '../dossier/validate.js';
import { openEventSet } from '../intake/event-set.js';
import { FeedsError, loadFeeds } from '../intake/feeds.js';
import { feedHealthOf, pollFeeds, type FeedState } from '../intake/poll.js';
import { intakeNamespace } from '../intake/store/candidate-store.js';
import { openCandidateStore } from '../intake/store/open-intake-store.js';
import { createLogger } from '../logger.js';
import { StoreUnavailableError } from '../store/unavailable.js';

/**
 * `npm run intake`: polls every feed once, prints a line per feed (items and new reports, or the
 * problem) and the new candidates, and exits 0 unless every feed failed.
 */
async function main(): Promise<number> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config;
  let feeds;
  try {
    config = loadConfig();
    feeds = loadFeeds(config.FEEDS_FILE);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof FeedsError) {
      process.stderr.write(`intake: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const store = await openCandidateStore(config.STORE_URL, log, intakeNamespace(config.STORE_NAMESPACE), { timeoutMs: config.STORE_TIMEOUT_MS });
  try {
    const events = await openEventSet({ ...(config.DATA_DIR ? { dataDir: config.DATA_DIR } : {}), store, log });
    const now = new Date();
    const state = new Map<string, FeedState>();
    const report = await pollFeeds({ feeds, dossier: events.current(), store, now, state });
    await store.saveFeedHealth(feedHealthOf(report, state, now));
    const width = Math.max(...feeds.map((f) => f.id.length));
    for (const feed of report.feeds) {
      const what =
        feed.status === 'error' ? `failed: ${feed.message ?? 'unknown problem'}` : feed.status === 'not-modified' ? 'not modified' : `${feed.items} item${feed.items === 1 ? '' : 's'}, ${feed.relevant} new about the dispute`;
      process.stdout.write(`${feed.feed.id.padEnd(width)}  ${what}\n`);
    }
    const failed = report.feeds.filter((f) => f.status === 'error').length;
    process.stdout.write(`\n${report.created.length} new candidate${report.created.length === 1 ? '' : 's'}, ${report.grown.length} with new sources; ${failed} of ${report.feeds.length} feeds failed.\n`);
    for (const c of report.created) {
      process.stdout.write(`${c.id}  ${formatDay(c.date)}  ${c.title}  (${[...new Set(c.reports.map((r) => r.outlet))].join(', ')})\n`);
    }
    if (report.created.length > 0) process.stdout.write('Review them with /kuril review.\n');
    return failed === report.feeds.length && feeds.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof DossierError) {
      process.stderr.write(`intake: ${error.message}\n`);
      return 1;
    }
    // Nothing of the poll was kept (the feeds' validators neither): run it again once the store answers.
    if (error instanceof StoreUnavailableError) {
      process.stderr.write(`intake: ${error.message}; nothing was kept, run it again later.\n`);
      return 1;
    }
    throw error;
  } finally {
    await store.close();
  }
}

process.exitCode = await main();
