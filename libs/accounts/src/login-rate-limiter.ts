import { Inject, Injectable } from '@nestjs/common';
import { Env, RateLimitedError, REDIS } from '@hatchery/core';
import { createHash } from 'node:crypto';
import type Redis from 'ioredis';

interface Counter {
  key: string;
  limit: number;
}

/**
 * Failed logins per email and per client IP, counted in Redis so the limit holds across every
 * API process. Only failures count: a shared office IP is not locked out by people who know
 * their passwords, and a success clears its email's count. Emails are hashed in the keys.
 * (@nestjs/throttler's storage counts every hit and cannot be read without counting, so it
 * does not fit here.)
 */
@Injectable()
export class LoginRateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly env: Env,
  ) {}

  /** Throws 429 with Retry-After while the email or the IP has used up its failures. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const counters = this.counters(email, ip);
    const replies = await this.redis.multi(counters.flatMap(({ key }) => [['get', key], ['pttl', key]])).exec();
    if (!replies) throw new Error('redis transaction aborted');
    const retryAfter = counters
      .map((counter, i) => {
        const count = Number(replies[2 * i][1] ?? 0);
        const ttlMs = Number(replies[2 * i + 1][1]);
        return count >= counter.limit ? Math.max(1, Math.ceil(ttlMs / 1000)) : 0;
      })
      .reduce((a, b) => Math.max(a, b), 0);
    if (retryAfter > 0) throw new RateLimitedError(retryAfter);
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const windowMs = this.env.LOGIN_LIMIT_WINDOW_SECONDS * 1000;
    const multi = this.redis.multi();
    for (const { key } of this.counters(email, ip)) {
      multi.set(key, 0, 'PX', windowMs, 'NX').incr(key);
    }
    await multi.exec();
  }

  async recordSuccess(email: string): Promise<void> {
    await this.redis.del(this.emailKey(email));
  }

  private counters(email: string, ip: string): Counter[] {
    return [
      { key: this.emailKey(email), limit: this.env.LOGIN_LIMIT_PER_EMAIL },
      { key: `login-failures:ip:${ip}`, limit: this.env.LOGIN_LIMIT_PER_IP },
    ];
  }

  private emailKey(email: string): string {
    return `login-failures:email:${createHash('sha256').update(email).digest('hex')}`;
  }
}
