import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/commands/dispatch.js';
import { formFor, formRequest, type Form } from '../../src/commands/forms.js';
import { commands } from '../../src/commands/registry.js';
import type { Dossier } from '../../src/dossier/dossier.js';
import { loadDossier } from '../../src/dossier/load.js';
import { testCaller, testContext } from '../support/context.js';
import { memoryIntake, type MemoryIntake } from '../support/intake.js';

const NOW = new Date('2026-11-26T09:00:00Z');
let dossier: Dossier;
beforeAll(() => {
  dossier = loadDossier();
});

let open: MemoryIntake | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

const curator = testCaller({ rights: { curator: true } });

describe('forms', () => {
  it('every declared form fits every platform: at most 5 fields, each an option of its command', () => {
    for (const command of commands.filter((c) => c.form)) {
      expect(command.form!.fields.length).toBeLessThanOrEqual(5);
      expect(command.form!.title.length).toBeLessThanOrEqual(24);
      for (const field of command.form!.fields) expect(command.options[field]).toBeDefined();
    }
  });

  it('approve with only the report id shows a form prefilled with the draft; the submitted form publishes', async () => {
    open = await memoryIntake(NOW);
    const ctx = testContext(dossier, NOW, { caller: curator, intake: open.intake });
    const decision = await formFor({ name: 'approve', raw: { candidate: 'c1' } }, ctx);
    const form = (decision as { form: Form }).form;
    expect(form.fields.map((f) => [f.name, f.value])).toEqual([
      ['summary', ''],
      ['title', 'Japan protests Russian artillery drills on Etorofu'],
      ['date', '2026-11-26'],
      ['code', '111'],
      ['actors', 'japan, russia'],
    ]);
    expect(form.fields.find((f) => f.name === 'summary')!.multiline).toBe(true);

    const values = Object.fromEntries(form.fields.map((f) => [f.name, f.value]));
    const request = formRequest(form.id, { ...values, summary: 'Japan protested against Russian artillery drills on Etorofu.' });
    expect(request).toEqual({ name: 'approve', raw: { candidate: 'c1', ...values, summary: 'Japan protested against Russian artillery drills on Etorofu.' } });
    const reply = await runCommand(request!, ctx);
    expect(reply.title).toBe('Published');
    expect(open.events.current().events.some((e) => e.summary === 'Japan protested against Russian artillery drills on Etorofu.')).toBe(true);
  });

  it('no form with options typed, for a non-curator (the refusal), or for a report that does not exist', async () => {
    open = await memoryIntake(NOW);
    const ctx = testContext(dossier, NOW, { caller: curator, intake: open.intake });
    expect(await formFor({ name: 'approve', raw: { candidate: 'c1', summary: 'Mine.' } }, ctx)).toBeUndefined();
    expect(await formFor({ name: 'reject', raw: { candidate: 'c1' } }, ctx)).toBeUndefined();
    const refused = await formFor({ name: 'approve', raw: { candidate: 'c1' } }, testContext(dossier, NOW, { intake: open.intake }));
    expect(refused).toMatchObject({ reply: { kind: 'error', title: 'Not allowed' } });
    expect(await formFor({ name: 'approve', raw: { candidate: 'c99' } }, ctx)).toMatchObject({ reply: { kind: 'error', title: 'No such report' } });
  });

  it('a submission fills only the form’s fields and the positional option; an id naming no form makes no request', () => {
    expect(formRequest('approve?candidate=c1&islands=x', { summary: ' ', title: 'T', verification: 'verified' })).toEqual({ name: 'approve', raw: { candidate: 'c1', title: 'T' } });
    expect(formRequest('reject?candidate=c1', {})).toBeUndefined();
    expect(formRequest('nothing', {})).toBeUndefined();
  });
});
