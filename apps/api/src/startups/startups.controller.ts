import { AccountsService } from '@hatchery/accounts';
import { AddFounderDto, CreateStartupDto, EnrolmentsService, MilestonesService, StartupTimelineDto } from '@hatchery/cohorts';
import { Idempotent, IdPipe, NotFoundError, Roles } from '@hatchery/core';
import { MembersService } from '@hatchery/organizations';
import { StartupDto, StartupPageDto, StartupProfileDto, StartupQueryDto, StartupsService } from '@hatchery/startups';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

/** The portfolio: staff see every startup of the organization, a founder only their own (another's is 404). */
@ApiTags('startups')
@Controller('organizations/:slug/startups')
export class StartupsController {
  constructor(
    private readonly startups: StartupsService,
    private readonly enrolments: EnrolmentsService,
    private readonly milestones: MilestonesService,
    private readonly members: MembersService,
    private readonly accounts: AccountsService,
  ) {}

  @Roles('owner', 'manager', 'founder')
  @Get()
  @ApiOperation({ summary: 'List startups', description: 'Staff: the portfolio. Founders: their own startups. Newest first, filtered by status, stage and a search in the name and sector.' })
  @ApiOkResponse({ type: StartupPageDto })
  listStartups(@Param('slug') _slug: string, @Query() query: StartupQueryDto): Promise<StartupPageDto> {
    return this.startups.list(query);
  }

  @Roles('owner', 'manager')
  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Create a startup', description: 'A startup brought in directly (an internal or corporate venture), not from a call.' })
  @ApiCreatedResponse({ type: StartupDto })
  createStartup(@Param('slug') _slug: string, @Body() body: CreateStartupDto): Promise<StartupDto> {
    return this.startups.create({ ...body, origin: body.origin ?? 'internal' });
  }

  @Roles('owner', 'manager', 'founder')
  @Get(':startupId')
  @ApiOperation({ summary: 'Get a startup', description: 'Its profile, stage, status, outcome history, founders and cohorts (staff, or its founders).' })
  @ApiOkResponse({ type: StartupProfileDto })
  async getStartup(@Param('slug') _slug: string, @Param('startupId', IdPipe) id: string): Promise<StartupProfileDto> {
    const profile = await this.startups.profile(id);
    return { ...profile, cohorts: await this.enrolments.cohortsOfStartup(id) };
  }

  @Roles('owner', 'manager')
  @Post(':startupId/founders')
  @HttpCode(204)
  @ApiOperation({ summary: 'Add a founder to a startup', description: 'The member with this email becomes a founder of the startup.' })
  @ApiNoContentResponse({ description: 'The member is now a founder of the startup' })
  async addStartupFounder(@Param('slug') _slug: string, @Param('startupId', IdPipe) id: string, @Body() body: AddFounderDto): Promise<void> {
    const account = await this.accounts.findByEmail(body.email);
    const member = account && (await this.members.list()).find((m) => m.userId === account.id);
    if (!member) throw new NotFoundError('Member');
    await this.startups.addFounder(id, member.userId);
  }

  @Roles('owner', 'manager', 'founder')
  @Get(':startupId/timeline')
  @ApiOperation({ summary: "Get a startup's timeline", description: "The startup's enrolments, phases and milestones (staff, or its founders)." })
  @ApiOkResponse({ type: StartupTimelineDto, description: "The startup's enrolments, phases and milestones (staff, or its founders)" })
  getStartupTimeline(@Param('slug') _slug: string, @Param('startupId', IdPipe) id: string): Promise<StartupTimelineDto> {
    return this.milestones.startupTimeline(id);
  }
}
