import { AttentionPageDto, AttentionQueryDto, AttentionService } from '@hatchery/cohorts';
import { Roles } from '@hatchery/core';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

@ApiTags('cohorts')
@Controller('organizations/:slug')
export class AttentionController {
  constructor(private readonly attention: AttentionService) {}

  @Roles('owner', 'manager')
  @Get('attention')
  @ApiOperation({
    summary: 'List what needs attention',
    description:
      'Across every cohort of the organization: milestones past due and not submitted, submitted evidence waiting for review, open graduation reviews and equity stakes, each naming its startup, cohort and milestone or action. Most urgent (earliest due) first, with totals per kind.',
  })
  @ApiOkResponse({ type: AttentionPageDto })
  listAttention(@Param('slug') _slug: string, @Query() query: AttentionQueryDto): Promise<AttentionPageDto> {
    return this.attention.list(query);
  }
}
