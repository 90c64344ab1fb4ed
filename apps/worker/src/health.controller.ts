import { Controller, Get } from '@nestjs/common';
import { HealthService } from '@hatchery/core';

@Controller('health')
export class WorkerHealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  check() {
    return this.health.check();
  }
}
