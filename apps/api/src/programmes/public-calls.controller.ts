import { Public } from '@hatchery/core';
import { PublicCallListingPageDto, PublicCallsQueryDto, PublicCallsService } from '@hatchery/programmes';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

@ApiTags('calls')
@Controller('public/calls')
export class PublicCallsController {
  constructor(private readonly calls: PublicCallsService) {}

  @Public()
  @Get()
  @ApiOperation({
    summary: 'List open calls of every organization',
    description: 'No login needed. Calls taking applications now, closing soonest first, with the organization running each (its timezone too) and the programme; ?organization={slug} narrows to one organization; their questions are at GET /api/v1/public/organizations/{slug}/calls.',
  })
  @ApiOkResponse({ type: PublicCallListingPageDto })
  listPublicCalls(@Query() query: PublicCallsQueryDto): Promise<PublicCallListingPageDto> {
    return this.calls.list(query);
  }
}
