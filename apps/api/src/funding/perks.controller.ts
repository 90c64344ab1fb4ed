import { Idempotent, IdPipe, ProblemResponseDto, Roles } from '@hatchery/core';
import { CreatePerkDto, PerkDto, PerkPageDto, PerkQueryDto, PerkRedemptionDto, PerkRedemptionListDto, PerksService, RedeemPerkDto, UpdatePerkDto } from '@hatchery/funding';
import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

@ApiTags('funding')
@Controller('organizations/:slug')
export class PerksController {
  constructor(private readonly perks: PerksService) {}

  @Roles('owner', 'manager')
  @Post('perks')
  @Idempotent()
  @ApiOperation({ summary: 'Add a partner perk to the catalogue' })
  @ApiCreatedResponse({ type: PerkDto })
  createPerk(@Param('slug') _slug: string, @Body() body: CreatePerkDto): Promise<PerkDto> {
    return this.perks.create(body);
  }

  @Roles('owner', 'manager', 'founder')
  @Get('perks')
  @ApiOperation({ summary: 'List the perk catalogue' })
  @ApiOkResponse({ type: PerkPageDto })
  listPerks(@Param('slug') _slug: string, @Query() query: PerkQueryDto): Promise<PerkPageDto> {
    return this.perks.list(query);
  }

  @Roles('owner', 'manager')
  @Patch('perks/:perkId')
  @ApiOperation({ summary: 'Edit a perk or take it out of the catalogue (active: false)' })
  @ApiOkResponse({ type: PerkDto, description: 'Earlier redemptions keep the value they were redeemed at' })
  updatePerk(@Param('slug') _slug: string, @Param('perkId', IdPipe) perkId: string, @Body() body: UpdatePerkDto): Promise<PerkDto> {
    return this.perks.update(perkId, body);
  }

  @Roles('owner', 'manager')
  @Post('startups/:startupId/perk-redemptions')
  @Idempotent()
  @ApiOperation({ summary: "Redeem a perk for a startup against its programme's yearly perk cap" })
  @ApiCreatedResponse({ type: PerkRedemptionDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'VALIDATION_FAILED (a rate without source or date, a rate for a perk in the cap currency), ENROLMENT_REQUIRED' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'PERK_CAP_EXCEEDED, PERK_CURRENCY_MISMATCH (another currency and no rate), PERK_INACTIVE, PROGRAMME_HAS_NO_PERK_CAP, STARTUP_NOT_ENROLLED, ENROLMENT_NOT_ACTIVE' })
  redeemPerk(@Param('slug') _slug: string, @Param('startupId', IdPipe) startupId: string, @Body() body: RedeemPerkDto): Promise<PerkRedemptionDto> {
    return this.perks.redeem(startupId, body);
  }

  @Roles('owner', 'manager', 'founder')
  @Get('startups/:startupId/perk-redemptions')
  @ApiOperation({ summary: "A startup's perk redemptions and its cap usage per enrolment year" })
  @ApiOkResponse({ type: PerkRedemptionListDto, description: 'Staff, or a founder of the startup' })
  listPerkRedemptions(@Param('slug') _slug: string, @Param('startupId', IdPipe) startupId: string): Promise<PerkRedemptionListDto> {
    return this.perks.listForStartup(startupId);
  }
}
