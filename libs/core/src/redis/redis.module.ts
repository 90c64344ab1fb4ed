import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Cluster } from 'ioredis';
import type Redis from 'ioredis';
import { Env } from '../config/env';
import { createRedisClient, redisKeyLayout } from './redis-options';

export const REDIS = Symbol('REDIS');

/**
 * The app's own Redis client (rate limits, health): a plain client on REDIS_URL, or a `Cluster`
 * when REDIS_CLUSTER_NODES is set (both answer the same commands). Keys get the REDIS_PREFIX,
 * as a hash tag on a cluster (see redisKeyLayout). Commands fail fast when Redis is down instead
 * of queueing, so requests answer 503 rather than hang.
 */
@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis | Cluster) {}

  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [Env],
      useFactory: async (env: Env) => {
        const redis = createRedisClient(env, {
          keyPrefix: redisKeyLayout(env).appKeyPrefix,
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          lazyConnect: true,
        });
        // Ready before the app answers: with no offline queue, commands sent while connecting would fail.
        await redis.connect();
        return redis;
      },
    },
    RedisCloser,
  ],
  exports: [REDIS],
})
export class RedisModule {}
