import { MyApplicationPageDto, MyApplicationsQueryDto, MyApplicationsService } from '@hatchery/applications';
import { Authenticated } from '@hatchery/core';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

@ApiTags('applications')
@Controller('me/applications')
export class MyApplicationsController {
  constructor(private readonly applications: MyApplicationsService) {}

  @Authenticated()
  @Get()
  @ApiOperation({ summary: 'List my applications', description: 'Your applications in every organization, newest first, with the organization, the call and the dates it was submitted and decided.' })
  @ApiOkResponse({ type: MyApplicationPageDto })
  listMyApplications(@Query() query: MyApplicationsQueryDto): Promise<MyApplicationPageDto> {
    return this.applications.list(query);
  }
}
