import { openEventSet, type EventSet } from '../../src/intake/event-set.js';
import type { Candidate, NewCandidate } from '../../src/intake/candidate.js';
import { createIntakeService, type IntakeService } from '../../src/intake/service.js';
import type { CandidateStore } from '../../src/intake/store/candidate-store.js';
import { openCandidateStore } from '../../src/intake/store/open-intake-store.js';

/**
 * A real intake on an in-memory SQLite store, over the shipped event set, with one news report
 * waiting: for tests that curate through an adapter. Close it when the test ends.
 */
export interface MemoryIntake {
  readonly intake: IntakeService;
  readonly store: CandidateStore;
  readonly events: EventSet;
  /** The report waiting for review (c1). */
  readonly candidate: Candidate;
  close(): Promise<void>;
}

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

export async function memoryIntake(now: Date): Promise<MemoryIntake> {
  const store = await openCandidateStore('sqlite://:memory:', silent, `test-intake-${Math.random().toString(36).slice(2)}`);
  const events = await openEventSet({ store, log: silent });
  const [candidate] = await store.add(
    [
      {
        date: now.toISOString().slice(0, 10),
        title: 'Japan protests Russian artillery drills on Etorofu',
        reports: [
          { url: 'https://news.example.com/drills', outlet: 'Example Wire', feedId: 'wire', language: 'en', outletType: 'wire', title: 'Japan protests Russian artillery drills on Etorofu' },
          { url: 'https://paper.example.org/drills', outlet: 'Example Paper', feedId: 'paper', language: 'en', outletType: 'newspaper', title: 'Tokyo protests drills on Etorofu' },
        ],
        islands: ['etorofu'],
        actors: ['japan', 'russia'],
        code: { cameo: '111', reason: 'the title says "protests"' },
      },
    ],
    now,
  );
  return {
    intake: createIntakeService(store, events),
    store,
    events,
    candidate: candidate!,
    async close() {
      events.stop();
      await store.close();
    },
  };
}

/** A news report of a candidate, at a URL made from `slug`. */
export function testReport(slug: string, outlet = 'Example Wire'): Candidate['reports'][number] {
  return { url: `https://news.example.com/${slug}`, outlet, feedId: 'wire', language: 'en', outletType: 'wire', title: `Report ${slug} on the southern Kurils` };
}

/** A candidate before the store gives it an id: one story, reported at the URLs made from `slugs`. */
export function testDraft(...slugs: string[]): NewCandidate {
  return {
    date: '2026-03-08',
    title: `Japan protests drills on Etorofu (${slugs[0] ?? 'story'})`,
    reports: slugs.map((slug) => testReport(slug)),
    islands: ['etorofu'],
    actors: ['japan', 'russia'],
    code: { cameo: '111', reason: 'the title says "protests"' },
  };
}
