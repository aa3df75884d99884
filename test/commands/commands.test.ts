import { describe, expect, it } from 'vitest';
import { runCommand, runTextCommand } from '../../src/commands/dispatch.js';
import { runText } from '../../src/commands/text.js';
import { commands } from '../../src/commands/registry.js';
import type { Reply } from '../../src/briefings/reply.js';
import { context, realDossier } from '../support/fixtures.js';

const NOW = new Date('2026-11-26T09:00:00Z');
const run = (line: string) => runTextCommand(line, context(realDossier(), NOW));
const textOf = (reply: Reply) =>
  [reply.title, reply.lead, reply.trend?.reason, ...reply.sections.flatMap((s) => [s.heading, s.text, ...s.items.flatMap((i) => [i.date, i.title, i.text])])]
    .filter(Boolean)
    .join('\n');

describe('/kuril subcommands through the command layer', () => {
  it('brief (the default) is public and sourced', async () => {
    const reply = await run('/kuril');
    expect(reply.kind).toBe('briefing');
    expect(reply.visibility).toBe('public');
    expect(reply.sections[0]?.items[0]?.sources[0]?.url).toMatch(/^https:\/\//);
    expect(await run('/kuril brief')).toEqual(reply);
  });

  it('timeline filters by dates (inclusive, partial dates) and pages', async () => {
    const reply = await run('/kuril timeline from:2022-03 to:2022-03');
    expect(reply.kind).toBe('list');
    const dates = reply.sections[0]!.items.map((i) => i.eventId!.slice(0, 7));
    expect(dates.length).toBeGreaterThan(3);
    expect(new Set(dates)).toEqual(new Set(['2022-03']));
    const all = await run('/kuril timeline');
    expect(all.page?.count).toBeGreaterThan(1);
    const page2 = await run('/kuril timeline page:2');
    expect(page2.page?.index).toBe(2);
    expect(page2.sections[0]!.items[0]?.eventId).not.toBe(all.sections[0]!.items[0]?.eventId);
  });

  it('timeline by actor includes the bodies that belong to it, found by alias', async () => {
    const reply = await run('/kuril timeline actor:russia from:2022-03-21 to:2022-03-21');
    expect(reply.sections[0]!.items.map((i) => i.eventId)).toContain('2022-03-21-russia-suspends-peace-talks');
    const kishida = await run('/kuril timeline actor:Kishida');
    expect(kishida.lead).toMatch(/involving Fumio Kishida/);
  });

  it('timeline by island accepts the Russian name', async () => {
    const reply = await run('/kuril timeline island:Iturup');
    expect(reply.lead).toMatch(/Etorofu/);
    for (const item of reply.sections[0]!.items) expect(realDossier().eventsById.get(item.eventId!)?.islands).toContain('etorofu');
  });

  it('timeline refuses bad and reversed dates, unknown actors and islands', async () => {
    expect((await run('/kuril timeline from:2022-13')).lead).toMatch(/from: "2022-13" is not a date/);
    expect((await run('/kuril timeline from:yesterday')).kind).toBe('error');
    expect((await run('/kuril timeline from:2023 to:2022')).lead).toMatch(/after to:.*swap them/);
    expect((await run('/kuril timeline actor:atlantis')).title).toBe('Unknown actor');
    expect((await run('/kuril timeline island:hokkaido')).title).toBe('Unknown island');
    expect((await run('/kuril timeline page:0')).lead).toMatch(/at least 1/);
  });

  it('timeline with no matches says so', async () => {
    const reply = await run('/kuril timeline from:1700 to:1701');
    expect(reply.lead).toMatch(/No events on record/);
  });

  it('event shows one record in full', async () => {
    const reply = await run('/kuril event 2022-03-21-russia-suspends-peace-talks');
    expect(reply.title).toMatch(/suspends peace-treaty talks/);
    const text = textOf(reply);
    expect(text).toMatch(/CAMEO 164/);
    expect(text).toMatch(/Goldstein -7/);
    expect(reply.sections.find((s) => s.heading === 'Sources')!.items.length).toBeGreaterThan(1);
  });

  it('event suggests near misses', async () => {
    const byDate = await run('/kuril event 2022-03-21');
    expect(byDate.kind).toBe('error');
    expect(byDate.lead).toContain('2022-03-21-russia-suspends-peace-talks');
    const typo = await run('/kuril event 2022-03-21-russia-suspends-peace-talk');
    expect(typo.lead).toContain('Did you mean: 2022-03-21-russia-suspends-peace-talks');
    expect((await run('/kuril event')).lead).toMatch(/needs <id>/);
  });

  it('event labels unverified claims', async () => {
    const unverified = realDossier().events.find((e) => e.verification === 'unverified')!;
    const reply = await run(`/kuril event ${unverified.id}`);
    expect(textOf(reply)).toMatch(/Unverified/);
  });

  it('actors lists people and bodies with roles, each with its latest sourced event', async () => {
    const reply = await run('/kuril actors');
    const people = reply.sections.find((s) => s.heading === 'People')!;
    const suzuki = people.items.find((i) => i.title === 'Muneo Suzuki')!;
    expect(suzuki.text).toMatch(/House of Councillors/);
    expect(suzuki.sources.length).toBe(1);
  });

  it('sources lists every outlet with links, grouped by type, with the balance of the record first', async () => {
    const reply = await run('/kuril sources');
    expect(reply.sections[0]!.heading).toBe('Balance of the record');
    expect(reply.sections[0]!.text).toMatch(/events? rests? only on Russian state media or government sources/);
    expect(reply.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(['Governments', 'State media', 'Newspapers and news sites', 'Without a public link']));
    const tass = reply.sections.flatMap((s) => s.items).filter((i) => i.title.startsWith('TASS'));
    expect(tass.map((i) => i.title)).toEqual(['TASS (Russian state media)']);
    expect(tass[0]!.groupedByOutlet).toBe(true);
    const urls = reply.sections.flatMap((s) => s.items).flatMap((i) => i.sources.map((s) => s.url)).filter(Boolean);
    const expected = new Set(realDossier().events.flatMap((e) => e.sources.map((s) => s.url)).filter(Boolean));
    expect(new Set(urls)).toEqual(expected);
  });

  it('help lists every subcommand, and explains one in full', async () => {
    const reply = await run('/kuril help');
    expect(reply.visibility).toBe('ephemeral');
    expect(reply.sections.map((s) => s.heading)).toEqual(commands.map((c) => `/kuril ${c.name}`));
    const one = await run('/kuril help timeline');
    expect(one.sections).toHaveLength(1);
    expect(one.sections[0]!.text).toMatch(/from: Earliest date/);
  });

  it('every subcommand answers with a reply and never throws', async () => {
    for (const command of commands) {
      const reply = await runCommand({ name: command.name, raw: {} }, context(realDossier(), NOW));
      expect(reply.title.length, command.name).toBeGreaterThan(0);
    }
  });

  it('a question goes to the ask path', async () => {
    const reply = await runText('when did russia suspend the peace talks?', context(realDossier(), NOW));
    expect(['answer', 'notice']).toContain(reply.kind);
  });

  it('an unknown subcommand by name (as Discord would send it) gets a suggestion', async () => {
    const reply = await runCommand({ name: 'timelime', raw: {} }, context(realDossier(), NOW));
    expect(reply.lead).toMatch(/Did you mean \/kuril timeline/);
  });

  it('an unexpected failure becomes an apology with a reference id, logged', async () => {
    const logged: Record<string, unknown>[] = [];
    const broken = { ...realDossier(), get events(): never { throw new Error('disk on fire'); } };
    const reply = await runCommand(
      { name: 'brief', raw: {} },
      { ...context(broken, NOW), log: { error: (details) => logged.push(details) } },
    );
    expect(reply.kind).toBe('error');
    const reference = /reference ([0-9a-f]{8})/.exec(reply.lead ?? '')?.[1];
    expect(reference).toBeDefined();
    expect(logged[0]).toMatchObject({ reference, command: 'brief' });
    expect(reply.lead).not.toMatch(/disk on fire/);
  });
});
