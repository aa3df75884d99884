import { afterEach, describe, expect, it } from 'vitest';
import { createMemorySender } from '../support/memory-sender.js';
import { mayManage } from '../../src/commands/kuril/digest.js';
import { testCaller } from '../support/context.js';
import { digestCommands, discordChannel, manager, member, subscription } from '../support/digest-helpers.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const NOW = new Date('2026-02-20T12:00:00Z');

const setup = () => digestCommands(cleanups, NOW);

describe('/kuril digest commands', () => {
  it('subscribes a channel with a time and zone, and shows the status line to anyone', async () => {
    const { run } = await setup();
    const reply = await run('/kuril subscribe time:08:30 tz:Asia/Tokyo', manager());
    expect(reply.title).toBe('This channel now gets a daily digest');
    expect(reply.visibility).toBe('public');
    expect(reply.lead).toBe('Daily at 08:30 (Asia/Tokyo) · next: Saturday 21 February 2026 at 08:30 · sent every day, even with nothing new.');

    const status = await run('/kuril subscribe', member());
    expect(status.title).toBe('Daily digest for this channel');
    expect(status.visibility).toBe('ephemeral');
    expect(status.lead).toContain('Daily at 08:30 (Asia/Tokyo)');
  });

  it('subscribes with the defaults (09:00, TZ_DEFAULT) when a manager gives no options, and stores the subscriber', async () => {
    const { run, digests } = await setup();
    const reply = await run('/kuril subscribe', manager('slack', 'C1', 'U-SUB'));
    expect(reply.title).toBe('This channel now gets a daily digest');
    expect(reply.lead).toMatch(/^Daily at 09:00 \(UTC\) · next: Saturday 21 February 2026 at 09:00/);
    const stored = await digests.get({ platform: 'slack', channelId: 'C1' });
    expect(stored).toMatchObject({ subscribedBy: 'U-SUB', time: '09:00', tz: 'UTC', quiet: 'send', paused: false, workspaceId: 'w-1' });
  });

  it('rejects an unknown zone or a bad time with a clear reply', async () => {
    const { run } = await setup();
    const zone = await run('/kuril subscribe tz:Mars/Olympus_Mons', manager());
    expect(zone.kind).toBe('error');
    expect(zone.lead).toContain('is not a known time zone');
    const time = await run('/kuril subscribe time:25:00', manager());
    expect(time.kind).toBe('error');
    expect(time.lead).toContain('must be a time HH:MM');
    const quiet = await run('/kuril subscribe quiet:sometimes', manager());
    expect(quiet.lead).toContain('must be one of: send, skip');
  });

  it('refuses to change a digest in a direct message or the console; preview shows the defaults there', async () => {
    const { run } = await setup();
    const dm = testCaller({ platform: 'discord', userId: 'u1', isDirect: true, rights: { manageChannel: true } });
    const consoleCaller = testCaller({ platform: 'console', userId: 'console', isDirect: true, rights: { manageChannel: true } });
    for (const caller of [dm, consoleCaller]) {
      for (const line of ['/kuril subscribe', '/kuril unsubscribe', '/kuril pause', '/kuril resume']) {
        const reply = await run(line, caller);
        expect(reply.title, line).toBe('Only in a channel');
        expect(reply.visibility).toBe('ephemeral');
      }
      const preview = await run('/kuril preview', caller);
      expect(preview.kind).toBe('briefing');
      expect(preview.visibility).toBe('ephemeral');
      expect(preview.footer).toMatch(/^Preview of the digest due Saturday 21 February 2026 at 09:00 \(UTC\) \(for a channel subscribed now with the defaults\), shown only to you/);
    }
  });

  it('refuses members without the right to manage the channel, saying who may', async () => {
    const { run, store } = await setup();
    const discordRefusal = await run('/kuril subscribe time:07:00', member('discord'));
    expect(discordRefusal.kind).toBe('error');
    expect(discordRefusal.visibility).toBe('ephemeral');
    expect(discordRefusal.lead).toContain('Manage Channels or Manage Server');
    // A rights lookup that fails counts as no.
    const unknown = await run('/kuril subscribe', { ...member('discord'), can: () => Promise.reject(new Error('lookup failed')) });
    expect(unknown.lead).toContain('Manage Channels or Manage Server');
    expect(await store.getSubscription(discordChannel('chan-1'))).toBeUndefined();

    await run('/kuril subscribe', manager('discord'));
    for (const line of ['/kuril pause', '/kuril resume', '/kuril unsubscribe', '/kuril subscribe quiet:skip']) {
      expect((await run(line, member('discord'))).title, line).toBe('Not allowed');
    }
    const slackRefusal = await run('/kuril subscribe', member('slack', 'C9'));
    expect(slackRefusal.lead).toBe('Only workspace admins and owners, or the person who subscribed this channel can change this channel’s daily digest.');
  });

  it('lets the Slack user who subscribed a channel manage it, and nobody else without admin rights', async () => {
    const { run, digests } = await setup();
    const slackAdmin = manager('slack', 'C2', 'U-ADMIN');
    await digests.subscribe({ platform: 'slack', channelId: 'C2' }, {}, { ...slackAdmin, userId: 'U-SUB' }, NOW);
    expect((await run('/kuril pause', member('slack', 'C2', 'U-SUB'))).title).toBe('Daily digest paused');
    expect((await run('/kuril resume', member('slack', 'C2', 'U-OTHER'))).title).toBe('Not allowed');
    expect((await run('/kuril resume', slackAdmin)).title).toBe('Daily digest resumed');
    // the rule itself
    const sub = subscription({ platform: 'slack', channelId: 'C2' }, { subscribedBy: 'U-SUB' });
    expect(await mayManage(member('slack', 'C2', 'U-SUB'), sub)).toBe(true);
    expect(await mayManage(member('discord', 'C2', 'U-SUB'), { ...sub, platform: 'discord' })).toBe(false);
    expect(await mayManage(member('slack', 'C2', 'U-X'), sub)).toBe(false);
    expect(await mayManage(manager('discord'), undefined)).toBe(true);
  });

  it('pauses, resumes, updates and unsubscribes', async () => {
    const { run, digests } = await setup();
    await run('/kuril subscribe time:18:00 tz:Europe/Berlin', manager());
    const paused = await run('/kuril pause', manager());
    expect(paused.title).toBe('Daily digest paused');
    expect(paused.lead).toBe('Daily at 18:00 (Europe/Berlin) · paused: /kuril resume restarts it · sent every day, even with nothing new.');
    expect((await run('/kuril pause', manager())).title).toBe('Already paused');
    const resumed = await run('/kuril resume', manager(), new Date('2026-02-20T18:30:00Z'));
    expect(resumed.title).toBe('Daily digest resumed');
    expect(resumed.lead).toContain('next: Saturday 21 February 2026 at 18:00');
    expect((await run('/kuril resume', manager())).title).toBe('Not paused');

    const updated = await run('/kuril subscribe quiet:skip', manager());
    expect(updated.title).toBe('Daily digest updated');
    expect(updated.lead).toContain('Daily at 18:00 (Europe/Berlin)');
    expect(updated.lead).toContain('days with nothing new are skipped');

    const gone = await run('/kuril unsubscribe', manager());
    expect(gone.title).toBe('Daily digest stopped');
    expect(await digests.get(discordChannel('chan-1'))).toBeUndefined();
    expect((await run('/kuril unsubscribe', manager())).title).toBe('No daily digest here');
    expect((await run('/kuril pause', manager())).title).toBe('No daily digest here');
  });

  it('previews exactly what the next digest says, only to the caller', async () => {
    const { run, digests } = await setup();
    await run('/kuril subscribe time:09:00 tz:UTC', manager());
    const preview = await run('/kuril preview', member());
    expect(preview.visibility).toBe('ephemeral');
    expect(preview.footer).toMatch(/^Preview of the digest due Saturday 21 February 2026 at 09:00 \(UTC\), shown only to you · As of 20 February 2026/);

    const sender = createMemorySender();
    digests.registerSender(sender);
    await digests.tick(new Date('2026-02-21T09:00:00Z'));
    const sent = sender.sent[0]!.reply;
    const { footer: _f1, visibility: _v1, ...previewed } = preview;
    const { footer: _f2, visibility: _v2, ...delivered } = sent;
    expect(delivered).toEqual(previewed);
    expect(sent.visibility).toBe('public');
    expect(sent.lead).toBe('First digest for this channel: 2 developments in the last 7 days, newest first.');

    // the next preview starts from the new cursor
    const next = await run('/kuril preview', member(), new Date('2026-02-21T10:00:00Z'));
    expect(next.lead).toBe('No new developments since 21 February 2026.');
    expect(next.footer).toContain('due Sunday 22 February 2026 at 09:00');
  });

  it('says when the next day would be skipped as quiet', async () => {
    const { run } = await setup();
    await run('/kuril subscribe quiet:skip', manager(), new Date('2026-03-10T12:00:00Z'));
    const preview = await run('/kuril preview', member(), new Date('2026-03-10T12:00:00Z'));
    expect(preview.title).toBe('No digest due');
    expect(preview.lead).toContain('this channel skips quiet days');
  });
});
