import { BullModule, getQueueToken, getSharedConfigToken } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { Cluster } from 'ioredis';
import { Env } from '../config/env';
import { bullConnection, redisKeyLayout } from '../redis/redis-options';
import { DEFAULT_JOB_OPTIONS, QUEUES } from './jobs';

/**
 * On a Redis Cluster every queue and worker shares one `Cluster` client, which BullMQ does not
 * close (it closes only connections it opened). This closes it, after the queues and the
 * workers: Nest shuts global modules down in reverse order of registration, and BullMQ's
 * modules (its queues, the explorer that owns the workers) are registered after this one.
 */
@Injectable()
class SharedBullConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(getSharedConfigToken()) private readonly config: { connection?: unknown }) {}

  async onApplicationShutdown(): Promise<void> {
    const connection = this.config.connection;
    if (connection instanceof Cluster && connection.status !== 'end') await connection.quit().catch(() => connection.disconnect());
  }
}

/** Waits (briefly) for a BullMQ connection still being opened, before the close that follows. */
export async function settleConnection(ready: () => Promise<unknown>, timeoutMs = 3000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.resolve().then(ready).catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
  clearTimeout(timer);
}

/**
 * BullMQ emits an 'error' no one can listen to when a queue is closed while its connection is
 * still being opened (it drops its listeners, then the pending connect fails: an unhandled error
 * that ends the process). An app that fails to start, or is closed right after it started, does
 * exactly that; so before the queues close, their connections are let finish opening.
 */
@Injectable()
class QueueConnectionSettler implements BeforeApplicationShutdown {
  constructor(private readonly moduleRef: ModuleRef) {}

  async beforeApplicationShutdown(): Promise<void> {
    const queues = QUEUES.map((name) => this.moduleRef.get<Queue | null>(getQueueToken(name), { strict: false }));
    await Promise.all(queues.map((queue) => settleConnection(() => queue!.waitUntilReady())));
  }
}

/**
 * BullMQ on REDIS_URL (or on the Redis Cluster of REDIS_CLUSTER_NODES), with one queue per
 * workload. The key prefix is `<REDIS_PREFIX>-bull`, hash-tagged on a cluster (redisKeyLayout).
 */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [Env],
      useFactory: (env: Env) => ({
        connection: bullConnection(env),
        prefix: redisKeyLayout(env).bullPrefix,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    BullModule.registerQueue(...QUEUES.map((name) => ({ name }))),
  ],
  providers: [
    SharedBullConnectionCloser,
    QueueConnectionSettler,
  ],
  exports: [BullModule],
})
export class QueueModule {}
