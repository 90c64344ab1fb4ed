import { Queue } from 'bullmq';
import { Cluster } from 'ioredis';
import { bullConnection, redisKeyLayout } from '../../libs/core/src/redis/redis-options';
import { System } from './system';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The system's timer and email queues, read from the test process (close them in afterAll), on
 * the same Redis (or Redis Cluster) and key layout as the system's.
 */
export function openQueues(system: System) {
  const settings = { REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379', REDIS_CLUSTER_NODES: process.env.REDIS_CLUSTER_NODES, REDIS_PREFIX: system.redisPrefix };
  const open = (name: string) => {
    const connection = bullConnection(settings);
    const queue = new Queue(name, { connection, prefix: redisKeyLayout(settings).bullPrefix });
    if (connection instanceof Cluster) {
      // BullMQ does not close a cluster client it was given: closing the queue closes it too.
      const close = queue.close.bind(queue);
      queue.close = async () => {
        await close();
        if (connection.status !== 'end') await connection.quit().catch(() => connection.disconnect());
      };
    }
    return queue;
  };
  return { milestones: open('milestones'), notifications: open('notifications'), events: open('events') };
}
export type Queues = ReturnType<typeof openQueues>;

/** Waits until nothing is queued, running (timers, emails, domain events), unrelayed or waiting to be emailed (three calm polls in a row). */
export async function quiet(system: System, queues: Queues, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let calm = 0;
  while (calm < 3) {
    if (Date.now() > deadline) throw new Error(`the system did not settle within ${timeoutMs} ms`);
    const counts = await Promise.all([queues.milestones, queues.notifications, queues.events].map((q) => q.getJobCounts('waiting', 'active', 'prioritized', 'paused')));
    const busy = counts.reduce((n, c) => n + Object.values(c).reduce((a, b) => a + b, 0), 0);
    const { rows } = await system.db.query(
      `SELECT (SELECT count(*) FROM outbox_messages WHERE relayed_at IS NULL)::int + (SELECT count(*) FROM notifications WHERE email_status = 'pending')::int AS n`,
    );
    calm = busy + rows[0].n === 0 ? calm + 1 : 0;
    await sleep(40);
  }
}
