import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditService, AnyMember, Authenticated, Idempotent, PageQueryDto, ProblemResponseDto, Roles } from '@hatchery/core';
import { AuditChangeDto, AuditPageDto, CreateOrganizationDto, OrganizationDto, OrganizationsService, toAuditEntryDto, UpdateOrganizationDto } from '@hatchery/organizations';

@ApiTags('organizations')
@ApiExtraModels(AuditChangeDto)
@Controller('organizations')
export class OrganizationsController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  @Authenticated()
  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Create an organization; the caller becomes its owner' })
  @ApiCreatedResponse({ type: OrganizationDto })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'SLUG_TAKEN' })
  createOrganization(@Body() body: CreateOrganizationDto): Promise<OrganizationDto> {
    return this.organizations.create(body);
  }

  @Authenticated()
  @Get()
  @ApiOperation({ summary: 'List my organizations' })
  @ApiOkResponse({ type: [OrganizationDto], description: 'The organizations the caller belongs to' })
  listMyOrganizations(): Promise<OrganizationDto[]> {
    return this.organizations.listMine();
  }

  @AnyMember()
  @Get(':slug')
  @ApiOperation({ summary: 'Get an organization' })
  @ApiOkResponse({ type: OrganizationDto })
  getOrganization(@Param('slug') _slug: string): Promise<OrganizationDto> {
    return this.organizations.current();
  }

  @Roles('owner', 'manager')
  @Patch(':slug')
  @ApiOperation({ summary: "Update an organization's settings" })
  @ApiOkResponse({ type: OrganizationDto })
  updateOrganization(@Param('slug') _slug: string, @Body() body: UpdateOrganizationDto): Promise<OrganizationDto> {
    return this.organizations.update(body);
  }

  @Roles('owner', 'manager')
  @Get(':slug/audit')
  @ApiOperation({ summary: "Read the organization's audit log, newest first" })
  @ApiOkResponse({ type: AuditPageDto })
  async listAuditEntries(@Param('slug') _slug: string, @Query() page: PageQueryDto): Promise<AuditPageDto> {
    const { items, nextCursor } = await this.audit.list(page.limit, page.cursor);
    return { items: items.map(toAuditEntryDto), nextCursor };
  }
}
