import { closeRedisConnection, type RedisConnection } from '../../store/redis-connection.js';
import { unwrapKeyv } from './keyv-format.js';
import { aroundRecords, type Kind, type ListedKind, type Records, type Write } from './records.js';

/**
 * The digest records on Redis, in the layout earlier versions (keyv) used, so an upgrade finds them:
 *   <ns>::<kind>:<key>     a record (JSON; keyv's {"value": …} envelope still read)
 *   <ns>:index             SET of the subscription keys; <ns>:alert-index the same for alert settings
 *   <ns>:claim:<name>      a claim: the owner, with the lease as its TTL
 * Every write is one Lua script, so a set of writes lands whole or not at all; a fenced one first
 * checks that the claim still names its owner, in the same script.
 */

/** One command of a write: ARGV triples (op, value, ttl) and one key each. */
const WRITE = `
if ARGV[1] ~= '' and redis.call('get', KEYS[1]) ~= ARGV[1] then return 0 end
for i = 2, #KEYS do
  local op, value, ttl = ARGV[3 * i - 4], ARGV[3 * i - 3], ARGV[3 * i - 2]
  if op == 'set' then
    if ttl ~= '' then redis.call('set', KEYS[i], value, 'PX', ttl) else redis.call('set', KEYS[i], value) end
  elseif op == 'del' then redis.call('del', KEYS[i])
  elseif op == 'sadd' then redis.call('sadd', KEYS[i], value)
  elseif op == 'srem' then redis.call('srem', KEYS[i], value)
  end
end
return 1`;

/** Compare-and-set of one record (and its index entry): the optimistic half of update(). */
const SWAP = `
if (redis.call('get', KEYS[1]) or '') ~= ARGV[1] then return 0 end
redis.call('set', KEYS[1], ARGV[2])
if KEYS[2] then redis.call('sadd', KEYS[2], ARGV[3]) end
return 1`;

const RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

const INDEX: Partial<Record<Kind, string>> = { sub: 'index', alert: 'alert-index' };

export function redisRecords(connection: RedisConnection, ns: string): Records {
  const { client } = connection;
  const recordKey = (kind: Kind, key: string) => `${ns}::${kind}:${key}`;
  const indexKey = (kind: Kind) => (INDEX[kind] ? `${ns}:${INDEX[kind]}` : undefined);
  const claimKey = (name: string) => `${ns}:claim:${name}`;
  const evalNumber = async (script: string, keys: string[], args: string[]) => Number(await client.eval(script, { keys, arguments: args }));

  const commands = (write: Write): { op: string; key: string; value: string; ttl: string }[] => {
    const index = indexKey(write.kind);
    if ('delete' in write) {
      return [{ op: 'del', key: recordKey(write.kind, write.key), value: '', ttl: '' }, ...(index ? [{ op: 'srem', key: index, value: write.key, ttl: '' }] : [])];
    }
    const ttl = write.ttlMs === undefined ? '' : String(Math.ceil(write.ttlMs));
    return [{ op: 'set', key: recordKey(write.kind, write.key), value: write.value, ttl }, ...(index ? [{ op: 'sadd', key: index, value: write.key, ttl: '' }] : [])];
  };

  const get = async (kind: Kind, keys: readonly string[]) => {
    const out: (string | undefined)[] = [];
    for (let i = 0; i < keys.length; i += 500) {
      const batch = keys.slice(i, i + 500).map((key) => recordKey(kind, key));
      if (batch.length === 0) continue;
      for (const value of await client.mGet(batch)) out.push(value === null ? undefined : unwrapKeyv(value));
    }
    return out;
  };

  const records: Records = {
    get,
    async list(kind: ListedKind) {
      const keys = (await client.sMembers(indexKey(kind)!)).sort();
      const values = await get(kind, keys);
      return keys.flatMap((key, i) => (values[i] === undefined ? [] : [{ key, value: values[i] }]));
    },
    async keys(kind, prefix) {
      const pattern = recordKey(kind, prefix).replace(/[*?[\]\\]/g, '\\$&') + '*';
      const found: string[] = [];
      for await (const batch of client.scanIterator({ MATCH: pattern, COUNT: 500 })) found.push(...batch);
      const start = recordKey(kind, '').length;
      return found.map((key) => key.slice(start)).sort();
    },
    async write(writes, fence) {
      const all = writes.flatMap(commands);
      const keys = [fence ? claimKey(fence.name) : claimKey(''), ...all.map((c) => c.key)];
      const args = [fence?.owner ?? '', ...all.flatMap((c) => [c.op, c.value, c.ttl])];
      return (await evalNumber(WRITE, keys, args)) === 1;
    },
    async update(kind, key, change) {
      const index = indexKey(kind);
      for (let attempt = 0; attempt < 20; attempt++) {
        const raw = await client.get(recordKey(kind, key));
        const current = raw === null ? undefined : unwrapKeyv(raw);
        const next = change(current);
        if (next === undefined) return current;
        const keys = [recordKey(kind, key), ...(index ? [index] : [])];
        if ((await evalNumber(SWAP, keys, [raw ?? '', next, key])) === 1) return next;
      }
      throw new Error(`digest store: ${kind}:${key} kept changing under an update`);
    },
    async claim(name, owner, leaseMs) {
      return (await client.set(claimKey(name), owner, { condition: 'NX', expiration: { type: 'PX', value: Math.ceil(leaseMs) } })) === 'OK';
    },
    async renew(name, owner, leaseMs) {
      return (await evalNumber(RENEW, [claimKey(name)], [owner, String(Math.ceil(leaseMs))])) === 1;
    },
    async release(name, owner) {
      await evalNumber(RELEASE, [claimKey(name)], [owner]);
    },
    // Redis expires ledger entries and claims itself.
    prune: () => Promise.resolve(0),
    close: () => closeRedisConnection(client),
  };
  // every command waits for the first connection, and fails at once while Redis is down
  return aroundRecords(records, async (_name, call) => {
    await connection.usable();
    return call();
  });
}
