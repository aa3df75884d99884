import { describe, expect, it } from 'vitest';
import { sendInteraction, sendSlashCommand, slashCommand, viewSubmission, type FakeUser } from '../../support/fake-slack/index.js';
import { memoryIntake, type MemoryIntake } from '../../support/intake.js';
import { NOW, SIGNING_SECRET, useSlackBot } from '../../support/slack-harness.js';

/**
 * Forms on Slack: `/kuril approve c1` from a curator opens a modal (views.open) prefilled with the
 * report's draft; submitting the view publishes the event and the reply goes to the command's
 * response_url. The real Bolt app, over HTTP and in Socket Mode, against the fake, which checks the
 * trigger and the view.
 */

describe.each(['http', 'socket'] as const)('/kuril approve as a form on Slack (%s)', (mode) => {
  let intake: MemoryIntake;
  let curator: FakeUser;
  const slack = useSlackBot(mode, async (fake) => {
    curator = fake.addUser({ name: 'curator' });
    intake = await memoryIntake(NOW);
    return { env: { CURATORS: `slack:${curator.id}` }, intake: intake.intake, close: () => intake.close() };
  });

  interface InputBlock {
    block_id: string;
    element: { multiline?: boolean; initial_value?: string };
  }

  async function slash(text: string, user: FakeUser, triggerId = slack.fake.triggerId()) {
    const fields = slashCommand(slack.fake, text, { user_id: user.id, user_name: user.name, trigger_id: triggerId });
    if (mode === 'socket') await slack.fake.sendEnvelope('slash_commands', fields);
    else expect((await sendSlashCommand(slack.under.eventsUrl, SIGNING_SECRET, fields)).status).toBe(200);
    return fields;
  }

  async function submit(payload: Record<string, unknown>) {
    if (mode === 'socket') await slack.fake.sendEnvelope('interactive', payload);
    else expect((await sendInteraction(slack.under.eventsUrl, SIGNING_SECRET, payload)).status).toBe(200);
  }

  it('a curator gets a modal prefilled with the draft; submitting it publishes and answers in the channel', async () => {
    const fields = await slash(`approve ${intake.candidate.id}`, curator);
    const opened = await slack.fake.waitFor(() => slack.fake.views.find((v) => v.triggerId === fields.trigger_id), 5_000, 'the modal');
    const blocks = opened.view.blocks as InputBlock[];
    expect(blocks.map((b) => [b.block_id, b.element.initial_value])).toEqual([
      ['summary', undefined],
      ['title', 'Japan protests Russian artillery drills on Etorofu'],
      ['date', NOW.toISOString().slice(0, 10)],
      ['code', '111'],
      ['actors', 'japan, russia'],
    ]);
    expect(blocks[0]!.element.multiline).toBe(true);
    expect(slack.fake.repliesTo(fields.response_url)).toEqual([]);

    const summary = 'Japan protested against Russian artillery drills on Etorofu.';
    await submit(viewSubmission(slack.fake, opened, curator, { summary }));
    const [reply] = await slack.fake.waitForReplies(fields.response_url, 1);
    expect(reply!.responseType).toBe('in_channel');
    expect(JSON.stringify(reply!.blocks)).toContain('Published');
    expect(intake.events.current().events.find((e) => e.summary === summary)).toMatchObject({ title: 'Japan protests Russian artillery drills on Etorofu' });
  });

  it('someone who is not a curator gets the refusal and no modal', async () => {
    const stranger = slack.fake.addUser({ name: 'stranger' });
    const fields = await slash('approve c1', stranger);
    const [reply] = await slack.fake.waitForReplies(fields.response_url, 1);
    expect(reply!.responseType).toBe('ephemeral');
    expect(JSON.stringify(reply!.blocks)).toContain('Not allowed');
    expect(slack.fake.calls('views.open').filter((c) => (c.body as { trigger_id?: string }).trigger_id === fields.trigger_id)).toEqual([]);
  });

  it('an unknown report gets an error and no modal', async () => {
    const fields = await slash('approve c99', curator);
    const [reply] = await slack.fake.waitForReplies(fields.response_url, 1);
    expect(JSON.stringify(reply!.blocks)).toContain('No such report');
    expect(slack.fake.calls('views.open').filter((c) => (c.body as { trigger_id?: string }).trigger_id === fields.trigger_id)).toEqual([]);
  });

  it('a modal Slack refuses (the trigger expired) gets the apology where the command was typed', async () => {
    const { date, title, islands, actors, code } = intake.candidate;
    const reports = intake.candidate.reports.map((r) => ({ ...r, url: `${r.url}-again` }));
    const [waiting] = await intake.store.add([{ date, title, reports, islands, actors, code }], NOW);
    const fields = await slash(`approve ${waiting!.id}`, curator, slack.fake.triggerId(Date.now() - 5_000));
    const [reply] = await slack.fake.waitForReplies(fields.response_url, 1);
    expect(JSON.stringify(reply!.blocks)).toContain('Something went wrong');
    expect(slack.fake.calls('views.open').find((c) => (c.body as { trigger_id?: string }).trigger_id === fields.trigger_id)?.error).toBe('expired_trigger_id');
    expect(slack.under.logs.text).toContain('slack form could not be opened');
  });
});
