import { Queue } from 'bullmq';
import { System } from './system';

const REDIS = new URL(process.env.REDIS_URL || 'redis://127.0.0.1:6379');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The system's timer and email queues, read from the test process (close them in afterAll). */
export function openQueues(system: System) {
  const options = { connection: { host: REDIS.hostname, port: Number(REDIS.port || 6379) }, prefix: `${system.redisPrefix}-bull` };
  return { milestones: new Queue('milestones', options), notifications: new Queue('notifications', options) };
}
export type Queues = ReturnType<typeof openQueues>;

/** Waits until nothing is queued, running, unrelayed or waiting to be emailed (three calm polls in a row). */
export async function quiet(system: System, queues: Queues, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let calm = 0;
  while (calm < 3) {
    if (Date.now() > deadline) throw new Error(`the system did not settle within ${timeoutMs} ms`);
    const counts = await Promise.all([queues.milestones, queues.notifications].map((q) => q.getJobCounts('waiting', 'active', 'prioritized', 'paused')));
    const busy = counts.reduce((n, c) => n + Object.values(c).reduce((a, b) => a + b, 0), 0);
    const { rows } = await system.db.query(
      `SELECT (SELECT count(*) FROM outbox_messages WHERE relayed_at IS NULL)::int + (SELECT count(*) FROM notifications WHERE email_status = 'pending')::int AS n`,
    );
    calm = busy + rows[0].n === 0 ? calm + 1 : 0;
    await sleep(40);
  }
}
