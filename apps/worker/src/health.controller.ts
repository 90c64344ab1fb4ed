import { Controller, Get } from '@nestjs/common';
import { HealthService } from '@hatchery/core';

/** A worker that lost Postgres or Redis is alive (it reconnects by itself) but not ready. */
@Controller('health')
export class WorkerHealthController {
  constructor(private readonly health: HealthService) {}

  @Get('live')
  live() {
    return this.health.live();
  }

  @Get('ready')
  ready() {
    return this.health.check();
  }

  @Get()
  check() {
    return this.health.check();
  }
}
