import type { Dossier } from '../dossier/dossier.js';
import type { RawDossier } from '../dossier/validate.js';
import { approvalRecord, type ApprovalFields } from './approve.js';
import type { Candidate } from './candidate.js';
import type { CandidateStore } from './store/candidate-store.js';

/**
 * What the curation commands need from the intake: the candidates, the decisions, proposals.
 * Implemented over the candidate store and the live event set.
 */
export interface IntakeService {
  /** Pending candidates, newest first. */
  pending(): Promise<Candidate[]>;
  get(id: string): Promise<Candidate | undefined>;
  /** Publishes the candidate as an event record, or names what is missing or invalid (nothing is published then). */
  approve(id: string, fields: ApprovalFields, by: string, now: Date): Promise<{ ok: true; candidate: Candidate; eventId: string } | { ok: false; problems: readonly string[] }>;
  reject(id: string, reason: string | undefined, by: string, now: Date): Promise<Candidate>;
  /** Pending candidates whose date is on or after a day (the trend counts those of its window). */
  awaitingReview(fromDay: string): Promise<number>;
}

export interface EventSetView {
  /** The event set served now (shipped files and approved events). */
  current(): Dossier;
  /** The files it was built from, for checking a new record against the whole set. */
  raw(): RawDossier;
  /** Rebuilds at once (after an approval here; other instances notice within their poll). */
  reload(): Promise<void>;
}

export function createIntakeService(store: CandidateStore, events: EventSetView): IntakeService {
  return {
    pending: () => store.list('pending'),
    get: (id) => store.get(id.trim().toLowerCase()),

    async approve(id, fields, by, now) {
      const candidate = await store.get(id.trim().toLowerCase());
      if (!candidate) return { ok: false, problems: [`there is no candidate ${id}`] };
      if (candidate.status !== 'pending') return { ok: false, problems: [`${candidate.id} is already ${candidate.status}`] };
      const approval = approvalRecord(candidate, fields, events.current(), events.raw(), now);
      if (!approval.ok) return approval;
      const decided = await store.approve(candidate.id, approval.record, by, now);
      await events.reload();
      return { ok: true, candidate: decided, eventId: approval.record.id };
    },

    async reject(id, reason, by, now) {
      return store.reject(id.trim().toLowerCase(), reason, by, now);
    },

    async awaitingReview(fromDay) {
      return (await store.list('pending')).filter((c) => c.date >= fromDay).length;
    },
  };
}
