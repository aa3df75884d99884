import { randomUUID } from 'node:crypto';
import { fixedRights, type Caller, type Right } from '../../src/common/caller.js';
import { createAskLimiter } from '../../src/commands/ask-limiter.js';
import type { CommandContext, CommandLogger } from '../../src/commands/command.js';
import { createDigestService, type DigestRuntime } from '../../src/digests/service.js';
import { createDigestStore } from '../../src/digests/store/open-store.js';
import type { DigestService } from '../../src/digests/types.js';
import type { IntakeService } from '../../src/intake/service.js';
import type { Dossier } from '../../src/dossier/dossier.js';
import type { Logger } from '../../src/logger.js';

/**
 * Command contexts for tests: every field a real context has, with test-sized parts. Commands that
 * touch digests get a real digest service from digest-helpers.ts; the others get `noDigests`, which
 * fails loudly if a command reaches for it.
 */

/** Errors a command logged, so a test can assert on them (and none are lost silently). */
export interface RecordingLogger extends CommandLogger {
  readonly errors: { details: Record<string, unknown>; message: string }[];
}

export function recordingLogger(): RecordingLogger {
  const errors: RecordingLogger['errors'] = [];
  return { errors, error: (details, message) => void errors.push({ details, message }) };
}

/** No news reports waiting, and any decision fails loudly: for commands that do not curate. */
export const noIntake: IntakeService = {
  pending: () => Promise.resolve([]),
  get: () => Promise.resolve(undefined),
  awaitingReview: () => Promise.resolve(0),
  feedHealth: () => Promise.resolve(undefined),
  approve: () => Promise.reject(new Error('this test gave the command no intake service')),
  reject: () => Promise.reject(new Error('this test gave the command no intake service')),
  propose: () => Promise.reject(new Error('this test gave the command no intake service')),
};

export const noDigests: DigestService = new Proxy({} as DigestService, {
  get(_target, property) {
    if (property === 'then') return undefined;
    // No scheduler, so no auth breaker holds anything back (/kuril status asks for operators).
    if (property === 'suspended') return () => [];
    throw new Error(`this test gave the command no digest service, but it used digests.${String(property)}`);
  },
});

/** A caller: the console user unless overridden; `rights` sets what `can` answers. */
export function testCaller(overrides: Partial<Omit<Caller, 'can'>> & { rights?: Partial<Record<Right, boolean>> } = {}): Caller {
  const { rights, ...rest } = overrides;
  return { platform: 'console', userId: 'tester', isDirect: true, can: fixedRights(rights ?? {}), ...rest };
}

export function testContext(dossier: Dossier, now: Date, parts: Partial<Omit<CommandContext, 'dossier' | 'now'>> = {}): CommandContext {
  return {
    now,
    dossier,
    caller: parts.caller ?? testCaller(),
    log: parts.log ?? recordingLogger(),
    askLimiter: parts.askLimiter ?? createAskLimiter(),
    digests: parts.digests ?? noDigests,
    intake: parts.intake ?? noIntake,
  };
}

/**
 * A real digest service on an in-memory SQLite store, with the scheduler left stopped: for adapter
 * tests that need the digest commands to work but deliver nothing. Close it when the test ends.
 */
export async function memoryDigests(dossier: Dossier, log: Logger): Promise<DigestRuntime> {
  const store = await createDigestStore({ url: 'sqlite://:memory:', log, namespace: `test-${randomUUID()}` });
  return createDigestService({ store, dossier: () => dossier, log, defaultTimeZone: 'UTC' });
}
