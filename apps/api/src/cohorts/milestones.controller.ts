import { AccountsService } from '@hatchery/accounts';
import { Idempotent, IdPipe, NotFoundError, ProblemResponseDto, Roles } from '@hatchery/core';
import { AddFounderDto, CreateStartupDto, MilestoneChangesDto, MilestonesService, ReviewMilestoneDto, SubmitEvidenceDto } from '@hatchery/cohorts';
import { MembersService } from '@hatchery/organizations';
import { StartupsService } from '@hatchery/startups';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

@ApiTags('milestones')
@Controller('organizations/:slug')
export class MilestonesController {
  constructor(
    private readonly milestones: MilestonesService,
    private readonly startups: StartupsService,
    private readonly members: MembersService,
    private readonly accounts: AccountsService,
  ) {}

  @Roles('owner', 'manager', 'founder')
  @Get('milestones/:milestoneId')
  @ApiOkResponse({ description: 'The milestone and its full history (staff, or a founder of its startup)' })
  get(@Param('slug') _slug: string, @Param('milestoneId', IdPipe) id: string) {
    return this.milestones.get(id);
  }

  @Roles('owner', 'manager')
  @Patch('milestones/:milestoneId')
  @ApiOkResponse({ description: "Edits or reschedules one startup's milestone; its reminders and overdue mark move with it" })
  edit(@Param('slug') _slug: string, @Param('milestoneId', IdPipe) id: string, @Body() body: MilestoneChangesDto) {
    return this.milestones.edit(id, body);
  }

  @Roles('owner', 'manager')
  @Delete('milestones/:milestoneId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Dropped (kept in history)' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'MILESTONE_APPROVED' })
  async drop(@Param('slug') _slug: string, @Param('milestoneId', IdPipe) id: string) {
    await this.milestones.drop(id);
  }

  @Roles('founder')
  @Post('milestones/:milestoneId/submissions')
  @Idempotent()
  @ApiCreatedResponse({ description: 'Evidence submitted' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'MILESTONE_NOT_OPEN (approved or already submitted), MILESTONE_DROPPED, ENROLMENT_NOT_ACTIVE' })
  submit(@Param('slug') _slug: string, @Param('milestoneId', IdPipe) id: string, @Body() body: SubmitEvidenceDto) {
    return this.milestones.submit(id, body);
  }

  @Roles('owner', 'manager')
  @Post('milestones/:milestoneId/review')
  @HttpCode(200)
  @ApiForbiddenResponse({ type: ProblemResponseDto, description: 'Founders cannot approve' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'MILESTONE_NOT_SUBMITTED' })
  review(@Param('slug') _slug: string, @Param('milestoneId', IdPipe) id: string, @Body() body: ReviewMilestoneDto) {
    return this.milestones.review(id, body);
  }

  @Roles('owner', 'manager', 'founder')
  @Get('startups')
  @ApiOkResponse({ description: 'Staff: the portfolio. Founders: their own startups.' })
  listStartups(@Param('slug') _slug: string) {
    return this.startups.list();
  }

  @Roles('owner', 'manager')
  @Post('startups')
  @Idempotent()
  @ApiCreatedResponse({ description: 'A startup brought in directly (an internal or corporate venture)' })
  createStartup(@Param('slug') _slug: string, @Body() body: CreateStartupDto) {
    return this.startups.create({ ...body, origin: body.origin ?? 'internal' });
  }

  @Roles('owner', 'manager')
  @Post('startups/:startupId/founders')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The member is now a founder of the startup' })
  async addFounder(@Param('slug') _slug: string, @Param('startupId', IdPipe) id: string, @Body() body: AddFounderDto) {
    const account = await this.accounts.findByEmail(body.email);
    const member = account && (await this.members.list()).find((m) => m.userId === account.id);
    if (!member) throw new NotFoundError('Member');
    await this.startups.addFounder(id, member.userId);
  }

  @Roles('owner', 'manager', 'founder')
  @Get('startups/:startupId/timeline')
  @ApiOkResponse({ description: "The startup's enrolments, phases and milestones (staff, or its founders)" })
  timeline(@Param('slug') _slug: string, @Param('startupId', IdPipe) id: string) {
    return this.milestones.startupTimeline(id);
  }
}
