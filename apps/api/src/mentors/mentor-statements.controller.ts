import { Idempotent, IdPipe, ProblemResponseDto, Roles } from '@hatchery/core';
import {
  MentorStatementDetailDto,
  MentorStatementFormatQueryDto,
  MentorStatementPageDto,
  MentorStatementQueryDto,
  MentorStatementRunDto,
  MentorStatementsService,
  RunMentorStatementsDto,
} from '@hatchery/mentors';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

/**
 * Monthly mentor statements: issued by the worker after each month ends (or by staff with run),
 * frozen once issued; readable by owners and managers and by the statement's mentor only.
 */
@ApiTags('mentors')
@ApiExtraModels(MentorStatementDetailDto)
@Controller('organizations/:slug/mentor-statements')
export class MentorStatementsController {
  constructor(private readonly statements: MentorStatementsService) {}

  @Roles('owner', 'manager', 'mentor')
  @Get()
  @ApiOperation({ summary: 'List mentor statements', description: 'Staff: every statement (filter by month or mentor); a mentor: their own. Newest first.' })
  @ApiOkResponse({ type: MentorStatementPageDto })
  listMentorStatements(@Param('slug') _slug: string, @Query() query: MentorStatementQueryDto): Promise<MentorStatementPageDto> {
    return this.statements.list(query);
  }

  @Roles('owner', 'manager')
  @Post('run')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({
    summary: "Issue a month's statements now",
    description: "For a month that has ended in the organization's timezone, and any earlier month not yet issued. Idempotent: a month issued already issues nothing (statementsIssued 0).",
  })
  @ApiOkResponse({ type: MentorStatementRunDto })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'MONTH_NOT_ENDED' })
  runMentorStatements(@Param('slug') _slug: string, @Body() body: RunMentorStatementsDto): Promise<MentorStatementRunDto> {
    return this.statements.issueDue(body.month);
  }

  @Roles('owner', 'manager', 'mentor')
  @Get(':statementId')
  @ApiOperation({
    summary: 'Get a mentor statement (JSON with its lines, or CSV or PDF with format=)',
    description: "Staff, or the statement's mentor; another mentor gets 404. Lines: the month's sessions at the rate in force on each day, adjustments (sessions of earlier months approved late), success fees; totals per currency.",
  })
  @ApiOkResponse({
    description: 'The statement',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(MentorStatementDetailDto) } },
      'text/csv': { schema: { type: 'string', description: 'CSV with a UTF-8 byte-order mark' } },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
    },
  })
  async getMentorStatement(
    @Param('slug') _slug: string,
    @Param('statementId', IdPipe) statementId: string,
    @Query() query: MentorStatementFormatQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MentorStatementDetailDto | string | Buffer> {
    if (!query.format || query.format === 'json') return this.statements.get(statementId);
    const file = await this.statements.download(statementId, query.format);
    reply.type(file.contentType).header('Content-Disposition', `attachment; filename="${file.filename}"`);
    return file.body;
  }
}
