import { Inject, Injectable } from '@nestjs/common';
import { Env, RateLimitedError, REDIS } from '@hatchery/core';
import { createHash } from 'node:crypto';
import type Redis from 'ioredis';
import { slowdownDelayMs } from './login-slowdown';

type CounterKind = 'pair' | 'ip' | 'email';

interface Counters {
  /** Failures for this email from this client IP: over LOGIN_LIMIT_PER_EMAIL_IP, 429 for the pair. */
  pair: string;
  /** Failures from this client IP, whatever the email: over LOGIN_LIMIT_PER_IP, 429 for the IP. */
  ip: string;
  /** Failures for this email from every IP: never a 429, only a growing wait (LOGIN_SLOWDOWN_*). */
  email: string;
}

/**
 * Failed logins, counted in Redis so the limits hold across every API process, per window
 * (LOGIN_LIMIT_WINDOW_SECONDS, from the first failure):
 *
 * - per (email, client IP): over the limit, that pair gets 429 with Retry-After. Someone
 *   guessing a person's password locks only themselves out, never the person.
 * - per client IP, whatever the email: over the limit, 429 for the IP.
 * - per email, from every IP: past LOGIN_SLOWDOWN_AFTER, every attempt for the email waits
 *   (`slowdownDelayMs`) before it is answered, the right password included (it then still
 *   succeeds), so a guesser spread over many IPs is slowed down without locking anyone out.
 *
 * Only failures count: an office behind one IP is not locked out by people who know their
 * passwords. A success clears its pair's count; the email's count stays until its window ends:
 * it measures guessing against the account from anywhere, which the owner logging in does not
 * stop, and a guesser must not be able to reset the slowdown by waiting for the owner to log in.
 * Emails are hashed in the keys. (@nestjs/throttler's storage counts every hit and cannot be
 * read without counting, so it does not fit here.)
 */
@Injectable()
export class LoginRateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly env: Env,
  ) {}

  /**
   * Throws 429 with Retry-After while the pair or the IP has used up its failures; otherwise
   * how long this attempt must wait before it is answered (0 unless the email is slowed down).
   */
  async assertAllowed(email: string, ip: string): Promise<{ delayMs: number }> {
    const keys = this.keys(email, ip);
    const replies = await this.redis
      .multi()
      .get(keys.pair)
      .pttl(keys.pair)
      .get(keys.ip)
      .pttl(keys.ip)
      .get(keys.email)
      .exec();
    if (!replies) throw new Error('redis transaction aborted');
    const [pairCount, pairTtl, ipCount, ipTtl, emailCount] = replies.map(([error, value]) => {
      if (error) throw error;
      return Number(value ?? 0);
    });
    const retryAfter = (count: number, limit: number, ttlMs: number) => (count >= limit ? Math.max(1, Math.ceil(ttlMs / 1000)) : 0);
    const seconds = Math.max(retryAfter(pairCount, this.env.LOGIN_LIMIT_PER_EMAIL_IP, pairTtl), retryAfter(ipCount, this.env.LOGIN_LIMIT_PER_IP, ipTtl));
    if (seconds > 0) throw new RateLimitedError(seconds);
    return { delayMs: slowdownDelayMs(emailCount, { after: this.env.LOGIN_SLOWDOWN_AFTER, maxMs: this.env.LOGIN_SLOWDOWN_MAX_MS }) };
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const windowMs = this.env.LOGIN_LIMIT_WINDOW_SECONDS * 1000;
    const multi = this.redis.multi();
    for (const key of Object.values(this.keys(email, ip))) {
      multi.set(key, 0, 'PX', windowMs, 'NX').incr(key);
    }
    await multi.exec();
  }

  /** Clears the pair's count; the IP's and the email's stay (see the class comment). */
  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.redis.del(this.keys(email, ip).pair);
  }

  /**
   * Every key the limiter uses, built here and only here: they go into one MULTI together, so on
   * a Redis Cluster they must share one hash tag, and a change of prefix is a change of `key`.
   */
  private keys(email: string, ip: string): Counters {
    const emailHash = createHash('sha256').update(email).digest('hex');
    const key = (kind: CounterKind, id: string) => `login-failures:${kind}:${id}`;
    return { pair: key('pair', `${emailHash}:${ip}`), ip: key('ip', ip), email: key('email', emailHash) };
  }
}
