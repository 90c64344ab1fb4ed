import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthService, NoTransaction, ProblemResponseDto, Public } from '@hatchery/core';

/** Liveness (the process answers) and readiness (it can serve: Postgres and Redis answer). */
@ApiTags('health')
@Public()
@NoTransaction()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('live')
  @ApiOkResponse({ description: 'The process is up; restart it only when this fails' })
  live() {
    return this.health.live();
  }

  @Get('ready')
  @ApiOkResponse({ description: 'Postgres and Redis answer: send it traffic' })
  @ApiServiceUnavailableResponse({ type: ProblemResponseDto, description: 'Postgres or Redis is down: take it out of the load balancer, do not restart it' })
  ready() {
    return this.health.check();
  }

  /** Kept for existing probes: the same as /health/ready. */
  @Get()
  @ApiOkResponse({ description: 'Postgres and Redis answer (the same as /health/ready)' })
  @ApiServiceUnavailableResponse({ type: ProblemResponseDto, description: 'Postgres or Redis is down' })
  check() {
    return this.health.check();
  }
}
