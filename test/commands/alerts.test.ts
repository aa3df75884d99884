import { afterEach, describe, expect, it } from 'vitest';
import { testCaller } from '../support/context.js';
import { digestCommands, discordChannel, manager, member } from '../support/digest-helpers.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const NOW = new Date('2026-02-20T12:00:00Z');

const setup = () => digestCommands(cleanups, NOW);

describe('/kuril alerts', () => {
  it('turns alerts on (default minimum 7, or min:) and off, and shows the setting to anyone', async () => {
    const { run, digests } = await setup();
    expect((await run('/kuril alerts', member())).lead).toMatch(/^Off\. \/kuril alerts on turns them on/);

    const on = await run('/kuril alerts on', manager());
    expect(on.title).toBe('Breaking alerts on');
    expect(on.visibility).toBe('public');
    expect(on.lead).toBe('On for events with |Goldstein| ≥ 7, entering the record since 20 February 2026.');
    expect(await digests.getAlerts(discordChannel('chan-1'))).toMatchObject({ min: 7, since: NOW.toISOString(), by: 'u-admin', workspaceId: 'w-1' });

    // a new minimum keeps the day alerts were turned on
    const changed = await run('/kuril alerts on min:5', manager(), new Date('2026-02-25T12:00:00Z'));
    expect(changed.title).toBe('Breaking alerts updated');
    expect(changed.lead).toBe('On for events with |Goldstein| ≥ 5, entering the record since 20 February 2026.');

    const shown = await run('/kuril alerts', member());
    expect(shown.title).toBe('Breaking alerts for this channel');
    expect(shown.visibility).toBe('ephemeral');
    expect(shown.lead).toContain('|Goldstein| ≥ 5');

    expect((await run('/kuril alerts off', manager())).title).toBe('Breaking alerts off');
    expect(await digests.getAlerts(discordChannel('chan-1'))).toBeUndefined();
    expect((await run('/kuril alerts off', manager())).title).toBe('Breaking alerts already off');
  });

  it('checks min: and the state', async () => {
    const { run } = await setup();
    expect((await run('/kuril alerts on min:11', manager())).lead).toContain('must be at most 10');
    expect((await run('/kuril alerts on min:0', manager())).lead).toContain('must be at least 1');
    expect((await run('/kuril alerts maybe', manager())).lead).toContain('must be one of: on, off');
    expect((await run('/kuril alerts min:5', manager())).kind).toBe('error');
  });

  it('needs the right to manage the channel to change alerts, and a channel', async () => {
    const { run, digests } = await setup();
    const refused = await run('/kuril alerts on', member('discord'));
    expect(refused.title).toBe('Not allowed');
    expect(refused.lead).toContain('Manage Channels or Manage Server');
    expect(await digests.getAlerts(discordChannel('chan-1'))).toBeUndefined();

    await run('/kuril alerts on', manager('discord'));
    expect((await run('/kuril alerts off', member('discord'))).title).toBe('Not allowed');
    expect(await digests.getAlerts(discordChannel('chan-1'))).toBeDefined();

    // on Slack, whoever turned them on may manage them, as a digest's subscriber may
    await run('/kuril alerts on', manager('slack', 'C1', 'U-ON'));
    expect((await run('/kuril alerts on min:9', member('slack', 'C1', 'U-ON'))).title).toBe('Breaking alerts updated');
    expect((await run('/kuril alerts off', member('slack', 'C1', 'U-OTHER'))).title).toBe('Not allowed');

    const dm = testCaller({ platform: 'discord', userId: 'u1', isDirect: true, rights: { manageChannel: true } });
    expect((await run('/kuril alerts on', dm)).title).toBe('Only in a channel');
  });
});
