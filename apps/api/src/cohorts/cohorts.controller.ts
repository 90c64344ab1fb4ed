import { Idempotent, IdPipe, PageQueryDto, ProblemResponseDto, Roles } from '@hatchery/core';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ActionQueryDto,
  CohortDetailDto,
  CohortGridDto,
  CohortPageDto,
  CohortQueryDto,
  CohortMilestoneDto,
  CohortTimelineDto,
  EnrolmentDto,
  EnrolmentResultDto,
  MilestoneDto,
  CohortsService,
  CreateCohortDto,
  EndEnrolmentDto,
  EnrolDto,
  EnrolmentsService,
  MilestoneChangesDto,
  MilestoneInputDto,
  MilestonesService,
  MilestoneTrendDto,
  MilestoneTrendQueryDto,
  MilestoneTrendService,
  ProgrammeActionDto,
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
    private readonly trend: MilestoneTrendService,
  ) {}

  @Roles('owner', 'manager')
  @Post('cohorts')
  @Idempotent()
  @ApiOperation({ summary: 'Create a cohort of a programme, its phases dated' })
  @ApiCreatedResponse({ type: CohortDetailDto, description: "The cohort, its phases dated in the organization's timezone and its milestones" })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'VALIDATION_FAILED (start date), PROGRAMME_HAS_NO_PHASES' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'COHORT_EXISTS' })
  createCohort(@Param('slug') _slug: string, @Body() body: CreateCohortDto): Promise<CohortDetailDto> {
    return this.cohorts.create(body);
  }

  @Roles('owner', 'manager')
  @Get('cohorts')
  @ApiOperation({ summary: 'List cohorts' })
  @ApiOkResponse({ type: CohortPageDto })
  listCohorts(@Param('slug') _slug: string, @Query() query: CohortQueryDto): Promise<CohortPageDto> {
    return this.cohorts.list(query);
  }

  @Roles('owner', 'manager')
  @Get('cohorts/:cohortId')
  @ApiOperation({ summary: 'Get a cohort with its phases, milestones and enrolment counts' })
  @ApiOkResponse({ type: CohortDetailDto })
  getCohort(@Param('slug') _slug: string, @Param('cohortId', IdPipe) id: string): Promise<CohortDetailDto> {
    return this.cohorts.get(id);
  }

  @Roles('owner', 'manager')
  @Get('cohorts/:cohortId/timeline')
  @ApiOperation({ summary: "A cohort's timeline (Gantt chart)" })
  @ApiOkResponse({ type: CohortTimelineDto, description: 'Phases as bars and milestones as markers, for a Gantt chart' })
  getCohortTimeline(@Param('slug') _slug: string, @Param('cohortId', IdPipe) id: string): Promise<CohortTimelineDto> {
    return this.cohorts.timeline(id);
  }

  @Roles('owner', 'manager')
  @Get('cohorts/:cohortId/grid')
  @ApiOperation({ summary: "A cohort's grid: startups × milestones" })
  @ApiOkResponse({ type: CohortGridDto, description: 'Startups × milestones with each status, a page of startups at a time' })
  getCohortGrid(@Param('slug') _slug: string, @Param('cohortId', IdPipe) id: string, @Query() page: PageQueryDto): Promise<CohortGridDto> {
    return this.cohorts.grid(id, page);
  }

  @Roles('owner', 'manager')
  @Get('cohorts/:cohortId/milestone-trend')
  @ApiOperation({
    summary: "A cohort's milestones by status, day by day",
    description:
      "For each local day of the range (the cohort's timezone), the cohort's milestones as they stood at the end of that day, from their history: pending, submitted, changes requested, approved, and overdue (not approved and due before that day; counted only as overdue). Dropped milestones, and those of enrolments withdrawn by then, are not counted. Default range: the cohort's first day to today or its last day, whichever is earlier (the last 400 days of a longer one); at most 400 days.",
  })
  @ApiOkResponse({ type: MilestoneTrendDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'VALIDATION_FAILED: a date that is not YYYY-MM-DD, `to` before `from`, or a range over 400 days' })
  @ApiForbiddenResponse({ type: ProblemResponseDto, description: 'FORBIDDEN: owners and managers only' })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'NOT_FOUND: no such cohort in this organization' })
  getCohortMilestoneTrend(@Param('slug') _slug: string, @Param('cohortId', IdPipe) id: string, @Query() query: MilestoneTrendQueryDto): Promise<MilestoneTrendDto> {
    return this.trend.trend(id, query);
  }

  @Roles('owner', 'manager')
  @Post('cohorts/:cohortId/enrolments')
  @Idempotent()
  @ApiOperation({ summary: 'Enrol startups in a cohort' })
  @ApiCreatedResponse({ type: EnrolmentResultDto, description: "Enrolled, each with the cohort's milestones" })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'STARTUP_ALREADY_ENROLLED (active in a cohort of this programme), COHORT_COMPLETED' })
  enrolStartups(@Param('slug') _slug: string, @Param('cohortId', IdPipe) id: string, @Body() body: EnrolDto): Promise<EnrolmentResultDto> {
    return this.enrolments.enrol(id, body.startupIds);
  }

  @Roles('owner', 'manager')
  @Post('enrolments/:enrolmentId/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a startup from its cohort' })
  @ApiOkResponse({ type: EnrolmentDto })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'ENROLMENT_NOT_ACTIVE' })
  withdrawEnrolment(@Param('slug') _slug: string, @Param('enrolmentId', IdPipe) id: string, @Body() body: EndEnrolmentDto): Promise<EnrolmentDto> {
    return this.enrolments.withdraw(id, body.reason);
  }

  @Roles('owner', 'manager')
  @Post('cohorts/:cohortId/milestones')
  @Idempotent()
  @ApiOperation({ summary: 'Add a milestone for the whole cohort' })
  @ApiCreatedResponse({ type: CohortMilestoneDto, description: 'A milestone for every startup of the cohort' })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'DUE_DATE_OUTSIDE_COHORT' })
  addCohortMilestone(@Param('slug') _slug: string, @Param('cohortId', IdPipe) id: string, @Body() body: MilestoneInputDto): Promise<CohortMilestoneDto> {
    return this.milestones.addForCohort(id, body);
  }

  @Roles('owner', 'manager')
  @Patch('cohorts/:cohortId/milestones/:cohortMilestoneId')
  @ApiOperation({ summary: "Edit or reschedule a cohort's milestone" })
  @ApiOkResponse({ type: CohortMilestoneDto, description: 'Edits (or reschedules) every copy not yet approved' })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'DUE_DATE_OUTSIDE_COHORT' })
  editCohortMilestone(@Param('slug') _slug: string, @Param('cohortId', IdPipe) id: string, @Param('cohortMilestoneId', IdPipe) milestoneId: string, @Body() body: MilestoneChangesDto): Promise<CohortMilestoneDto> {
    return this.milestones.editForCohort(id, milestoneId, body);
  }

  @Roles('owner', 'manager')
  @Delete('cohorts/:cohortId/milestones/:cohortMilestoneId')
  @HttpCode(204)
  @ApiOperation({ summary: "Drop a cohort's milestone" })
  @ApiNoContentResponse({ description: 'Dropped for every startup; approved ones stay as history' })
  async dropCohortMilestone(@Param('slug') _slug: string, @Param('cohortId', IdPipe) id: string, @Param('cohortMilestoneId', IdPipe) milestoneId: string) {
    await this.milestones.dropForCohort(id, milestoneId);
  }

  @Roles('owner', 'manager')
  @Post('enrolments/:enrolmentId/milestones')
  @Idempotent()
  @ApiOperation({ summary: 'Add a milestone for one startup' })
  @ApiCreatedResponse({ type: MilestoneDto, description: 'A milestone for this startup only' })
  addEnrolmentMilestone(@Param('slug') _slug: string, @Param('enrolmentId', IdPipe) id: string, @Body() body: MilestoneInputDto): Promise<MilestoneDto> {
    return this.milestones.addForEnrolment(id, body);
  }

  @Roles('owner', 'manager')
  @Get('programme-actions')
  @ApiOperation({ summary: 'List graduation reviews and equity stakes' })
  @ApiOkResponse({ type: ProgrammeActionPageDto, description: 'Graduation reviews and equity stakes the calendar opened, with the startup and cohort names' })
  listActions(@Param('slug') _slug: string, @Query() query: ActionQueryDto): Promise<ProgrammeActionPageDto> {
    return this.actions.list(query);
  }

  @Roles('owner', 'manager')
  @Post('programme-actions/:actionId/resolve')
  @ApiOperation({ summary: 'Resolve a graduation review or an equity stake' })
  @HttpCode(200)
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'RESOLUTION_NOT_ALLOWED, EXTENSION_TOO_SHORT' })
  @ApiOkResponse({ type: ProgrammeActionDto })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'ACTION_RESOLVED, ENROLMENT_NOT_ACTIVE' })
  resolveAction(@Param('slug') _slug: string, @Param('actionId', IdPipe) id: string, @Body() body: ResolveActionDto): Promise<ProgrammeActionDto> {
    return this.actions.resolve(id, body);
  }
}
