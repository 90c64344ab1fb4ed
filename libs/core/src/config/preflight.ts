import { existsSync } from 'node:fs';
import Redis from 'ioredis';
import { Client } from 'pg';
import { ConfigError, Env, loadEnv } from './env';

/**
 * Entry points call this before Nest starts: loads `.env` if present and validates the
 * environment, so a bad variable stops the process with one line naming it.
 */
export function loadEnvOrExit(): Env {
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    return loadEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(error.message + '\n');
      process.exit(1);
    }
    throw error;
  }
}

/** A single line telling what is unreachable and how to start it, or null when both answer. */
export async function reachability(databaseUrl: string, redisUrl: string | null): Promise<string | null> {
  const pgUrl = new URL(databaseUrl);
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || !code) {
      return `PostgreSQL is not reachable at ${pgUrl.hostname}:${pgUrl.port || 5432}: start it (here: pg_ctlcluster --skip-systemctl-redirect 15 main start; elsewhere: docker compose -f docker/compose.yml up -d postgres)`;
    }
    if (code === '3D000' || code === '28000' || code === '28P01') {
      return `PostgreSQL at ${pgUrl.hostname}:${pgUrl.port || 5432} refused ${decodeURIComponent(pgUrl.username)} on database ${pgUrl.pathname.slice(1)} (${(error as Error).message}): run npm run db:setup`;
    }
  } finally {
    await client.end().catch(() => undefined);
  }
  if (redisUrl === null) return null;
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null, connectTimeout: 3000 });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch {
    const parsed = new URL(redisUrl);
    return `Redis is not reachable at ${parsed.hostname}:${parsed.port || 6379}: start it (here: redis-server --daemonize yes; elsewhere: docker compose -f docker/compose.yml up -d redis)`;
  } finally {
    redis.disconnect();
  }
  return null;
}

/**
 * The api and the worker check Postgres and Redis before Nest starts, so a missing service stops
 * them with one line naming it and how to start it, not a stack trace. (A Redis Cluster is left
 * to the client, which names the nodes it cannot reach.)
 */
export async function exitIfUnreachable(env: Env, process_: 'api' | 'worker'): Promise<void> {
  const clusterNodes = (env as { REDIS_CLUSTER_NODES?: string }).REDIS_CLUSTER_NODES;
  const unreachable = await reachability(env.DATABASE_URL, clusterNodes ? null : env.REDIS_URL);
  if (!unreachable) return;
  process.stderr.write(`${process_} cannot start: ${unreachable}\n`);
  process.exit(1);
}
