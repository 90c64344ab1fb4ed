import { BullModule, getSharedConfigToken } from '@nestjs/bullmq';
import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
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
  providers: [SharedBullConnectionCloser],
  exports: [BullModule],
})
export class QueueModule {}
