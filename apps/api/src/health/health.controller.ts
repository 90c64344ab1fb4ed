import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthService, NoTransaction, ProblemResponseDto, Public } from '@hatchery/core';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Public()
  @NoTransaction()
  @Get()
  @ApiOkResponse({ description: 'Postgres and Redis answer' })
  @ApiServiceUnavailableResponse({ type: ProblemResponseDto, description: 'Postgres or Redis is down' })
  check() {
    return this.health.check();
  }
}
