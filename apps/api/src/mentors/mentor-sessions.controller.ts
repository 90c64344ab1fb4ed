import { IdPipe, ProblemResponseDto, Roles } from '@hatchery/core';
import {
  ApproveMentorSessionDto,
  DisputeMentorSessionDto,
  LogMentorSessionDto,
  MentorSessionDto,
  MentorSessionPageDto,
  MentorSessionQueryDto,
  MentorSessionsService,
  RejectMentorSessionDto,
  UpdateMentorSessionDto,
} from '@hatchery/mentors';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

const LOCKED = "SESSION_LOCKED (its month's statement was issued, or a statement paid it)";

/** Mentoring sessions: logged by mentors, confirmed or disputed by founders, approved or rejected by staff. */
@ApiTags('mentors')
@Controller('organizations/:slug/mentor-sessions')
export class MentorSessionsController {
  constructor(private readonly sessions: MentorSessionsService) {}

  @Roles('mentor')
  @Post()
  @ApiOperation({ summary: 'Log a mentoring session', description: "For a startup you were assigned to on that day, not in the future (the organization's timezone), 1 to 720 minutes." })
  @ApiCreatedResponse({ type: MentorSessionDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'SESSION_IN_FUTURE, SESSION_TOO_LONG (over 720 minutes), ATTENDEE_NOT_FOUNDER, VALIDATION_FAILED (minutes below 1)' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'MENTOR_NOT_ASSIGNED, SESSION_OUTSIDE_ASSIGNMENT' })
  logMentorSession(@Param('slug') _slug: string, @Body() body: LogMentorSessionDto): Promise<MentorSessionDto> {
    return this.sessions.log(body);
  }

  @Roles('owner', 'manager', 'mentor', 'founder')
  @Get()
  @ApiOperation({ summary: 'List mentoring sessions', description: "Staff: all; a mentor: their own; a founder: their startups'. Newest first." })
  @ApiOkResponse({ type: MentorSessionPageDto })
  listMentorSessions(@Param('slug') _slug: string, @Query() query: MentorSessionQueryDto): Promise<MentorSessionPageDto> {
    return this.sessions.list(query);
  }

  @Roles('owner', 'manager', 'mentor', 'founder')
  @Get(':sessionId')
  @ApiOperation({ summary: 'Get a mentoring session' })
  @ApiOkResponse({ type: MentorSessionDto })
  getMentorSession(@Param('slug') _slug: string, @Param('sessionId', IdPipe) sessionId: string): Promise<MentorSessionDto> {
    return this.sessions.get(sessionId);
  }

  @Roles('mentor')
  @Patch(':sessionId')
  @ApiOperation({ summary: 'Edit your session while it is logged' })
  @ApiOkResponse({ type: MentorSessionDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'SESSION_IN_FUTURE, SESSION_TOO_LONG, ATTENDEE_NOT_FOUNDER, VALIDATION_FAILED' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: `SESSION_NOT_EDITABLE (answered or reviewed), ${LOCKED}, SESSION_OUTSIDE_ASSIGNMENT` })
  updateMentorSession(@Param('slug') _slug: string, @Param('sessionId', IdPipe) sessionId: string, @Body() body: UpdateMentorSessionDto): Promise<MentorSessionDto> {
    return this.sessions.update(sessionId, body);
  }

  @Roles('founder')
  @Post(':sessionId/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm a session (a founder of its startup)' })
  @ApiOkResponse({ type: MentorSessionDto })
  @ApiConflictResponse({ type: ProblemResponseDto, description: `SESSION_TRANSITION_NOT_ALLOWED, ${LOCKED}` })
  confirmMentorSession(@Param('slug') _slug: string, @Param('sessionId', IdPipe) sessionId: string): Promise<MentorSessionDto> {
    return this.sessions.confirm(sessionId);
  }

  @Roles('founder')
  @Post(':sessionId/dispute')
  @HttpCode(200)
  @ApiOperation({ summary: 'Dispute a session, with a reason (a founder of its startup)' })
  @ApiOkResponse({ type: MentorSessionDto })
  @ApiConflictResponse({ type: ProblemResponseDto, description: `SESSION_TRANSITION_NOT_ALLOWED, ${LOCKED}` })
  disputeMentorSession(@Param('slug') _slug: string, @Param('sessionId', IdPipe) sessionId: string, @Body() body: DisputeMentorSessionDto): Promise<MentorSessionDto> {
    return this.sessions.dispute(sessionId, body);
  }

  @Roles('owner', 'manager')
  @Post(':sessionId/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a session (logged, confirmed or disputed), optionally with fewer minutes' })
  @ApiOkResponse({ type: MentorSessionDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'APPROVED_MINUTES_TOO_MANY' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: `SESSION_TRANSITION_NOT_ALLOWED (already approved or rejected), ${LOCKED}` })
  approveMentorSession(@Param('slug') _slug: string, @Param('sessionId', IdPipe) sessionId: string, @Body() body: ApproveMentorSessionDto): Promise<MentorSessionDto> {
    return this.sessions.approve(sessionId, body);
  }

  @Roles('owner', 'manager')
  @Post(':sessionId/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a session, with a reason' })
  @ApiOkResponse({ type: MentorSessionDto })
  @ApiConflictResponse({ type: ProblemResponseDto, description: `SESSION_TRANSITION_NOT_ALLOWED, ${LOCKED}` })
  rejectMentorSession(@Param('slug') _slug: string, @Param('sessionId', IdPipe) sessionId: string, @Body() body: RejectMentorSessionDto): Promise<MentorSessionDto> {
    return this.sessions.reject(sessionId, body);
  }
}
