import { Idempotent, IdPipe, OpenOrganization, PageQueryDto, ProblemResponseDto, Public, Roles } from '@hatchery/core';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import {
  CALL_STATUSES,
  CallDto,
  CallPageDto,
  CallStatus,
  CallsService,
  CreateCallDto,
  CreateProgrammeDto,
  ProgrammeDto,
  ProgrammePageDto,
  ProgrammesService,
  PublicCallDto,
  UpdateCallDto,
  UpdateProgrammeDto,
} from '@hatchery/programmes';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

class CallQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CALL_STATUSES, enumName: 'CallStatus' }) @IsOptional() @IsIn(CALL_STATUSES)
  status?: CallStatus;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID()
  programmeId?: string;
}

@Controller()
export class ProgrammesController {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly calls: CallsService,
  ) {}

  @Roles('owner', 'manager')
  @Post('organizations/:slug/programmes')
  @Idempotent()
  @ApiTags('programmes')
  @ApiOperation({ summary: 'Create a programme' })
  @ApiCreatedResponse({ type: ProgrammeDto, description: 'The programme' })
  createProgramme(@Param('slug') _slug: string, @Body() body: CreateProgrammeDto): Promise<ProgrammeDto> {
    return this.programmes.create(body);
  }

  @Roles('owner', 'manager', 'reviewer')
  @Get('organizations/:slug/programmes')
  @ApiTags('programmes')
  @ApiOperation({ summary: 'List programmes' })
  @ApiOkResponse({ type: ProgrammePageDto })
  listProgrammes(@Param('slug') _slug: string, @Query() page: PageQueryDto): Promise<ProgrammePageDto> {
    return this.programmes.list(page.limit, page.cursor);
  }

  @Roles('owner', 'manager', 'reviewer')
  @Get('organizations/:slug/programmes/:programmeId')
  @ApiTags('programmes')
  @ApiOperation({ summary: 'Get a programme' })
  @ApiOkResponse({ type: ProgrammeDto })
  getProgramme(@Param('slug') _slug: string, @Param('programmeId', IdPipe) id: string): Promise<ProgrammeDto> {
    return this.programmes.get(id);
  }

  @Roles('owner', 'manager')
  @Patch('organizations/:slug/programmes/:programmeId')
  @ApiTags('programmes')
  @ApiOperation({ summary: 'Update a programme' })
  @ApiOkResponse({ type: ProgrammeDto, description: 'Open calls keep the rubric they were created with' })
  updateProgramme(@Param('slug') _slug: string, @Param('programmeId', IdPipe) id: string, @Body() body: UpdateProgrammeDto): Promise<ProgrammeDto> {
    return this.programmes.update(id, body);
  }

  @Roles('owner', 'manager')
  @Post('organizations/:slug/programmes/:programmeId/calls')
  @Idempotent()
  @ApiTags('calls')
  @ApiOperation({ summary: 'Create a draft call for applications' })
  @ApiCreatedResponse({ type: CallDto, description: 'A draft call' })
  createCall(@Param('slug') _slug: string, @Param('programmeId', IdPipe) programmeId: string, @Body() body: CreateCallDto): Promise<CallDto> {
    return this.calls.create(programmeId, body);
  }

  @Roles('owner', 'manager', 'reviewer')
  @Get('organizations/:slug/calls')
  @ApiTags('calls')
  @ApiOperation({ summary: 'List calls, by status or programme' })
  @ApiOkResponse({ type: CallPageDto })
  listCalls(@Param('slug') _slug: string, @Query() query: CallQueryDto): Promise<CallPageDto> {
    return this.calls.list(query);
  }

  @Roles('owner', 'manager', 'reviewer')
  @Get('organizations/:slug/calls/:callId')
  @ApiTags('calls')
  @ApiOperation({ summary: 'Get a call' })
  @ApiOkResponse({ type: CallDto })
  getCall(@Param('slug') _slug: string, @Param('callId', IdPipe) id: string): Promise<CallDto> {
    return this.calls.get(id);
  }

  @Roles('owner', 'manager')
  @Patch('organizations/:slug/calls/:callId')
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'CALL_FROZEN: questions, rounds and rubrics cannot change once open' })
  @ApiTags('calls')
  @ApiOperation({ summary: 'Update a call' })
  @ApiOkResponse({ type: CallDto })
  updateCall(@Param('slug') _slug: string, @Param('callId', IdPipe) id: string, @Body() body: UpdateCallDto): Promise<CallDto> {
    return this.calls.update(id, body);
  }

  @Roles('owner', 'manager')
  @Post('organizations/:slug/calls/:callId/publish')
  @HttpCode(200)
  @ApiTags('calls')
  @ApiOperation({ summary: 'Publish a call: it opens and closes on its dates' })
  @ApiOkResponse({ type: CallDto, description: 'Scheduled, or open at once if its opening time has passed' })
  publishCall(@Param('slug') _slug: string, @Param('callId', IdPipe) id: string): Promise<CallDto> {
    return this.calls.publish(id);
  }

  @Roles('owner', 'manager')
  @Post('organizations/:slug/calls/:callId/cancel')
  @HttpCode(200)
  @ApiTags('calls')
  @ApiOperation({ summary: 'Cancel a call' })
  @ApiOkResponse({ type: CallDto })
  cancelCall(@Param('slug') _slug: string, @Param('callId', IdPipe) id: string): Promise<CallDto> {
    return this.calls.cancel(id);
  }

  @Public()
  @OpenOrganization()
  @Get('public/organizations/:slug/calls')
  @ApiTags('calls')
  @ApiOperation({ summary: "List an organization's open calls (no login)" })
  @ApiOkResponse({ type: [PublicCallDto], description: "The organization's open calls; no login needed" })
  listOpenCalls(@Param('slug') _slug: string): Promise<PublicCallDto[]> {
    return this.calls.listOpen();
  }
}
