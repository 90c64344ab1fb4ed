import { IdPipe, ProblemResponseDto, Roles } from '@hatchery/core';
import { StartupTimelineDto } from '@hatchery/cohorts';
import {
  CreateMentorAssignmentDto,
  MentorAssignmentDto,
  MentorAssignmentListDto,
  MentorAssignmentsService,
  MentorHoursDto,
  MentorHoursQueryDto,
  MentorHoursService,
  MentoringNeedsDto,
  MentorProfilesService,
  MentorSuggestionListDto,
  MentorSuggestionQueryDto,
  SetMentoringNeedsDto,
  UpdateMentorAssignmentDto,
} from '@hatchery/mentors';
import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

/** Matching and assignment: a startup's needs, suggested mentors, assignments; a mentor's startups; hours. */
@ApiTags('mentors')
@Controller('organizations/:slug')
export class MentorAssignmentsController {
  constructor(
    private readonly assignments: MentorAssignmentsService,
    private readonly profiles: MentorProfilesService,
    private readonly hours: MentorHoursService,
  ) {}

  @Roles('owner', 'manager', 'founder')
  @Get('startups/:startupId/mentoring-needs')
  @ApiOperation({ summary: "A startup's stated mentoring needs (tags)" })
  @ApiOkResponse({ type: MentoringNeedsDto, description: 'Staff, or a founder of the startup' })
  getMentoringNeeds(@Param('slug') _slug: string, @Param('startupId', IdPipe) startupId: string): Promise<MentoringNeedsDto> {
    return this.profiles.getNeeds(startupId);
  }

  @Roles('owner', 'manager', 'founder')
  @Put('startups/:startupId/mentoring-needs')
  @ApiOperation({ summary: "State a startup's mentoring needs", description: "Tags of the organization's mentor vocabulary; staff, or a founder of the startup." })
  @ApiOkResponse({ type: MentoringNeedsDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'UNKNOWN_TAG, VALIDATION_FAILED' })
  setMentoringNeeds(@Param('slug') _slug: string, @Param('startupId', IdPipe) startupId: string, @Body() body: SetMentoringNeedsDto): Promise<MentoringNeedsDto> {
    return this.profiles.setNeeds(startupId, body);
  }

  @Roles('owner', 'manager')
  @Get('startups/:startupId/mentor-suggestions')
  @ApiOperation({
    summary: 'Suggested mentors for a startup',
    description: "Active mentors with free capacity today, ranked by how many of their tags match the startup's sector and stated needs (or ?needs=), then by free capacity; its founders, mentors with a declared conflict and those assigned to it already are left out.",
  })
  @ApiOkResponse({ type: MentorSuggestionListDto })
  listMentorSuggestions(@Param('slug') _slug: string, @Param('startupId', IdPipe) startupId: string, @Query() query: MentorSuggestionQueryDto): Promise<MentorSuggestionListDto> {
    return this.assignments.suggestions(startupId, query);
  }

  @Roles('owner', 'manager')
  @Post('startups/:startupId/mentor-assignments')
  @ApiOperation({ summary: 'Assign a lead or expert mentor to an enrolled startup' })
  @ApiCreatedResponse({ type: MentorAssignmentDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'VALIDATION_FAILED (endsOn before startsOn), ENROLMENT_REQUIRED' })
  @ApiConflictResponse({
    type: ProblemResponseDto,
    description: 'LEAD_ALREADY_ASSIGNED (one lead per startup at a time), ALREADY_ASSIGNED, MENTOR_AT_CAPACITY, MENTOR_CONFLICT (a founder, or a declared conflict), MENTOR_NOT_LEAD (an expert as lead), MENTOR_INACTIVE, STARTUP_NOT_ENROLLED',
  })
  createMentorAssignment(@Param('slug') _slug: string, @Param('startupId', IdPipe) startupId: string, @Body() body: CreateMentorAssignmentDto): Promise<MentorAssignmentDto> {
    return this.assignments.assign(startupId, body);
  }

  @Roles('owner', 'manager', 'founder')
  @Get('startups/:startupId/mentor-assignments')
  @ApiOperation({ summary: "A startup's mentors, past and present" })
  @ApiOkResponse({ type: MentorAssignmentListDto, description: 'Staff, or a founder of the startup' })
  listStartupMentorAssignments(@Param('slug') _slug: string, @Param('startupId', IdPipe) startupId: string): Promise<MentorAssignmentListDto> {
    return this.assignments.listForStartup(startupId);
  }

  @Roles('owner', 'manager')
  @Patch('mentor-assignments/:assignmentId')
  @ApiOperation({ summary: "End (or extend) a mentor's assignment" })
  @ApiOkResponse({ type: MentorAssignmentDto })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'SESSIONS_AFTER_END, LEAD_ALREADY_ASSIGNED, MENTOR_AT_CAPACITY (extending)' })
  updateMentorAssignment(@Param('slug') _slug: string, @Param('assignmentId', IdPipe) assignmentId: string, @Body() body: UpdateMentorAssignmentDto): Promise<MentorAssignmentDto> {
    return this.assignments.setEnd(assignmentId, body);
  }

  @Roles('mentor')
  @Get('me/mentor-assignments')
  @ApiOperation({ summary: 'Your startups as a mentor here (assignments, latest first)' })
  @ApiOkResponse({ type: MentorAssignmentListDto })
  listMyMentorAssignments(@Param('slug') _slug: string): Promise<MentorAssignmentListDto> {
    return this.assignments.mine();
  }

  @Roles('mentor')
  @Get('me/mentored-startups/:startupId/timeline')
  @ApiOperation({ summary: "The timeline of a startup you mentor", description: 'Its enrolments, phases and milestones, for a mentor whose assignment to it has started (ended ones included); any other startup is 404.' })
  @ApiOkResponse({ type: StartupTimelineDto })
  getMentoredStartupTimeline(@Param('slug') _slug: string, @Param('startupId', IdPipe) startupId: string): Promise<StartupTimelineDto> {
    return this.assignments.mentoredTimeline(startupId);
  }

  @Roles('owner', 'manager')
  @Get('mentor-hours')
  @ApiOperation({ summary: 'Approved mentor hours per month, by mentor, startup or programme' })
  @ApiOkResponse({ type: MentorHoursDto })
  getMentorHours(@Param('slug') _slug: string, @Query() query: MentorHoursQueryDto): Promise<MentorHoursDto> {
    return this.hours.report(query);
  }
}
