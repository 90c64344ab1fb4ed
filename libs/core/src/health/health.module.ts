import { Inject, Injectable, Module } from '@nestjs/common';
import { HealthCheckService, HealthIndicatorService, TerminusModule, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type Redis from 'ioredis';
import { DomainError } from '../errors/domain-error';
import { REDIS } from '../redis/redis.module';

/** Postgres and Redis, each pinged with a short timeout; 503 with the failing one named. */
@Injectable()
export class HealthService {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** The process answers: its event loop runs. Nothing external is checked, so a dependency outage never restarts it. */
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  async check() {
    try {
      return await this.health.check([() => this.database.pingCheck('database', { timeout: 1500 }), () => this.pingRedis()]);
    } catch (error) {
      const details = (error as { response?: { details?: Record<string, { status: string }> } }).response?.details ?? {};
      const down = Object.entries(details).filter(([, v]) => v.status !== 'up').map(([k]) => k);
      throw new DomainError(503, 'SERVICE_UNAVAILABLE', `Unavailable: ${down.join(', ') || 'unknown'}.`, { checks: details });
    }
  }

  private async pingRedis() {
    const session = this.indicators.check('redis');
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), 1500)));
      await Promise.race([this.redis.ping(), timeout]);
      return session.up();
    } catch (error) {
      return session.down({ message: (error as Error).message });
    } finally {
      clearTimeout(timer);
    }
  }
}

@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  providers: [HealthService],
  exports: [HealthService],
})
export class HealthModule {}
