import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Command } from '../../../src/commands/command.js';
import type { OptionKind } from '../../../src/commands/options.js';
import { commands, ROOT_COMMAND } from '../../../src/commands/registry.js';
import { registerCommands } from '../../../src/adapters/discord/register.js';
import { FakeDiscord } from '../../support/fake-discord/index.js';

/**
 * Registration sends the tree the command layer declares. The expectations are built here from
 * `commands` (the declarations), with Discord's option type numbers written out, so a change to a
 * declaration changes what is expected and a mistake in the generator cannot hide behind itself.
 */

const DISCORD_TYPE: Record<OptionKind, number> = { string: 3, date: 3, time: 3, timezone: 3, choice: 3, integer: 4, boolean: 5 };

interface OptionJson {
  type: number;
  name: string;
  description: string;
  required?: boolean;
  choices?: Array<{ name: string; value: string }>;
  autocomplete?: boolean;
  min_value?: number;
  max_value?: number;
  max_length?: number;
  options?: OptionJson[];
}

function expectMatchesDeclaration(sub: OptionJson, command: Command) {
  expect(sub.type).toBe(1);
  expect(sub.description.length).toBeLessThanOrEqual(100);
  if (command.description.length <= 100) expect(sub.description).toBe(command.description);
  const options = sub.options ?? [];
  expect(options.map((o) => o.name).sort()).toEqual(Object.keys(command.options).sort());
  // Required options first, as Discord demands.
  const firstOptional = options.findIndex((o) => !o.required);
  if (firstOptional >= 0) expect(options.slice(firstOptional).every((o) => !o.required)).toBe(true);
  for (const option of options) {
    const spec = command.options[option.name]!;
    expect(option.type, `${command.name}.${option.name}`).toBe(DISCORD_TYPE[spec.kind]);
    expect(option.required ?? false).toBe(spec.required);
    expect(option.description.length).toBeLessThanOrEqual(100);
    if (spec.description.length <= 100) expect(option.description).toBe(spec.description);
    expect(option.choices?.map((c) => c.value)).toEqual(spec.choices ? [...spec.choices] : undefined);
    expect(option.autocomplete ?? false).toBe(spec.autocomplete !== undefined && !spec.choices);
    if (spec.kind === 'integer') {
      expect(option.min_value).toBe(spec.min);
      expect(option.max_value).toBe(spec.max);
    }
    if (DISCORD_TYPE[spec.kind] === 3) expect(option.max_length).toBe(spec.maxLength);
  }
}

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => fake?.close());

describe('registerCommands', () => {
  test('in a server: the whole declared tree, accepted by the fake', async () => {
    const result = await registerCommands({ token: fake.token, apiUrl: fake.apiUrl, guildId: fake.guildId, appId: fake.appId });
    expect(result).toMatchObject({ scope: 'guild', guildId: fake.guildId, appId: fake.appId });
    const put = fake.requests.find((r) => r.method === 'PUT')!;
    expect(put.path).toBe(`/applications/${fake.appId}/guilds/${fake.guildId}/commands`);
    expect(put.status).toBe(200);
    const tree = put.body as Array<OptionJson & { contexts: number[] }>;
    expect(tree).toHaveLength(1);
    expect(tree[0]).toMatchObject({ name: ROOT_COMMAND.name, type: 1, contexts: [0, 1] });
    const subs = tree[0]!.options!;
    expect(subs.map((s) => s.name)).toEqual(commands.map((c) => c.name));
    for (const command of commands) expectMatchesDeclaration(subs.find((s) => s.name === command.name)!, command);
    // The declarations use autocomplete for event ids and actors; registration must carry it.
    expect(subs.find((s) => s.name === 'event')!.options!.find((o) => o.name === 'id')!.autocomplete).toBe(true);
    expect(subs.find((s) => s.name === 'timeline')!.options!.find((o) => o.name === 'actor')!.autocomplete).toBe(true);
  });

  test('globally, reading the application id from the API when it is not given', async () => {
    const before = fake.requests.length;
    const result = await registerCommands({ token: fake.token, apiUrl: `${fake.apiUrl}/` });
    expect(result).toMatchObject({ scope: 'global', appId: fake.appId });
    const made = fake.requests.filter((r) => r.seq > before).map((r) => `${r.method} ${r.path} ${r.status}`);
    expect(made).toEqual(['GET /applications/@me 200', `PUT /applications/${fake.appId}/commands 200`]);
    expect(fake.commands.get('global')![0]!.options).toHaveLength(commands.length);
  });

  test('a rejected token fails with 401', async () => {
    await expect(registerCommands({ token: 'x'.repeat(30), apiUrl: fake.apiUrl, appId: fake.appId })).rejects.toMatchObject({ status: 401 });
  });
});
