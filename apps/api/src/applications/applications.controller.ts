import { Authenticated, IdPipe, OpenOrganization, ProblemResponseDto } from '@hatchery/core';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApplicationDto, ApplicationFieldsDto, ApplicationPageDto, ApplicationQueryDto, ApplicationsService, DecisionsService } from '@hatchery/applications';

/**
 * Applicants need not be members of the organization they apply to: these routes are open to
 * anyone logged in; the service and row level security show each applicant only their own.
 */
@ApiTags('applications')
@ApiBearerAuth()
@Controller('organizations/:slug')
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly decisions: DecisionsService,
  ) {}

  @Authenticated()
  @OpenOrganization()
  @Post('calls/:callId/applications')
  @ApiOperation({ summary: 'Start a draft application to a call' })
  @ApiCreatedResponse({ type: ApplicationDto, description: 'A draft application' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'APPLICATION_EXISTS (with existingId); CALL_CLOSED, CALL_NOT_OPEN only to staff and to applicants who already have an application to the call' })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such organization or call, or a call the caller may not see (not taking applications, and the caller neither staff nor an applicant to it)' })
  createApplication(@Param('slug') _slug: string, @Param('callId', IdPipe) callId: string, @Body() body: ApplicationFieldsDto): Promise<ApplicationDto> {
    return this.applications.create(callId, body);
  }

  @Authenticated()
  @OpenOrganization()
  @Get('applications')
  @ApiOperation({ summary: 'List applications: staff see submitted ones (filter, search), applicants their own' })
  @ApiOkResponse({ type: ApplicationPageDto })
  listApplications(@Param('slug') _slug: string, @Query() query: ApplicationQueryDto): Promise<ApplicationPageDto> {
    return this.applications.list(query);
  }

  @Authenticated()
  @OpenOrganization()
  @Get('applications/:applicationId')
  @ApiOperation({ summary: 'Get an application', description: "The applicant's own application carries its call's title and questions (call), which they may not read otherwise once the call closes." })
  @ApiOkResponse({ type: ApplicationDto })
  getApplication(@Param('slug') _slug: string, @Param('applicationId', IdPipe) id: string): Promise<ApplicationDto> {
    return this.applications.get(id);
  }

  @Authenticated()
  @OpenOrganization()
  @Patch('applications/:applicationId')
  @ApiOperation({ summary: 'Save a draft application' })
  @ApiOkResponse({ type: ApplicationDto })
  updateApplication(@Param('slug') _slug: string, @Param('applicationId', IdPipe) id: string, @Body() body: ApplicationFieldsDto): Promise<ApplicationDto> {
    return this.applications.update(id, body);
  }

  @Authenticated()
  @OpenOrganization()
  @Post('applications/:applicationId/submit')
  @HttpCode(200)
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'CALL_CLOSED (the close time in the organization timezone), APPLICATION_NOT_DRAFT' })
  @ApiOperation({ summary: 'Submit an application' })
  @ApiOkResponse({ type: ApplicationDto })
  submitApplication(@Param('slug') _slug: string, @Param('applicationId', IdPipe) id: string): Promise<ApplicationDto> {
    return this.applications.submit(id);
  }

  @Authenticated()
  @OpenOrganization()
  @Post('applications/:applicationId/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw an application (or decline an accepted place)' })
  @ApiOkResponse({ type: ApplicationDto })
  async withdrawApplication(@Param('slug') _slug: string, @Param('applicationId', IdPipe) id: string): Promise<ApplicationDto> {
    const { previousStatus, ...withdrawn } = await this.applications.withdraw(id);
    await this.decisions.onWithdrawn({ id, callId: withdrawn.callId, previousStatus });
    return withdrawn;
  }
}
