import { Idempotent, IdPipe, ProblemResponseDto, Roles } from '@hatchery/core';
import {
  CreateRentPlanDto,
  CreateSiteDto,
  CreateSpaceDto,
  CreateSpaceRateDto,
  OccupancyDto,
  OccupancyQueryDto,
  ProgrammeRentPlansDto,
  RentPlanDto,
  RentPlanListDto,
  RentPlanTermsInputDto,
  SetProgrammeRentPlansDto,
  SiteDto,
  SiteListDto,
  SpaceDto,
  SpaceListDto,
  SpaceQueryDto,
  SpacesCatalogueService,
  LeasesService,
} from '@hatchery/spaces';
import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

@ApiTags('spaces')
@Controller('organizations/:slug')
export class SpacesController {
  constructor(
    private readonly catalogue: SpacesCatalogueService,
    private readonly leases: LeasesService,
  ) {}

  @Roles('owner', 'manager')
  @Post('sites')
  @ApiOperation({ summary: "Add a site (a building or a floor), in the organization's timezone" })
  @ApiCreatedResponse({ type: SiteDto })
  createSite(@Param('slug') _slug: string, @Body() body: CreateSiteDto): Promise<SiteDto> {
    return this.catalogue.createSite(body);
  }

  @Roles('owner', 'manager')
  @Get('sites')
  @ApiOperation({ summary: "The organization's sites" })
  @ApiOkResponse({ type: SiteListDto })
  listSites(@Param('slug') _slug: string): Promise<SiteListDto> {
    return this.catalogue.listSites();
  }

  @Roles('owner', 'manager')
  @Get('sites/:siteId')
  @ApiOperation({ summary: 'Get a site' })
  @ApiOkResponse({ type: SiteDto })
  getSite(@Param('slug') _slug: string, @Param('siteId', IdPipe) siteId: string): Promise<SiteDto> {
    return this.catalogue.getSite(siteId);
  }

  @Roles('owner', 'manager')
  @Post('spaces')
  @ApiOperation({ summary: 'Add a space to a site: an office, incubation room, desk area, meeting room or training room' })
  @ApiCreatedResponse({ type: SpaceDto })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'NOT_FOUND: the site is not this organization’s' })
  createSpace(@Param('slug') _slug: string, @Body() body: CreateSpaceDto): Promise<SpaceDto> {
    return this.catalogue.createSpace(body);
  }

  @Roles('owner', 'manager')
  @Get('spaces')
  @ApiOperation({ summary: 'The spaces, of one site or all, with their market rates' })
  @ApiOkResponse({ type: SpaceListDto })
  listSpaces(@Param('slug') _slug: string, @Query() query: SpaceQueryDto): Promise<SpaceListDto> {
    return this.catalogue.listSpaces(query.siteId);
  }

  @Roles('owner', 'manager')
  @Get('spaces/:spaceId')
  @ApiOperation({ summary: 'Get a space with its market rates' })
  @ApiOkResponse({ type: SpaceDto })
  getSpace(@Param('slug') _slug: string, @Param('spaceId', IdPipe) spaceId: string): Promise<SpaceDto> {
    return this.catalogue.getSpace(spaceId);
  }

  @Roles('owner', 'manager')
  @Post('spaces/:spaceId/rates')
  @Idempotent()
  @ApiOperation({ summary: "Add a space's market rate from a date (per month, or per m² per month)" })
  @ApiCreatedResponse({ type: SpaceDto, description: 'The space with all its rates' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'RATE_CURRENCY_CHANGED (another currency than the space’s rates), RATE_EXISTS: the space has a rate from that date already' })
  addSpaceRate(@Param('slug') _slug: string, @Param('spaceId', IdPipe) spaceId: string, @Body() body: CreateSpaceRateDto): Promise<SpaceDto> {
    return this.catalogue.addRate(spaceId, body);
  }

  @Roles('owner', 'manager')
  @Post('rent-plans')
  @Idempotent()
  @ApiOperation({ summary: 'Add a rent plan (free, a share of the market rate, or a fixed amount) with its first terms' })
  @ApiCreatedResponse({ type: RentPlanDto })
  createRentPlan(@Param('slug') _slug: string, @Body() body: CreateRentPlanDto): Promise<RentPlanDto> {
    return this.catalogue.createPlan(body);
  }

  @Roles('owner', 'manager')
  @Get('rent-plans')
  @ApiOperation({ summary: "The organization's rent plans with their terms" })
  @ApiOkResponse({ type: RentPlanListDto })
  listRentPlans(@Param('slug') _slug: string): Promise<RentPlanListDto> {
    return this.catalogue.listPlans();
  }

  @Roles('owner', 'manager')
  @Get('rent-plans/:planId')
  @ApiOperation({ summary: 'Get a rent plan with its terms' })
  @ApiOkResponse({ type: RentPlanDto })
  getRentPlan(@Param('slug') _slug: string, @Param('planId', IdPipe) planId: string): Promise<RentPlanDto> {
    return this.catalogue.getPlan(planId);
  }

  @Roles('owner', 'manager')
  @Post('rent-plans/:planId/terms')
  @Idempotent()
  @ApiOperation({ summary: "Add a rent plan's terms from a date" })
  @ApiCreatedResponse({ type: RentPlanDto, description: 'The plan with all its terms' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'TERMS_CURRENCY_CHANGED (another currency than the plan’s amounts), TERMS_EXIST: the plan has terms from that date already' })
  addRentPlanTerms(@Param('slug') _slug: string, @Param('planId', IdPipe) planId: string, @Body() body: RentPlanTermsInputDto): Promise<RentPlanDto> {
    return this.catalogue.addTerms(planId, body);
  }

  @Roles('owner', 'manager')
  @Get('programmes/:programmeId/rent-plans')
  @ApiOperation({ summary: 'The rent plans a programme gives: during incubation and after graduation' })
  @ApiOkResponse({ type: ProgrammeRentPlansDto })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'NOT_FOUND: no such programme, or none set yet' })
  getProgrammeRentPlans(@Param('slug') _slug: string, @Param('programmeId', IdPipe) programmeId: string): Promise<ProgrammeRentPlansDto> {
    return this.catalogue.getProgrammePlans(programmeId);
  }

  @Roles('owner', 'manager')
  @Put('programmes/:programmeId/rent-plans')
  @ApiOperation({ summary: 'Set the rent plans a programme gives: during incubation and after graduation' })
  @ApiOkResponse({ type: ProgrammeRentPlansDto })
  setProgrammeRentPlans(@Param('slug') _slug: string, @Param('programmeId', IdPipe) programmeId: string, @Body() body: SetProgrammeRentPlansDto): Promise<ProgrammeRentPlansDto> {
    return this.catalogue.setProgrammePlans(programmeId, body);
  }

  @Roles('owner', 'manager')
  @Get('occupancy')
  @ApiOperation({ summary: 'Occupancy on a date: area and desks leased over available, per site and in total' })
  @ApiOkResponse({ type: OccupancyDto })
  getOccupancy(@Param('slug') _slug: string, @Query() query: OccupancyQueryDto): Promise<OccupancyDto> {
    return this.leases.occupancy(query.asOf);
  }
}
