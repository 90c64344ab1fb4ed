import { Idempotent, IdPipe, ProblemResponseDto, Roles } from '@hatchery/core';
import { CreateLeaseDto, EndLeaseDto, LeaseDto, LeaseListDto, LeaseQueryDto, LeasesService } from '@hatchery/spaces';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

@ApiTags('spaces')
@Controller('organizations/:slug/leases')
export class LeasesController {
  constructor(private readonly leases: LeasesService) {}

  @Roles('owner', 'manager')
  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Lease a space (or desks of a desk area) to a startup on a rent plan' })
  @ApiCreatedResponse({ type: LeaseDto })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'NOT_FOUND: the startup, space or plan is not this organization’s' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'SPACE_ALREADY_LEASED (an exclusive space leased on a day of the period), DESKS_OVER_CAPACITY, PERIOD_LOCKED (a day in a month already invoiced)' })
  createLease(@Param('slug') _slug: string, @Body() body: CreateLeaseDto): Promise<LeaseDto> {
    return this.leases.create(body);
  }

  @Roles('owner', 'manager', 'founder')
  @Get()
  @ApiOperation({ summary: 'Leases: staff see all; a founder sees their startup’s' })
  @ApiOkResponse({ type: LeaseListDto })
  listLeases(@Param('slug') _slug: string, @Query() query: LeaseQueryDto): Promise<LeaseListDto> {
    return this.leases.list(query);
  }

  @Roles('owner', 'manager', 'founder')
  @Get(':leaseId')
  @ApiOperation({ summary: 'Get a lease' })
  @ApiOkResponse({ type: LeaseDto, description: "Staff, or a founder of the lease's startup" })
  getLease(@Param('slug') _slug: string, @Param('leaseId', IdPipe) leaseId: string): Promise<LeaseDto> {
    return this.leases.get(leaseId);
  }

  @Roles('owner', 'manager')
  @Patch(':leaseId')
  @ApiOperation({ summary: "Set a lease's last day (end it, or move its end)" })
  @ApiOkResponse({ type: LeaseDto })
  @ApiConflictResponse({ type: ProblemResponseDto, description: "NOTICE_REQUIRED (earlier than today + the plan's notice days without a reason), SPACE_ALREADY_LEASED or DESKS_OVER_CAPACITY (extending), PERIOD_LOCKED (a day in a month already invoiced)" })
  endLease(@Param('slug') _slug: string, @Param('leaseId', IdPipe) leaseId: string, @Body() body: EndLeaseDto): Promise<LeaseDto> {
    return this.leases.end(leaseId, body);
  }
}
