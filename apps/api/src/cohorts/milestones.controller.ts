import { Idempotent, IdPipe, ProblemResponseDto, Roles } from '@hatchery/core';
import { MilestoneChangesDto, MilestonesService, ReviewMilestoneDto, SubmitEvidenceDto } from '@hatchery/cohorts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

@ApiTags('milestones')
@Controller('organizations/:slug')
export class MilestonesController {
  constructor(private readonly milestones: MilestonesService) {}

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
}
