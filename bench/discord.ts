import { percentile, ms, printTable } from './stats.js';
import { snowflake, type FakeInteraction } from '../test/support/fake-discord/index.js';
import { startHarness } from '../test/adapters/discord/helpers.js';

/**
 * `npm run bench:discord`: the Discord adapter end to end on one machine — the real discord.js client
 * logged in to the fake Discord, answering slash commands rendered from the shipped event set.
 * For each command: time from the fake dispatching the interaction to the first response (Discord
 * allows 3 s) and to the last message, plus the size of what was sent. Loopback only: real Discord
 * adds its own network latency on top.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const h = await startHarness();

const cases: Array<[string, Record<string, string | number>]> = [
  ['brief', {}],
  ['timeline', {}],
  ['timeline', { from: '2022', to: '2022', actor: 'russia' }],
  ['event', { id: '2022-03-21-russia-suspends-peace-talks' }],
  ['actors', {}],
  ['sources', {}],
  ['ask', { question: 'when did Russia suspend the peace talks?' }],
  ['help', {}],
];

async function once(sub: string, options: Record<string, string | number>): Promise<{ first: number; last: number; messages: number; chars: number }> {
  // A fresh user each time, so the per-user question limit does not kick in.
  const user = { ...h.fake.user, id: snowflake() };
  const interaction: FakeInteraction = h.fake.chatInput(sub, options, { user });
  await h.fake.waitFor(() => interaction.acknowledgedAt !== undefined, 5_000, 'the first response');
  await h.fake.settle(50);
  const requests = h.fake.requestsFor(interaction).filter((r) => r.status < 300);
  const sent = h.fake.messagesOf(interaction);
  const chars = sent.reduce((sum, m) => sum + JSON.stringify(m.object.embeds).length, 0);
  return { first: interaction.acknowledgedAt! - interaction.dispatchedAt, last: requests.at(-1)!.at - interaction.dispatchedAt, messages: sent.length, chars };
}

console.log(`Kuril Brief Discord adapter benchmark: ${h.dossier.events.length} events, ${RUNS} runs per command, discord.js over loopback, Node ${process.version}\n`);
const rows: string[][] = [];
let refused = 0;
for (const [sub, options] of cases) {
  await once(sub, options); // warm-up
  const first: number[] = [];
  const last: number[] = [];
  let shape = { messages: 0, chars: 0 };
  for (let i = 0; i < RUNS; i++) {
    const result = await once(sub, options);
    first.push(result.first);
    last.push(result.last);
    shape = result;
  }
  first.sort((a, b) => a - b);
  last.sort((a, b) => a - b);
  const label = `/kuril ${sub}${Object.keys(options).length ? ` ${Object.entries(options).map(([k, v]) => `${k}:${v}`).join(' ')}` : ''}`;
  rows.push([label, ms(percentile(first, 50)), ms(percentile(first, 95)), ms(percentile(last, 50)), ms(percentile(last, 95)), String(shape.messages), shape.chars.toLocaleString('en-GB')]);
}
refused = h.fake.requests.filter((r) => r.status >= 400).length;
printTable(['command', 'first response p50', 'p95', 'last message p50', 'p95', 'messages', 'JSON chars'], rows);
console.log(`\nRequests refused by the fake (limits, deadline): ${refused}`);
await h.stop();
process.exitCode = refused ? 1 : 0;
