import { Idempotent, IdPipe, ProblemResponseDto, Roles } from '@hatchery/core';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiExtraModels, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AssignedDto,
  CallFunnelDto,
  CallFunnelService,
  DecideDto,
  DecidedDto,
  DecisionsService,
  DeclareConflictDto,
  MyReviewDto,
  QueueItemDto,
  RankedApplicationDto,
  RANKING_CSV_SCHEMA,
  rankingCsv,
  rankingJsonSchema,
  RankingQueryDto,
  RankingService,
  ReassignDto,
  ReviewerProgressDto,
  ReviewsService,
  RoundAssignmentPageDto,
  RoundAssignmentQueryDto,
  ShortlistDto,
  ShortlistedDto,
  SubmitReviewDto,
} from '@hatchery/applications';
import type { FastifyReply } from 'fastify';

const UTF8_BOM = '\uFEFF';

/** Review, ranking and decisions. Founders and mentors reach none of it. */
@ApiTags('reviews')
@ApiExtraModels(RankedApplicationDto)
@Controller('organizations/:slug')
export class SelectionController {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly ranking: RankingService,
    private readonly decisions: DecisionsService,
    private readonly funnel: CallFunnelService,
  ) {}

  @Roles('owner', 'manager')
  @Get('calls/:callId/funnel')
  @ApiOperation({
    summary: "A call's funnel: drafts, submitted, reviewed, shortlisted, decided, withdrawn",
    description:
      'Counts of the call\'s applications, in one query. drafts: still drafts. submitted: ever submitted, whatever became of them. reviewed: ever submitted and with at least the call\'s reviewers-per-application completed reviews in the first round. shortlisted: moved past the first round. decided = accepted + rejected + waitlisted, by current status. withdrawn: now withdrawn, at any stage (drafts included).',
  })
  @ApiOkResponse({ type: CallFunnelDto })
  @ApiForbiddenResponse({ type: ProblemResponseDto, description: 'FORBIDDEN: owners and managers only' })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'NOT_FOUND: no such call in this organization' })
  getCallFunnel(@Param('slug') _slug: string, @Param('callId', IdPipe) callId: string): Promise<CallFunnelDto> {
    return this.funnel.funnel(callId);
  }

  @Roles('owner', 'manager', 'reviewer')
  @Get('reviews/queue')
  @ApiOperation({ summary: 'My review queue' })
  @ApiOkResponse({ type: [QueueItemDto], description: "The caller's assignments" })
  getReviewQueue(@Param('slug') _slug: string): Promise<QueueItemDto[]> {
    return this.reviews.myQueue();
  }

  @Roles('owner', 'manager', 'reviewer')
  @Put('applications/:applicationId/reviews/:roundKey')
  @HttpCode(204)
  @ApiOperation({ summary: 'Score an application in a round' })
  @ApiNoContentResponse({ description: 'Scores saved; editable until the round is finalized' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'ROUND_FINALIZED' })
  async submitReview(@Param('slug') _slug: string, @Param('applicationId', IdPipe) applicationId: string, @Param('roundKey') roundKey: string, @Body() body: SubmitReviewDto) {
    await this.reviews.submit(applicationId, roundKey, body.scores, body.comment);
  }

  @Roles('owner', 'manager', 'reviewer')
  @Get('applications/:applicationId/reviews/:roundKey')
  @ApiOperation({
    summary: 'My review of an application in a round',
    description: "The caller's own scores and comment, as last saved. Only ever the caller's: staff read others' reviews through the ranking.",
  })
  @ApiOkResponse({ type: MyReviewDto })
  @ApiForbiddenResponse({ type: ProblemResponseDto, description: 'FORBIDDEN: owners, managers and reviewers only' })
  @ApiNotFoundResponse({
    type: ProblemResponseDto,
    description: 'NOT_FOUND: no review by the caller yet, the application is not assigned to the caller in that round (or they declared a conflict), or no such application or round in this organization',
  })
  getMyReview(@Param('slug') _slug: string, @Param('applicationId', IdPipe) applicationId: string, @Param('roundKey') roundKey: string): Promise<MyReviewDto> {
    return this.reviews.mine(applicationId, roundKey);
  }

  @Roles('owner', 'manager', 'reviewer')
  @Post('applications/:applicationId/conflict')
  @HttpCode(204)
  @ApiOperation({ summary: 'Declare a conflict of interest' })
  @ApiNoContentResponse({ description: 'Recused: the application leaves your queue and another reviewer is assigned' })
  async declareConflict(@Param('slug') _slug: string, @Param('applicationId', IdPipe) applicationId: string, @Body() body: DeclareConflictDto) {
    await this.reviews.declareConflict(applicationId, body.reason);
  }

  @Roles('owner', 'manager')
  @Post('calls/:callId/rounds/:roundKey/assign')
  @HttpCode(200)
  @ApiOperation({ summary: 'Assign reviewers where missing' })
  @ApiOkResponse({ type: AssignedDto, description: 'Assigns reviewers where missing (balanced by load, skipping conflicts)' })
  async assignReviewers(@Param('slug') _slug: string, @Param('callId', IdPipe) callId: string, @Param('roundKey') roundKey: string): Promise<AssignedDto> {
    return { assigned: await this.reviews.assignRound(callId, roundKey) };
  }

  @Roles('owner', 'manager')
  @Patch('review-assignments/:assignmentId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Move a review assignment to another reviewer' })
  @ApiNoContentResponse({ description: 'Reassigned' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'REVIEWER_CONFLICT, ALREADY_ASSIGNED' })
  async reassignReview(@Param('slug') _slug: string, @Param('assignmentId', IdPipe) assignmentId: string, @Body() body: ReassignDto) {
    await this.reviews.reassign(assignmentId, body.reviewerUserId);
  }

  @Roles('owner', 'manager')
  @Get('calls/:callId/rounds/:roundKey/progress')
  @ApiOperation({ summary: "A round's review progress per reviewer" })
  @ApiOkResponse({ type: [ReviewerProgressDto], description: 'Per reviewer: assigned, done, pending' })
  getRoundProgress(@Param('slug') _slug: string, @Param('callId', IdPipe) callId: string, @Param('roundKey') roundKey: string): Promise<ReviewerProgressDto[]> {
    return this.reviews.progress(callId, roundKey);
  }

  @Roles('owner', 'manager')
  @Get('calls/:callId/rounds/:roundKey/assignments')
  @ApiOperation({
    summary: "A round's review assignments",
    description: 'Every assignment of the round, newest first, a page at a time: the application (startup and applicant names), the reviewer, and pending, done or conflict (a recusal after the round was finalized). Move one with PATCH …/review-assignments/{id}.',
  })
  @ApiOkResponse({ type: RoundAssignmentPageDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'VALIDATION_FAILED: a cursor this API did not issue, a bad status or reviewerUserId' })
  @ApiForbiddenResponse({ type: ProblemResponseDto, description: 'FORBIDDEN: owners and managers only' })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'NOT_FOUND: no such call or round in this organization' })
  listRoundAssignments(
    @Param('slug') _slug: string,
    @Param('callId', IdPipe) callId: string,
    @Param('roundKey') roundKey: string,
    @Query() query: RoundAssignmentQueryDto,
  ): Promise<RoundAssignmentPageDto> {
    return this.reviews.roundAssignments(callId, roundKey, query);
  }

  @Roles('owner', 'manager')
  @Get('calls/:callId/rounds/:roundKey/ranking')
  @ApiOperation({ summary: "A round's ranking (JSON, or CSV with format=csv)" })
  @ApiOkResponse({
    description: 'Ranked by weighted mean or per-reviewer z-score; tie-break: more completed reviews, then earlier submission',
    content: { 'application/json': { schema: rankingJsonSchema() }, 'text/csv': { schema: RANKING_CSV_SCHEMA } },
  })
  async getRanking(
    @Param('slug') _slug: string,
    @Param('callId', IdPipe) callId: string,
    @Param('roundKey') roundKey: string,
    @Query() query: RankingQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RankedApplicationDto[] | string> {
    const rows = await this.ranking.rank(callId, roundKey, query.method);
    if (query.format !== 'csv') return rows;
    reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="ranking-${roundKey}-${query.method}.csv"`);
    // A UTF-8 byte-order mark: without it spreadsheet programs read the file in a legacy code page and garble Cyrillic names.
    return UTF8_BOM + rankingCsv(rows);
  }

  @Roles('owner', 'manager')
  @Post('calls/:callId/rounds/:roundKey/shortlist')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move the top K of a round to the next round' })
  @ApiOkResponse({ type: ShortlistedDto })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'NO_NEXT_ROUND, ROUND_FINALIZED' })
  shortlistRound(@Param('slug') _slug: string, @Param('callId', IdPipe) callId: string, @Param('roundKey') roundKey: string, @Body() body: ShortlistDto): Promise<ShortlistedDto> {
    return this.decisions.shortlist(callId, roundKey, body.top, body.method);
  }

  @Roles('owner', 'manager')
  @Post('calls/:callId/decisions')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Accept, reject or waitlist applications' })
  @ApiOkResponse({ type: DecidedDto, description: 'Accept, reject or waitlist, one or many; each emails the founder' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'CALL_CAPACITY_REACHED (nothing decided), APPLICATION_NOT_DECIDABLE, CALL_NOT_CLOSED' })
  decideApplications(@Param('slug') _slug: string, @Param('callId', IdPipe) callId: string, @Body() body: DecideDto): Promise<DecidedDto> {
    return this.decisions.decide(callId, body.applicationIds, body.decision, body.cohortId);
  }
}
