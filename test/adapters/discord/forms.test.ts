import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { snowflake } from '../../support/fake-discord/index.js';
import { memoryIntake, type MemoryIntake } from '../../support/intake.js';
import { finalReply, NOW, startHarness, textOf, type Harness } from './helpers.js';

/**
 * Forms on Discord: `/kuril approve c1` from a curator opens a modal prefilled with the report's
 * draft; submitting it publishes the event. Through the real discord.js client and the fake Discord,
 * which checks the modal against Discord's limits.
 */

const EPHEMERAL = 64;
let h: Harness;
let intake: MemoryIntake;

beforeAll(async () => {
  intake = await memoryIntake(NOW);
  h = await startHarness({}, { intake: intake.intake, curator: true });
});
afterAll(async () => {
  await h?.stop();
  await intake?.close();
});

interface ModalInput {
  custom_id: string;
  label: string;
  style: number;
  value?: string;
}
const inputsOf = (modal: Record<string, unknown>) => (modal.components as { components: ModalInput[] }[]).map((row) => row.components[0]!);

describe('/kuril approve as a form', () => {
  test('a curator gets a modal prefilled with the draft; submitting it publishes the event', async () => {
    const shown = h.fake.chatInput('approve', { candidate: intake.candidate.id });
    await h.fake.waitFor(() => shown.modal, 5_000, 'the modal');
    expect(shown.callbackType).toBe(9);
    expect(h.fake.messagesOf(shown)).toEqual([]);
    const inputs = inputsOf(shown.modal!);
    expect(inputs.map((i) => [i.custom_id, i.value])).toEqual([
      ['summary', undefined],
      ['title', 'Japan protests Russian artillery drills on Etorofu'],
      ['date', NOW.toISOString().slice(0, 10)],
      ['code', '111'],
      ['actors', 'japan, russia'],
    ]);
    expect(inputs[0]!.style).toBe(2);

    const summary = 'Japan protested against Russian artillery drills on Etorofu.';
    const submitted = h.fake.submitModal(shown, { summary });
    const reply = await finalReply(h.fake, submitted);
    expect(textOf(reply)).toContain('Published');
    expect(Number(reply.object.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(intake.events.current().events.find((e) => e.summary === summary)).toMatchObject({ title: 'Japan protests Russian artillery drills on Etorofu' });
    expect((await intake.intake.get(intake.candidate.id))?.status).toBe('approved');
  });

  test('someone who is not a curator gets the refusal, privately, and no modal', async () => {
    const stranger = { ...h.fake.user, id: snowflake(), username: 'stranger' };
    const interaction = h.fake.chatInput('approve', { candidate: 'c1' }, { user: stranger });
    const reply = await finalReply(h.fake, interaction);
    expect(interaction.modal).toBeUndefined();
    expect(textOf(reply)).toContain('Not allowed');
    expect(Number(reply.object.flags) & EPHEMERAL).toBe(EPHEMERAL);
  });

  test('an unknown report gets an error and no modal', async () => {
    const interaction = h.fake.chatInput('approve', { candidate: 'c99' });
    const reply = await finalReply(h.fake, interaction);
    expect(interaction.modal).toBeUndefined();
    expect(textOf(reply)).toContain('No such report');
  });
});
