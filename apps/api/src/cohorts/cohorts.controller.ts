import { Idempotent, IdPipe, PageQueryDto, ProblemResponseDto, Roles } from '@hatchery/core';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  ActionQueryDto,
  CohortQueryDto,
  CohortsService,
  CreateCohortDto,
  EndEnrolmentDto,
  EnrolDto,
  EnrolmentsService,
  MilestoneChangesDto,
  MilestoneInputDto,
  MilestonesService,
  ProgrammeActionPageDto,
  ProgrammeActionsService,
  ResolveActionDto,
} from '@hatchery/cohorts';

@ApiTags('cohorts')
@Controller('organizations/:slug')
export class CohortsController {
  constructor(
    private readonly cohorts: CohortsService,
    private readonly enrolments: EnrolmentsService,
    private readonly milestones: MilestonesService,
    private readonly actions: ProgrammeActionsService,
  ) {}

  @Roles('owner', 'manager')
  @Post('cohorts')
  @Idempotent()
  @ApiCreatedResponse({ description: "The cohort, its phases dated in the organization's timezone and its milestones" })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'VALIDATION_FAILED (start date), PROGRAMME_HAS_NO_PHASES' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'COHORT_EXISTS' })
  create(@Param('slug') _slug: string, @Body() body: CreateCohortDto) {
    return this.cohorts.create(body);
  }

  @Roles('owner', 'manager')
  @Get('cohorts')
  list(@Param('slug') _slug: string, @Query() query: CohortQueryDto) {
    return this.cohorts.list(query);
  }

  @Roles('owner', 'manager')
  @Get('cohorts/:cohortId')
  get(@Param('slug') _slug: string, @Param('cohortId', IdPipe) id: string) {
    return this.cohorts.get(id);
  }

  @Roles('owner', 'manager')
  @Get('cohorts/:cohortId/timeline')
  @ApiOkResponse({ description: 'Phases as bars and milestones as markers, for a Gantt chart' })
  timeline(@Param('slug') _slug: string, @Param('cohortId', IdPipe) id: string) {
    return this.cohorts.timeline(id);
  }

  @Roles('owner', 'manager')
  @Get('cohorts/:cohortId/grid')
  @ApiOkResponse({ description: 'Startups × milestones with each status, a page of startups at a time' })
  grid(@Param('slug') _slug: string, @Param('cohortId', IdPipe) id: string, @Query() page: PageQueryDto) {
    return this.cohorts.grid(id, page);
  }

  @Roles('owner', 'manager')
  @Post('cohorts/:cohortId/enrolments')
  @Idempotent()
  @ApiCreatedResponse({ description: "Enrolled, each with the cohort's milestones" })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'STARTUP_ALREADY_ENROLLED (active in a cohort of this programme), COHORT_COMPLETED' })
  enrol(@Param('slug') _slug: string, @Param('cohortId', IdPipe) id: string, @Body() body: EnrolDto) {
    return this.enrolments.enrol(id, body.startupIds);
  }

  @Roles('owner', 'manager')
  @Post('enrolments/:enrolmentId/withdraw')
  @HttpCode(200)
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'ENROLMENT_NOT_ACTIVE' })
  withdraw(@Param('slug') _slug: string, @Param('enrolmentId', IdPipe) id: string, @Body() body: EndEnrolmentDto) {
    return this.enrolments.withdraw(id, body.reason);
  }

  @Roles('owner', 'manager')
  @Post('cohorts/:cohortId/milestones')
  @Idempotent()
  @ApiCreatedResponse({ description: 'A milestone for every startup of the cohort' })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'DUE_DATE_OUTSIDE_COHORT' })
  addForCohort(@Param('slug') _slug: string, @Param('cohortId', IdPipe) id: string, @Body() body: MilestoneInputDto) {
    return this.milestones.addForCohort(id, body);
  }

  @Roles('owner', 'manager')
  @Patch('cohorts/:cohortId/milestones/:cohortMilestoneId')
  @ApiOkResponse({ description: 'Edits (or reschedules) every copy not yet approved' })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'DUE_DATE_OUTSIDE_COHORT' })
  editForCohort(@Param('slug') _slug: string, @Param('cohortId', IdPipe) id: string, @Param('cohortMilestoneId', IdPipe) milestoneId: string, @Body() body: MilestoneChangesDto) {
    return this.milestones.editForCohort(id, milestoneId, body);
  }

  @Roles('owner', 'manager')
  @Delete('cohorts/:cohortId/milestones/:cohortMilestoneId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Dropped for every startup; approved ones stay as history' })
  async dropForCohort(@Param('slug') _slug: string, @Param('cohortId', IdPipe) id: string, @Param('cohortMilestoneId', IdPipe) milestoneId: string) {
    await this.milestones.dropForCohort(id, milestoneId);
  }

  @Roles('owner', 'manager')
  @Post('enrolments/:enrolmentId/milestones')
  @Idempotent()
  @ApiCreatedResponse({ description: 'A milestone for this startup only' })
  addForEnrolment(@Param('slug') _slug: string, @Param('enrolmentId', IdPipe) id: string, @Body() body: MilestoneInputDto) {
    return this.milestones.addForEnrolment(id, body);
  }

  @Roles('owner', 'manager')
  @Get('programme-actions')
  @ApiOkResponse({ type: ProgrammeActionPageDto, description: 'Graduation reviews and equity stakes the calendar opened, with the startup and cohort names' })
  listActions(@Param('slug') _slug: string, @Query() query: ActionQueryDto): Promise<ProgrammeActionPageDto> {
    return this.actions.list(query);
  }

  @Roles('owner', 'manager')
  @Post('programme-actions/:actionId/resolve')
  @HttpCode(200)
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'RESOLUTION_NOT_ALLOWED, EXTENSION_TOO_SHORT' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'ACTION_RESOLVED, ENROLMENT_NOT_ACTIVE' })
  resolveAction(@Param('slug') _slug: string, @Param('actionId', IdPipe) id: string, @Body() body: ResolveActionDto) {
    return this.actions.resolve(id, body);
  }
}
