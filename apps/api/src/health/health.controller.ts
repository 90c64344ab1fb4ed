import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiServiceUnavailableResponse, ApiTags, getSchemaPath, ApiExtraModels } from '@nestjs/swagger';
import { HealthService, NoTransaction, ProblemResponseDto, Public } from '@hatchery/core';

export class LivenessDto {
  @ApiProperty({ enum: ['ok'], enumName: 'LivenessStatus' }) status: 'ok';
}

export class HealthIndicatorDto {
  @ApiProperty({ example: 'up' }) status: string;
}

/** @nestjs/terminus's result: each dependency's status. */
export class ReadinessDto {
  @ApiProperty({ example: 'ok' }) status: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { $ref: getSchemaPath(HealthIndicatorDto) }, nullable: true }) info?: Record<string, HealthIndicatorDto>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { $ref: getSchemaPath(HealthIndicatorDto) }, nullable: true }) error?: Record<string, HealthIndicatorDto>;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(HealthIndicatorDto) }, example: { database: { status: 'up' }, redis: { status: 'up' } } })
  details: Record<string, HealthIndicatorDto>;
}

type Indicators = Record<string, HealthIndicatorDto> | undefined;
function toReadinessDto(result: { status: string; info?: object; error?: object; details: object }): ReadinessDto {
  return { status: result.status, info: result.info as Indicators, error: result.error as Indicators, details: result.details as Record<string, HealthIndicatorDto> };
}

/** Liveness (the process answers) and readiness (it can serve: Postgres and Redis answer). */
@ApiTags('health')
@ApiExtraModels(HealthIndicatorDto)
@Public()
@NoTransaction()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @ApiOkResponse({ type: LivenessDto, description: 'The process is up; restart it only when this fails' })
  live(): LivenessDto {
    return this.health.live();
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: Postgres and Redis answer' })
  @ApiOkResponse({ type: ReadinessDto, description: 'Postgres and Redis answer: send it traffic' })
  @ApiServiceUnavailableResponse({ type: ProblemResponseDto, description: 'Postgres or Redis is down: take it out of the load balancer, do not restart it' })
  async ready(): Promise<ReadinessDto> {
    return toReadinessDto(await this.health.check());
  }

  /** Kept for existing probes: the same as /health/ready. */
  @Get()
  @ApiOperation({ summary: 'Readiness (kept for existing probes)' })
  @ApiOkResponse({ type: ReadinessDto, description: 'Postgres and Redis answer (the same as /health/ready)' })
  @ApiServiceUnavailableResponse({ type: ProblemResponseDto, description: 'Postgres or Redis is down' })
  async check(): Promise<ReadinessDto> {
    return toReadinessDto(await this.health.check());
  }
}
