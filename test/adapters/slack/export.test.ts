import { expect, it } from 'vitest';
import { sendSlashCommand, slashCommand } from '../../support/fake-slack/index.js';
import { calendarEntries, csvRows } from '../../support/exports.js';
import { realDossier, SIGNING_SECRET, useSlackBot } from '../../support/slack-harness.js';

/**
 * /kuril export end to end on Slack: a signed slash command to the real Bolt app in HTTP mode; the
 * reply goes to the response_url and the file is shared in the channel through the upload API
 * (get an upload URL, send the bytes, complete the upload), each step checked by the fake.
 */
const slack = useSlackBot('http');

async function exportIn(text: string) {
  const fields = slashCommand(slack.fake, text);
  const response = await sendSlashCommand(slack.under.eventsUrl, SIGNING_SECRET, fields);
  expect(response.status).toBe(200);
  const [reply] = await slack.fake.waitForReplies(fields.response_url);
  const [file] = await slack.fake.waitFor(() => (slack.fake.sharedFiles(fields.channel_id).length > 0 ? slack.fake.sharedFiles(fields.channel_id) : undefined), 5_000, 'a shared file');
  return { reply: reply!, file: file! };
}

it('shares the CSV in the channel after the reply, every event of the selection in it', async () => {
  const { reply, file } = await exportIn('export island:Kunashir');
  expect(JSON.stringify(reply.blocks)).toMatch(/\d+ events, concerning Kunashiri \(Кунашир\), oldest first, as CSV\./);
  expect(file).toMatchObject({ filename: 'kuril-events-kunashiri.csv', completed: true });
  const rows = csvRows(file.data!.toString('utf8'));
  expect(rows.map((r) => r.id)).toEqual(realDossier().events.filter((e) => e.islands.includes('kunashiri')).map((e) => e.id));
  expect(rows.every((r) => r.cite === `/kuril event ${r.id}`)).toBe(true);
});

it('shares the calendar as an .ics file a calendar reads', async () => {
  const { file } = await exportIn('export format:ics');
  expect(file.filename).toBe('kuril-calendar.ics');
  expect(calendarEntries(file.data!.toString('utf8')).map((e) => e.uid)).toContain('watch-northern-territories-day@kuril-brief');
});
