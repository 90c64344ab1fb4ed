import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { Cluster } from 'ioredis';
import { Pool } from 'pg';
import { createApi } from '../../apps/api/src/bootstrap';
import { createWorker } from '../../apps/worker/src/bootstrap';
import { createRedisClient, redisKeyLayout } from '../../libs/core/src/redis/redis-options';
import { dropDatabase, ensureDatabase } from '../../scripts/db';
import { databaseUrls, templateDatabase } from './databases';
import { HttpClient } from './http';
import { Mailbox } from './mailbox';

export interface System {
  api: NestFastifyApplication;
  worker?: NestFastifyApplication;
  mailbox: Mailbox;
  http: HttpClient;
  /** Superuser pool on this file's database: sees every row, for assertions only. */
  db: Pool;
  urls: ReturnType<typeof databaseUrls>;
  redisPrefix: string;
  close(): Promise<void>;
}

/**
 * Boots the real API (and the worker, with `worker: true`) on this test file's own database,
 * copied from the migrated template, with its own Redis key prefix and SMTP listener.
 */
export async function startSystem(
  options: {
    worker?: boolean;
    /** Overrides; a function gets this file's database URLs first (to route them through a pooler, say). */
    env?: Record<string, string> | ((urls: ReturnType<typeof databaseUrls>) => Record<string, string> | Promise<Record<string, string>>);
    smtpReplyDelayMs?: number;
  } = {},
): Promise<System> {
  const suffix = randomBytes(5).toString('hex');
  const database = `hatchery_t_${suffix}`;
  const urls = databaseUrls(database);
  await ensureDatabase(urls.superuser, urls.owner, templateDatabase());

  const mailbox = new Mailbox(options.smtpReplyDelayMs);
  const redisPrefix = `hatchery-test-${suffix}`;
  Object.assign(process.env, {
    DATABASE_URL: urls.app,
    DATABASE_ADMIN_URL: urls.owner,
    DATABASE_SYSTEM_URL: urls.system,
    REDIS_PREFIX: redisPrefix,
    SMTP_URL: await mailbox.start(),
  });
  try {
    Object.assign(process.env, typeof options.env === 'function' ? await options.env(urls) : options.env);
  } catch (error) {
    await mailbox.stop();
    await dropDatabase(urls.superuser, database);
    throw error;
  }

  let api: NestFastifyApplication | undefined;
  let worker: NestFastifyApplication | undefined;
  try {
    api = await createApi({ logs: false });
    await api.init();
    await api.getHttpAdapter().getInstance().ready();
    worker = options.worker ? await createWorker({ logs: false }) : undefined;
    await worker?.init();
  } catch (error) {
    // Leave nothing open behind a failed start, or Jest never exits.
    await worker?.close().catch(() => undefined);
    await api?.close().catch(() => undefined);
    await mailbox.stop();
    await dropDatabase(urls.superuser, database);
    throw error;
  }

  const db = new Pool({ connectionString: urls.inspect, max: 3 });
  // Dropping the database at close terminates whatever a test left connected; that is expected.
  db.on('error', () => undefined);
  return {
    api: api!,
    worker,
    mailbox,
    http: new HttpClient(api),
    db,
    urls,
    redisPrefix,
    async close() {
      await worker?.close().catch(() => undefined); // a test may have closed it already
      await api.close();
      await db.end();
      await mailbox.stop();
      await dropDatabase(urls.superuser, database);
      await deleteRedisKeys(redisPrefix);
    },
  };
}

/**
 * Deletes every key of a REDIS_PREFIX: `<prefix>:…` and `<prefix>-bull:…` on a single Redis,
 * `{<prefix>}:…` and `{<prefix>}-bull:…` on a Redis Cluster (REDIS_CLUSTER_NODES), where the
 * hash tag puts them all on one node, whichever that is. Returns how many.
 */
export async function deleteRedisKeys(prefix: string): Promise<number> {
  const settings = { REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379', REDIS_CLUSTER_NODES: process.env.REDIS_CLUSTER_NODES, REDIS_PREFIX: prefix };
  const { cluster } = redisKeyLayout(settings);
  const client = createRedisClient(settings, { lazyConnect: true });
  try {
    await client.connect();
    const nodes = client instanceof Cluster ? client.nodes('master') : [client];
    let deleted = 0;
    for (const node of nodes) {
      const keys = await node.keys(cluster ? `{${prefix}}*` : `${prefix}*`);
      if (keys.length > 0) deleted += await node.del(...keys);
    }
    return deleted;
  } finally {
    client.disconnect();
  }
}

/** Row count of a table, seen by the superuser (ignores RLS). */
export async function countRows(system: System, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const { rows } = await system.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
  return rows[0].n as number;
}
