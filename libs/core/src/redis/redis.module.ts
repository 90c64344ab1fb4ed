import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { Env } from '../config/env';
import { redisOptions } from './redis-options';

export const REDIS = Symbol('REDIS');

/**
 * The app's own Redis client (rate limits, health). Keys get the REDIS_PREFIX. Commands fail
 * fast when Redis is down instead of queueing, so requests answer 503 rather than hang.
 */
@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

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
        const redis = new Redis({
          ...redisOptions(env.REDIS_URL),
          keyPrefix: `${env.REDIS_PREFIX}:`,
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
