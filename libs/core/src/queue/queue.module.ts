import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { Env } from '../config/env';
import { redisOptions } from '../redis/redis-options';
import { DEFAULT_JOB_OPTIONS, QUEUES } from './jobs';

/** BullMQ on REDIS_URL, with one queue per workload. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [Env],
      useFactory: (env: Env) => ({
        connection: { ...redisOptions(env.REDIS_URL), maxRetriesPerRequest: null },
        prefix: `${env.REDIS_PREFIX}-bull`,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    BullModule.registerQueue(...QUEUES.map((name) => ({ name }))),
  ],
  exports: [BullModule],
})
export class QueueModule {}
