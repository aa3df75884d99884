import KeyvRedis from '@keyv/redis';
import Keyv from 'keyv';
import { KeyvDigestStore, safeDeserialize, type DigestStore, type IndexName, type StoreBackend, type StoreLog } from './digest-store.js';

// Redis: several bot processes share the state. A SET for the index, SET NX PX for claims,
// compare-and-delete / compare-and-extend scripts so only the holder can release or renew its claim.

export async function openRedisStore(url: string, namespace: string, log: StoreLog): Promise<DigestStore> {
  const redis = new KeyvRedis<unknown>(url, { namespace, throwOnErrors: true, throwOnConnectError: true });
  const keyv = new Keyv({ store: redis, namespace, useKeyPrefix: false, throwOnErrors: true, deserialize: safeDeserialize });
  keyv.on('error', (error: unknown) => log.error({ err: error }, 'digest store (redis) error'));
  const client = (await redis.getClient()) as unknown as RedisCommands;
  return new KeyvDigestStore('redis', keyv, redisBackend(client, namespace), log);
}

/** The few commands of the node-redis client this backend uses. */
interface RedisCommands {
  sAdd(key: string, members: string | string[]): Promise<number>;
  sRem(key: string, member: string): Promise<number>;
  sMembers(key: string): Promise<string[]>;
  set(key: string, value: string, options: { condition: 'NX'; expiration: { type: 'PX'; value: number } }): Promise<string | null>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
const RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

function redisBackend(client: RedisCommands, namespace: string): StoreBackend {
  const indexKey = (index: IndexName) => (index === 'sub' ? `${namespace}:index` : `${namespace}:alert-index`);
  const claimKey = (name: string) => `${namespace}:claim:${name}`;
  return {
    async addToIndex(index, ...keys) {
      if (keys.length) await client.sAdd(indexKey(index), keys);
    },
    async removeFromIndex(index, key) {
      await client.sRem(indexKey(index), key);
    },
    async listIndex(index) {
      return (await client.sMembers(indexKey(index))).sort();
    },
    async claim(name, owner, leaseMs) {
      return (await client.set(claimKey(name), owner, { condition: 'NX', expiration: { type: 'PX', value: Math.ceil(leaseMs) } })) === 'OK';
    },
    async renew(name, owner, leaseMs) {
      return Number(await client.eval(RENEW, { keys: [claimKey(name)], arguments: [owner, String(Math.ceil(leaseMs))] })) === 1;
    },
    async release(name, owner) {
      await client.eval(RELEASE, { keys: [claimKey(name)], arguments: [owner] });
    },
    // Redis expires ledger entries itself; nothing to own or to close beyond the keyv connection
    prune: () => Promise.resolve(0),
    takeOwnership: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}
