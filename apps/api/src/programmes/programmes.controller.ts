import { Idempotent, IdPipe, OpenOrganization, PageQueryDto, ProblemResponseDto, Public, Roles } from '@hatchery/core';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CALL_STATUSES, CallStatus, CallsService, CreateCallDto, CreateProgrammeDto, ProgrammesService, UpdateCallDto, UpdateProgrammeDto } from '@hatchery/programmes';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

class CallQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CALL_STATUSES }) @IsOptional() @IsIn(CALL_STATUSES)
  status?: CallStatus;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID()
  programmeId?: string;
}

@ApiTags('programmes')
@Controller()
export class ProgrammesController {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly calls: CallsService,
  ) {}

  @Roles('owner', 'manager')
  @Post('organizations/:slug/programmes')
  @Idempotent()
  @ApiCreatedResponse({ description: 'The programme' })
  createProgramme(@Param('slug') _slug: string, @Body() body: CreateProgrammeDto) {
    return this.programmes.create(body);
  }

  @Roles('owner', 'manager', 'reviewer')
  @Get('organizations/:slug/programmes')
  listProgrammes(@Param('slug') _slug: string, @Query() page: PageQueryDto) {
    return this.programmes.list(page.limit, page.cursor);
  }

  @Roles('owner', 'manager', 'reviewer')
  @Get('organizations/:slug/programmes/:programmeId')
  getProgramme(@Param('slug') _slug: string, @Param('programmeId', IdPipe) id: string) {
    return this.programmes.get(id);
  }

  @Roles('owner', 'manager')
  @Patch('organizations/:slug/programmes/:programmeId')
  @ApiOkResponse({ description: 'Open calls keep the rubric they were created with' })
  updateProgramme(@Param('slug') _slug: string, @Param('programmeId', IdPipe) id: string, @Body() body: UpdateProgrammeDto) {
    return this.programmes.update(id, body);
  }

  @Roles('owner', 'manager')
  @Post('organizations/:slug/programmes/:programmeId/calls')
  @Idempotent()
  @ApiCreatedResponse({ description: 'A draft call' })
  createCall(@Param('slug') _slug: string, @Param('programmeId', IdPipe) programmeId: string, @Body() body: CreateCallDto) {
    return this.calls.create(programmeId, body);
  }

  @Roles('owner', 'manager', 'reviewer')
  @Get('organizations/:slug/calls')
  listCalls(@Param('slug') _slug: string, @Query() query: CallQueryDto) {
    return this.calls.list(query);
  }

  @Roles('owner', 'manager', 'reviewer')
  @Get('organizations/:slug/calls/:callId')
  getCall(@Param('slug') _slug: string, @Param('callId', IdPipe) id: string) {
    return this.calls.get(id);
  }

  @Roles('owner', 'manager')
  @Patch('organizations/:slug/calls/:callId')
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'CALL_FROZEN: questions, rounds and rubrics cannot change once open' })
  updateCall(@Param('slug') _slug: string, @Param('callId', IdPipe) id: string, @Body() body: UpdateCallDto) {
    return this.calls.update(id, body);
  }

  @Roles('owner', 'manager')
  @Post('organizations/:slug/calls/:callId/publish')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Scheduled, or open at once if its opening time has passed' })
  publishCall(@Param('slug') _slug: string, @Param('callId', IdPipe) id: string) {
    return this.calls.publish(id);
  }

  @Roles('owner', 'manager')
  @Post('organizations/:slug/calls/:callId/cancel')
  @HttpCode(200)
  cancelCall(@Param('slug') _slug: string, @Param('callId', IdPipe) id: string) {
    return this.calls.cancel(id);
  }

  @Public()
  @OpenOrganization()
  @Get('public/organizations/:slug/calls')
  @ApiOkResponse({ description: "The organization's open calls; no login needed" })
  openCalls(@Param('slug') _slug: string) {
    return this.calls.listOpen();
  }
}
