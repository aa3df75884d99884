import type { Dossier } from './dossier.js';
import type { DossierIssue } from './validate.js';
import { stateOf, verificationOf } from './verification.js';

/**
 * What `npm run events:check` asks of a set beyond loading it: every cited outlet is in
 * outlets.yaml, every verification label follows the rule (verification.ts), and each side's position
 * rests on that side's own statements. The bot itself loads a set that fails these (a curator's
 * approved event from a new outlet still reaches users); the check is where they are refused.
 */
export function auditDossier(dossier: Dossier, files: { readonly dossier: string; readonly outlets: string }): DossierIssue[] {
  const issues: DossierIssue[] = [];
  for (const event of dossier.events) {
    const at = (field: string, message: string) => issues.push({ file: event.file, record: event.id, field, message });
    event.sources.forEach((source, i) => {
      if (source.url && !dossier.outlets.find(source.outlet)) {
        at(`sources.${i}.outlet`, `the outlet "${source.outlet}" is not in ${files.outlets} (add it with its type, country and tie to a state)`);
      }
    });
    const verdict = verificationOf(event, dossier);
    if (verdict.label !== event.verification) {
      at('verification', `must be "${verdict.label}": ${verdict.reason} (verified needs two independent outlets or one primary official source)`);
    }
  }

  const sides = { japan: new Set(['japan']), russia: new Set(['russia', 'ussr']) } as const;
  for (const side of ['japan', 'russia'] as const) {
    const position = dossier.positions[side];
    position.basis.forEach((id, i) => {
      const event = dossier.eventsById.get(id);
      const speaker = event?.actors[0];
      if (speaker && !sides[side].has(stateOf(speaker, dossier.actorsById))) {
        issues.push({ file: files.dossier, field: `positions.${side}.basis.${i}`, message: `"${id}" is not an act or statement of ${side === 'japan' ? 'Japan' : 'Russia'}: a position rests on that side's own words` });
      }
    });
    position.sources.forEach((source, i) => {
      const outlet = dossier.outlets.find(source.outlet);
      if (outlet?.type !== 'government' || !sides[side].has(stateOf(outlet.speaksFor!, dossier.actorsById))) {
        issues.push({ file: files.dossier, field: `positions.${side}.sources.${i}`, message: `"${source.outlet}" is not ${side === 'japan' ? "Japan's" : "Russia's"} government: cite the side's own official statement here` });
      }
    });
  }
  return issues;
}
