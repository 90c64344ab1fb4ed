import Redis, { Cluster, ClusterNode, ClusterOptions, RedisOptions } from 'ioredis';

/** ioredis options from a redis:// or rediss:// URL (BullMQ takes options, not URLs). */
export function redisOptions(url: string): RedisOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
  };
}

/** What the Redis clients need from the configuration (Env has these fields). */
export interface RedisSettings {
  REDIS_URL: string;
  REDIS_CLUSTER_NODES?: string;
  REDIS_PREFIX: string;
}

/**
 * Where Hatchery's keys live. On a single Redis the layout is the one it always had: the app's
 * own keys under `<prefix>:`, BullMQ's under `<prefix>-bull:<queue>:…`. On a Redis Cluster the
 * prefix becomes a hash tag, `{<prefix>}`, so every key of a deployment hashes to one slot: a
 * BullMQ script touches many keys of a queue at once, and the login limiter's MULTI spans an
 * email key and an IP key, and a cluster runs either only when all its keys share a slot.
 */
export function redisKeyLayout(settings: Pick<RedisSettings, 'REDIS_CLUSTER_NODES' | 'REDIS_PREFIX'>): { appKeyPrefix: string; bullPrefix: string; cluster: boolean } {
  const cluster = Boolean(settings.REDIS_CLUSTER_NODES);
  const base = cluster ? `{${settings.REDIS_PREFIX}}` : settings.REDIS_PREFIX;
  return { appKeyPrefix: `${base}:`, bullPrefix: `${base}-bull`, cluster };
}

/** The cluster's seed nodes and the options every node connection shares (credentials, TLS). */
export function clusterNodes(list: string): { nodes: ClusterNode[]; nodeOptions: RedisOptions } {
  let nodeOptions: RedisOptions = {};
  const nodes = list
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      if (/^rediss?:\/\//.test(entry)) {
        const { host, port, username, password, tls } = redisOptions(entry);
        if (!nodeOptions.password && !nodeOptions.tls && (password || tls)) nodeOptions = { username, password, tls };
        return { host, port };
      }
      const at = entry.lastIndexOf(':');
      return { host: entry.slice(0, at), port: Number(entry.slice(at + 1)) };
    });
  return { nodes, nodeOptions };
}

/**
 * A Redis client on the configured Redis: a `Cluster` when REDIS_CLUSTER_NODES is set, a plain
 * `Redis` on REDIS_URL otherwise. `options` apply to every node connection; `keyPrefix` and
 * `enableOfflineQueue` go to the cluster itself.
 */
export function createRedisClient(settings: RedisSettings, options: RedisOptions = {}): Redis | Cluster {
  if (!settings.REDIS_CLUSTER_NODES) return new Redis({ ...redisOptions(settings.REDIS_URL), ...options });
  const { keyPrefix, enableOfflineQueue, lazyConnect, ...perNode } = options;
  const { nodes, nodeOptions } = clusterNodes(settings.REDIS_CLUSTER_NODES);
  const clusterOptions: ClusterOptions = {
    keyPrefix,
    enableOfflineQueue,
    lazyConnect,
    redisOptions: { ...nodeOptions, ...perNode },
    // Node connections that fail are dropped and the slots refetched, not retried forever.
    slotsRefreshTimeout: 2000,
  };
  return new Cluster(nodes, clusterOptions);
}

/**
 * BullMQ's connection: options on a single Redis (each queue and worker opens its own), or one
 * shared `Cluster` (BullMQ cannot build a cluster from options); the caller closes that one.
 */
export function bullConnection(settings: RedisSettings): RedisOptions | Cluster {
  if (!settings.REDIS_CLUSTER_NODES) return { ...redisOptions(settings.REDIS_URL), maxRetriesPerRequest: null };
  return createRedisClient(settings, { maxRetriesPerRequest: null }) as Cluster;
}
