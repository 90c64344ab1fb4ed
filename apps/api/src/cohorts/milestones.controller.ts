import { Idempotent, IdPipe, ProblemResponseDto, Roles } from '@hatchery/core';
import { MilestoneChangesDto, MilestoneDetailDto, MilestoneDto, MilestonesService, ReviewMilestoneDto, SubmitEvidenceDto } from '@hatchery/cohorts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

@ApiTags('milestones')
@Controller('organizations/:slug')
export class MilestonesController {
  constructor(private readonly milestones: MilestonesService) {}

  @Roles('owner', 'manager', 'founder')
  @Get('milestones/:milestoneId')
  @ApiOperation({ summary: 'Get a milestone with its history' })
  @ApiOkResponse({ type: MilestoneDetailDto, description: 'The milestone and its full history (staff, or a founder of its startup)' })
  getMilestone(@Param('slug') _slug: string, @Param('milestoneId', IdPipe) id: string): Promise<MilestoneDetailDto> {
    return this.milestones.get(id);
  }

  @Roles('owner', 'manager')
  @Patch('milestones/:milestoneId')
  @ApiOperation({ summary: "Edit or reschedule one startup's milestone" })
  @ApiOkResponse({ type: MilestoneDto, description: "Edits or reschedules one startup's milestone; its reminders and overdue mark move with it" })
  editMilestone(@Param('slug') _slug: string, @Param('milestoneId', IdPipe) id: string, @Body() body: MilestoneChangesDto): Promise<MilestoneDto> {
    return this.milestones.edit(id, body);
  }

  @Roles('owner', 'manager')
  @Delete('milestones/:milestoneId')
  @HttpCode(204)
  @ApiOperation({ summary: "Drop one startup's milestone" })
  @ApiNoContentResponse({ description: 'Dropped (kept in history)' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'MILESTONE_APPROVED' })
  async dropMilestone(@Param('slug') _slug: string, @Param('milestoneId', IdPipe) id: string) {
    await this.milestones.drop(id);
  }

  @Roles('founder')
  @Post('milestones/:milestoneId/submissions')
  @Idempotent()
  @ApiOperation({ summary: 'Submit evidence for a milestone (founders)' })
  @ApiCreatedResponse({ type: MilestoneDto, description: 'Evidence submitted' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'MILESTONE_NOT_OPEN (approved or already submitted), MILESTONE_DROPPED, ENROLMENT_NOT_ACTIVE' })
  submitMilestoneEvidence(@Param('slug') _slug: string, @Param('milestoneId', IdPipe) id: string, @Body() body: SubmitEvidenceDto): Promise<MilestoneDto> {
    return this.milestones.submit(id, body);
  }

  @Roles('owner', 'manager')
  @Post('milestones/:milestoneId/review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a milestone or ask for changes' })
  @ApiOkResponse({ type: MilestoneDto })
  @ApiForbiddenResponse({ type: ProblemResponseDto, description: 'Founders cannot approve' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'MILESTONE_NOT_SUBMITTED' })
  reviewMilestone(@Param('slug') _slug: string, @Param('milestoneId', IdPipe) id: string, @Body() body: ReviewMilestoneDto): Promise<MilestoneDto> {
    return this.milestones.review(id, body);
  }
}
