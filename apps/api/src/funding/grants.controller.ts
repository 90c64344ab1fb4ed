import { Idempotent, IdPipe, ProblemResponseDto, Roles } from '@hatchery/core';
import { CreateGrantDto, DisburseTrancheDto, GrantDto, GrantListDto, GrantsService } from '@hatchery/funding';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

@ApiTags('funding')
@Controller('organizations/:slug')
export class GrantsController {
  constructor(private readonly grants: GrantsService) {}

  @Roles('owner', 'manager')
  @Post('startups/:startupId/grants')
  @Idempotent()
  @ApiOperation({ summary: 'Award a grant to an enrolled startup, in tranches' })
  @ApiCreatedResponse({ type: GrantDto, description: 'The grant and its tranches; a tranche whose milestone is already approved or whose date has come is payable at once' })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'GRANT_OUT_OF_RANGE (amount or currency outside the programme grant policy), TRANCHES_DO_NOT_SUM, TRANCHE_MILESTONE_NOT_IN_ENROLMENT, ENROLMENT_REQUIRED, VALIDATION_FAILED' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'STARTUP_NOT_ENROLLED, ENROLMENT_NOT_ACTIVE, PROGRAMME_HAS_NO_GRANTS' })
  awardGrant(@Param('slug') _slug: string, @Param('startupId', IdPipe) startupId: string, @Body() body: CreateGrantDto): Promise<GrantDto> {
    return this.grants.award(startupId, body);
  }

  @Roles('owner', 'manager', 'founder')
  @Get('startups/:startupId/grants')
  @ApiOperation({ summary: "A startup's grants with their tranches" })
  @ApiOkResponse({ type: GrantListDto, description: 'Staff, or a founder of the startup' })
  listStartupGrants(@Param('slug') _slug: string, @Param('startupId', IdPipe) startupId: string): Promise<GrantListDto> {
    return this.grants.listForStartup(startupId);
  }

  @Roles('owner', 'manager', 'founder')
  @Get('grants/:grantId')
  @ApiOperation({ summary: 'Get a grant with its tranches' })
  @ApiOkResponse({ type: GrantDto, description: "Staff, or a founder of the grant's startup" })
  getGrant(@Param('slug') _slug: string, @Param('grantId', IdPipe) grantId: string): Promise<GrantDto> {
    return this.grants.get(grantId);
  }

  @Roles('owner', 'manager')
  @Post('grants/:grantId/tranches/:trancheId/disburse')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Mark a payable tranche disbursed, with the date and the bank reference' })
  @ApiOkResponse({ type: GrantDto, description: 'The grant after the payment' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'TRANCHE_NOT_PAYABLE (still scheduled, or already disbursed)' })
  disburseTranche(@Param('slug') _slug: string, @Param('grantId', IdPipe) grantId: string, @Param('trancheId', IdPipe) trancheId: string, @Body() body: DisburseTrancheDto): Promise<GrantDto> {
    return this.grants.disburse(grantId, trancheId, body);
  }
}
