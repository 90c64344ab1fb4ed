import { Idempotent, IdPipe, ProblemResponseDto, Roles } from '@hatchery/core';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { DecideDto, DecisionsService, DeclareConflictDto, RankingQueryDto, rankingCsv, RankingService, ReassignDto, ReviewsService, ShortlistDto, SubmitReviewDto } from '@hatchery/applications';
import type { FastifyReply } from 'fastify';

const UTF8_BOM = '\uFEFF';

/** Review, ranking and decisions. Founders and mentors reach none of it. */
@ApiTags('selection')
@Controller('organizations/:slug')
export class SelectionController {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly ranking: RankingService,
    private readonly decisions: DecisionsService,
  ) {}

  @Roles('owner', 'manager', 'reviewer')
  @Get('reviews/queue')
  @ApiOkResponse({ description: "The caller's assignments" })
  queue(@Param('slug') _slug: string) {
    return this.reviews.myQueue();
  }

  @Roles('owner', 'manager', 'reviewer')
  @Put('applications/:applicationId/reviews/:roundKey')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Scores saved; editable until the round is finalized' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'ROUND_FINALIZED' })
  async submitReview(@Param('slug') _slug: string, @Param('applicationId', IdPipe) applicationId: string, @Param('roundKey') roundKey: string, @Body() body: SubmitReviewDto) {
    await this.reviews.submit(applicationId, roundKey, body.scores, body.comment);
  }

  @Roles('owner', 'manager', 'reviewer')
  @Post('applications/:applicationId/conflict')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Recused: the application leaves your queue and another reviewer is assigned' })
  async declareConflict(@Param('slug') _slug: string, @Param('applicationId', IdPipe) applicationId: string, @Body() body: DeclareConflictDto) {
    await this.reviews.declareConflict(applicationId, body.reason);
  }

  @Roles('owner', 'manager')
  @Post('calls/:callId/rounds/:roundKey/assign')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Assigns reviewers where missing (balanced by load, skipping conflicts)' })
  async assign(@Param('slug') _slug: string, @Param('callId', IdPipe) callId: string, @Param('roundKey') roundKey: string) {
    return { assigned: await this.reviews.assignRound(callId, roundKey) };
  }

  @Roles('owner', 'manager')
  @Patch('review-assignments/:assignmentId')
  @HttpCode(204)
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'REVIEWER_CONFLICT, ALREADY_ASSIGNED' })
  async reassign(@Param('slug') _slug: string, @Param('assignmentId', IdPipe) assignmentId: string, @Body() body: ReassignDto) {
    await this.reviews.reassign(assignmentId, body.reviewerUserId);
  }

  @Roles('owner', 'manager')
  @Get('calls/:callId/rounds/:roundKey/progress')
  @ApiOkResponse({ description: 'Per reviewer: assigned, done, pending' })
  progress(@Param('slug') _slug: string, @Param('callId', IdPipe) callId: string, @Param('roundKey') roundKey: string) {
    return this.reviews.progress(callId, roundKey);
  }

  @Roles('owner', 'manager')
  @Get('calls/:callId/rounds/:roundKey/ranking')
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ description: 'Ranked by weighted mean or per-reviewer z-score; tie-break: more completed reviews, then earlier submission' })
  async rank(
    @Param('slug') _slug: string,
    @Param('callId', IdPipe) callId: string,
    @Param('roundKey') roundKey: string,
    @Query() query: RankingQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const rows = await this.ranking.rank(callId, roundKey, query.method);
    if (query.format !== 'csv') return rows;
    reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="ranking-${roundKey}-${query.method}.csv"`);
    // A UTF-8 byte-order mark: without it spreadsheet programs read the file in a legacy code page and garble Cyrillic names.
    return UTF8_BOM + rankingCsv(rows);
  }

  @Roles('owner', 'manager')
  @Post('calls/:callId/rounds/:roundKey/shortlist')
  @HttpCode(200)
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'NO_NEXT_ROUND, ROUND_FINALIZED' })
  shortlist(@Param('slug') _slug: string, @Param('callId', IdPipe) callId: string, @Param('roundKey') roundKey: string, @Body() body: ShortlistDto) {
    return this.decisions.shortlist(callId, roundKey, body.top, body.method);
  }

  @Roles('owner', 'manager')
  @Post('calls/:callId/decisions')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ description: 'Accept, reject or waitlist, one or many; each emails the founder' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'CALL_CAPACITY_REACHED (nothing decided), APPLICATION_NOT_DECIDABLE, CALL_NOT_CLOSED' })
  decide(@Param('slug') _slug: string, @Param('callId', IdPipe) callId: string, @Body() body: DecideDto) {
    return this.decisions.decide(callId, body.applicationIds, body.decision, body.cohortId);
  }
}
