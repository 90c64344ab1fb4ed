import { Inject, Injectable } from '@nestjs/common';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { Env, RateLimitedError, REDIS } from '@hatchery/core';
import { createHash } from 'node:crypto';
import type Redis from 'ioredis';

/**
 * Login attempts per email and per IP, counted in Redis so the limit holds across every API
 * process. Emails are hashed in the key: Redis never holds the address.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly storage: ThrottlerStorageRedisService;

  constructor(
    @Inject(REDIS) redis: Redis,
    private readonly env: Env,
  ) {
    this.storage = new ThrottlerStorageRedisService(redis);
  }

  async hit(email: string, ip: string): Promise<void> {
    const ttl = this.env.LOGIN_LIMIT_WINDOW_SECONDS * 1000;
    const emailKey = `login:email:${createHash('sha256').update(email).digest('hex')}`;
    const checks = await Promise.all([
      this.storage.increment(emailKey, ttl, this.env.LOGIN_LIMIT_PER_EMAIL, ttl, 'login-email'),
      this.storage.increment(`login:ip:${ip}`, ttl, this.env.LOGIN_LIMIT_PER_IP, ttl, 'login-ip'),
    ]);
    const blocked = checks.filter((record) => record.isBlocked);
    if (blocked.length > 0) {
      const retryAfter = Math.max(1, ...blocked.map((record) => Math.ceil(record.timeToBlockExpire)));
      throw new RateLimitedError(retryAfter);
    }
  }
}
