import { unwrapKeyv } from '../../store/keyv-envelope.js';
import { closeRedisConnection, type RedisConnection } from '../../store/redis-connection.js';
import { aroundIntake, type IntakeRecords, type StoredCandidate } from './intake-records.js';

/**
 * The intake's records on Redis, in the layout earlier versions (keyv) used, so an upgrade finds them
 * where they are (keyv's {"value": …} envelope is still read; new records are plain JSON):
 *   <ns>::cand:<n>          a candidate
 *   <ns>::url:<hash>        the candidate holding a report URL
 *   <ns>::event:<id>        an approved event record
 *   <ns>:approved           LIST of approved event ids, in approval order (earlier versions kept a
 *                           JSON array in <ns>::events: still read, first, and never written)
 *   <ns>:counter:seq        the last candidate number given (INCR); <ns>:counter:version, approvals
 *   <ns>::feed-health       the feeds' health at the last poll
 * Each step that must be atomic is one Lua script. Scripts reach the candidate key they create by
 * name (its number is only known inside): fine on one Redis, not on Redis Cluster.
 */

/** KEYS: seq counter, then the URL keys. ARGV: the candidate key's prefix, the record without `{"v":1,"id":…,`. */
const INSERT = `
local taken = {}
for i = 2, #KEYS do
  if redis.call('exists', KEYS[i]) == 1 then taken[#taken + 1] = i - 1 end
end
if #taken > 0 then return {0, unpack(taken)} end
local n = redis.call('incr', KEYS[1])
local id = 'c' .. n
redis.call('set', ARGV[1] .. n, '{"v":1,"id":"' .. id .. '",' .. ARGV[2])
for i = 2, #KEYS do redis.call('set', KEYS[i], id) end
return {1, n}`;

/**
 * KEYS: the candidate, the version counter, the approval list, the event (the candidate again when
 * nothing is published), then the URL keys. ARGV: what the candidate must still hold, its new text,
 * its id, '1' to publish, the event record, the event id. 0: the candidate changed; 2: the event id
 * is taken; 1: done.
 */
const SWAP = `
if (redis.call('get', KEYS[1]) or '') ~= ARGV[1] then return 0 end
if ARGV[4] == '1' and redis.call('exists', KEYS[4]) == 1 then return 2 end
redis.call('set', KEYS[1], ARGV[2])
for i = 5, #KEYS do redis.call('set', KEYS[i], ARGV[3], 'NX') end
if ARGV[4] == '1' then
  redis.call('set', KEYS[4], ARGV[5])
  redis.call('rpush', KEYS[3], ARGV[6])
  redis.call('incr', KEYS[2])
end
return 1`;

const BATCH = 500;

export function redisIntake(connection: RedisConnection, ns: string): IntakeRecords {
  const { client } = connection;
  const candidateKey = (n: number) => `${ns}::cand:${n}`;
  const urlKey = (hash: string) => `${ns}::url:${hash}`;
  const eventKey = (id: string) => `${ns}::event:${id}`;
  const seqKey = `${ns}:counter:seq`;
  const versionKey = `${ns}:counter:version`;
  const approvedKey = `${ns}:approved`;

  const mGet = async (keys: readonly string[]): Promise<(string | null)[]> => {
    const out: (string | null)[] = [];
    for (let i = 0; i < keys.length; i += BATCH) {
      const batch = keys.slice(i, i + BATCH);
      if (batch.length > 0) out.push(...(await client.mGet(batch)));
    }
    return out;
  };
  const get = async (numbers: readonly number[]): Promise<(StoredCandidate | undefined)[]> =>
    (await mGet(numbers.map(candidateKey))).map((raw, i) => {
      const value = raw === null ? undefined : unwrapKeyv(raw);
      return raw === null || value === undefined ? undefined : { n: numbers[i]!, value, raw };
    });

  const records: IntakeRecords = {
    get,
    async all() {
      const last = Number((await client.get(seqKey)) ?? 0);
      return (await get(Array.from({ length: last }, (_, i) => i + 1))).filter((c): c is StoredCandidate => c !== undefined);
    },
    async taken(hashes) {
      return (await mGet(hashes.map(urlKey))).map((raw) => raw !== null);
    },
    async insert(rest, hashes) {
      const reply = (await client.eval(INSERT, { keys: [seqKey, ...hashes.map(urlKey)], arguments: [`${ns}::cand:`, rest] })) as number[];
      return reply[0] === 1 ? { n: Number(reply[1]) } : { taken: reply.slice(1).map((i) => hashes[Number(i) - 1]!) };
    },
    async swap(n, expectedRaw, next, hashes, publish) {
      const keys = [candidateKey(n), versionKey, approvedKey, publish ? eventKey(publish.id) : candidateKey(n), ...hashes.map(urlKey)];
      const args = [expectedRaw, next, `c${n}`, publish ? '1' : '', publish?.value ?? '', publish?.id ?? ''];
      const reply = Number(await client.eval(SWAP, { keys, arguments: args }));
      return reply === 1 ? 'done' : reply === 2 ? 'event-taken' : 'changed';
    },
    async approved() {
      const [earlier, listed] = await Promise.all([client.get(`${ns}::events`), client.lRange(approvedKey, 0, -1)]);
      const before = earlier === null ? [] : (JSON.parse(unwrapKeyv(earlier) ?? '[]') as unknown);
      const ids = [...new Set([...(Array.isArray(before) ? before.filter((id): id is string => typeof id === 'string') : []), ...listed])];
      return (await mGet(ids.map(eventKey))).flatMap((raw) => {
        const value = raw === null ? undefined : unwrapKeyv(raw);
        return value === undefined ? [] : [value];
      });
    },
    version: async () => Number((await client.get(versionKey)) ?? 0),
    async getMeta(key) {
      const raw = await client.get(`${ns}::${key}`);
      return raw === null ? undefined : unwrapKeyv(raw);
    },
    async putMeta(key, value) {
      await client.set(`${ns}::${key}`, value);
    },
    close: () => closeRedisConnection(client),
  };
  // every command waits for the first connection, and fails at once while Redis is down
  return aroundIntake(records, async (_name, call) => {
    await connection.usable();
    return call();
  });
}
