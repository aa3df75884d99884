import { findActor, findIsland } from '../briefings/lookup.js';
import { isoDay } from '../dossier/dates.js';
import type { Dossier } from '../dossier/dossier.js';
import { CAMEO_CODEBOOK } from '../dossier/codebook.js';
import { eventRecord, type EventKind } from '../dossier/schema.js';
import { buildDossier, formatIssue, type RawDossier } from '../dossier/validate.js';
import { verificationOf } from '../dossier/verification.js';
import type { Candidate } from './candidate.js';

/**
 * Approving a candidate: its draft and the curator's fields become an event record, checked by the
 * same schema and cross-reference checks as the shipped records. Nothing is published unless the
 * whole record is valid; otherwise each problem is named by its field.
 */

export interface ApprovalFields {
  readonly title?: string;
  /** The curator's own words: one or two sentences. The feeds' text is theirs, not ours. */
  readonly summary?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; the draft's day by default. */
  readonly date?: string;
  /** A CAMEO code from the codebook; the suggested one by default. */
  readonly code?: string;
  /** Actor and island names or ids, comma-separated; the detected ones by default. */
  readonly actors?: string;
  readonly islands?: string;
  readonly verification?: 'verified' | 'single-source' | 'unverified';
}

export type Approval = { readonly ok: true; readonly record: Record<string, unknown> & { id: string } } | { readonly ok: false; readonly problems: readonly string[] };

/** The event kind a CAMEO code stands for (by code, then by its root). */
const KIND_BY_CODE: Readonly<Record<string, EventKind>> = { '036': 'talks', '042': 'visit', '043': 'visit', '050': 'talks', '057': 'treaty', '114': 'protest' };
function kindOf(cameo: string): EventKind {
  const known = KIND_BY_CODE[cameo];
  if (known) return known;
  const root = Number(cameo.slice(0, 2));
  if (root >= 15) return root === 16 ? 'sanctions' : 'military';
  if (root >= 11 && root <= 13) return 'protest';
  if (root >= 3 && root <= 6) return 'talks';
  return 'statement';
}

/** A record id: the date and the title's words, lower case, e.g. 2026-12-01-japan-protests-drills-on-iturup. */
function recordId(date: string, title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 8)
    .join('-');
  return `${date}-${words}`.replace(/-+$/, '');
}

const list = (text: string) => text.split(',').map((part) => part.trim()).filter(Boolean);

export function approvalRecord(candidate: Candidate, fields: ApprovalFields, dossier: Dossier, raw: RawDossier, now: Date): Approval {
  const problems: string[] = [];
  const title = (fields.title ?? candidate.title).trim();
  if (!/[A-Za-z]/.test(title)) problems.push('title: the reports’ title is not in English; give title: in English');
  const summary = fields.summary?.trim();
  if (!summary) problems.push('summary: is required, one or two sentences in your own words (the feeds’ text is theirs)');
  const cameo = fields.code ?? candidate.code.cameo;
  const coding = CAMEO_CODEBOOK[cameo];
  if (!coding) problems.push(`code: "${cameo}" is not in the codebook (src/dossier/codebook.ts)`);

  const resolve = (names: string | undefined, detected: readonly string[], find: (text: string) => { id: string } | undefined, field: string) => {
    if (names === undefined) return [...detected];
    return list(names).flatMap((name) => {
      const found = find(name);
      if (!found) problems.push(`${field}: no ${field === 'actors' ? 'actor' : 'island'} called "${name}" is on record`);
      return found ? [found.id] : [];
    });
  };
  const actors = resolve(fields.actors, candidate.actors, (t) => findActor(dossier, t), 'actors');
  const islands = resolve(fields.islands, candidate.islands, (t) => findIsland(dossier, t), 'islands');
  if (problems.length > 0) return { ok: false, problems };

  const date = fields.date ?? candidate.date;
  const sources = candidate.reports.map((r) => ({
    outlet: r.outlet,
    // The event set cites https links; every outlet in the default feed list serves https.
    url: r.url.replace(/^http:\/\//, 'https://'),
    ...(r.published ? { published: r.published.slice(0, 10) } : {}),
    title: r.title,
  }));
  const record = {
    id: recordId(date.slice(0, 10), title),
    date,
    kind: kindOf(cameo),
    title,
    summary,
    actors,
    islands,
    coding: { cameo, goldstein: coding!.goldstein, plover: coding!.plover },
    sources,
    // The same written rule events:check applies (docs/events.md), so an approved record passes it.
    verification: fields.verification ?? verificationOf({ actors, sources }, dossier).label,
    recorded: isoDay(now),
  };
  const parsed = eventRecord.safeParse(record);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  // The cross-reference checks (known actors and islands, no duplicate id) run on the whole set.
  try {
    buildDossier({ ...raw, events: [...raw.events, { file: 'the approval', data: [record] }] });
  } catch (error) {
    const issues = (error as { issues?: { file: string }[] }).issues?.filter((i) => i.file === 'the approval');
    if (issues?.length) return { ok: false, problems: issues.map((i) => formatIssue(i as Parameters<typeof formatIssue>[0]).replace(/^the approval, record "[^"]*", /, '')) };
    throw error;
  }
  return { ok: true, record };
}
