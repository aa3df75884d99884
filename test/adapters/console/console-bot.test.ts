import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../../src/dossier/load.js';
import { commands } from '../../../src/commands/registry.js';
import { runApp } from '../../support/run-app.js';
import { fakeSlackToken } from '../../support/tokens.js';

// The whole app in process (run-app.ts); the same start as a real process is console/process.test.ts.
describe('console bot (npm start with no platform tokens)', () => {
  it('answers piped commands and questions in order, each reply followed by a blank line, and exits 0', async () => {
    const run = await runApp('/kuril\n\n/kuril timelin\nwhen did the talks stop?\n/kuril event 2022-03-21-russia-suspends-peace-talks\n');
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/running the console bot/);
    // Sections are separated by blank lines inside a reply too, so look for each reply's own
    // marker in order instead of counting blank lines.
    const order = ['Latest developments', 'Unknown subcommand', 'Event 2022-03-21-russia-suspends-peace-talks'].map((t) => run.stdout.indexOf(t));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(run.stdout).toMatch(/Did you mean \/kuril timeline\?/);
    expect(run.stdout.endsWith('\n\n')).toBe(true);
  });

  it('answers /help, help and kuril help with the help, the same as /kuril help', async () => {
    const help = await runApp('/kuril help\n');
    expect(help.stdout).toMatch(/^Kuril Brief help\n/);
    for (const command of commands) expect(help.stdout).toContain(`/kuril ${command.name}\n`);
    const run = await runApp('/help\nhelp\nkuril help\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(help.stdout.repeat(3));
  });

  it('shows the prompt `kuril> ` to a person at a terminal, and none to piped input', async () => {
    const typed = await runApp('/kuril\n', {}, { interactive: true });
    expect(typed.code).toBe(0);
    // Once before the line, once after its reply.
    expect(typed.stdout.match(/kuril> /g)).toHaveLength(2);
    expect(typed.stdout).toMatch(/Latest developments/);
    const piped = await runApp('/kuril\n');
    expect(piped.stdout).toMatch(/Latest developments/);
    expect(piped.stdout).not.toContain('kuril>');
  });

  it('exits 0 on empty input', async () => {
    const run = await runApp('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
  });

  it('survives hostile input: a huge line, control characters, @everyone', async () => {
    const run = await runApp(`${'A'.repeat(10_240)}\n/kuril ${'B'.repeat(10_240)}\n/kuril \u0007\u001b[31m@everyone\n/kuril\n`);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/commands take at most 2,000/);
    expect(run.stdout).not.toMatch(/@everyone/);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toMatch(/Latest developments/);
  });

  it('applies ASK_RATE_LIMIT to questions', async () => {
    const run = await runApp('who is muneo suzuki?\nwho is muneo suzuki?\n/kuril\n', { ASK_RATE_LIMIT: '1' });
    expect(run.code).toBe(0);
    expect(run.stdout.match(/Muneo Suzuki: /g)).toHaveLength(1);
    expect(run.stdout).toMatch(/Too many questions\nYou have asked 1 question in the last minute/);
    expect(run.stdout).toMatch(/Latest developments/);
  });

  it('refuses to start with a corrupt event set, naming the file, record and field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kuril-data-'));
    cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
    const file = join(dir, 'events', '2022.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('url: https://japantimes.co.jp/news/2022/03/22/', 'url: http://japantimes.co.jp/news/2022/03/22/'));
    const run = await runApp('/kuril\n', { DATA_DIR: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/cannot start/);
    expect(run.stderr).toMatch(/2022\.yaml, record "2022-03-21-russia-suspends-peace-talks", field "sources\.\d+\.url": must be an https:\/\/ URL/);
  });

  it('refuses to start with a bad setting, naming the variable and not its value', async () => {
    const run = await runApp('/kuril\n', { TZ_DEFAULT: 'Mars/Olympus_Mons', SLACK_BOT_TOKEN: fakeSlackToken('xoxp', 'secret-user-token') });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/TZ_DEFAULT must be an IANA time zone/);
    expect(run.stderr).toMatch(/SLACK_BOT_TOKEN must be a bot token starting with xoxb-/);
    expect(run.stderr).not.toMatch(/secret-user-token/);
  });
});
