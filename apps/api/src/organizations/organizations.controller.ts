import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AuditService, AnyMember, Authenticated, Idempotent, PageQueryDto, ProblemResponseDto, Roles } from '@hatchery/core';
import { CreateOrganizationDto, OrganizationDto, OrganizationsService, UpdateOrganizationDto } from '@hatchery/organizations';

class AuditEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', nullable: true }) actorUserId: string | null;
  @ApiProperty({ example: 'member.role-changed' }) action: string;
  @ApiProperty({ example: 'membership' }) entityType: string;
  @ApiProperty({ format: 'uuid' }) entityId: string;
  @ApiProperty({ description: 'field → { before, after } for the fields that changed' }) changes: object;
  @ApiProperty({ nullable: true }) requestId: string | null;
  @ApiProperty() createdAt: string;
}

class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items: AuditEntryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  @Authenticated()
  @Post()
  @Idempotent()
  @ApiCreatedResponse({ type: OrganizationDto })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'SLUG_TAKEN' })
  create(@Body() body: CreateOrganizationDto) {
    return this.organizations.create(body);
  }

  @Authenticated()
  @Get()
  @ApiOkResponse({ type: [OrganizationDto], description: 'The organizations the caller belongs to' })
  listMine() {
    return this.organizations.listMine();
  }

  @AnyMember()
  @Get(':slug')
  @ApiOkResponse({ type: OrganizationDto })
  get(@Param('slug') _slug: string) {
    return this.organizations.current();
  }

  @Roles('owner', 'manager')
  @Patch(':slug')
  @ApiOkResponse({ type: OrganizationDto })
  update(@Param('slug') _slug: string, @Body() body: UpdateOrganizationDto) {
    return this.organizations.update(body);
  }

  @Roles('owner', 'manager')
  @Get(':slug/audit')
  @ApiOkResponse({ type: AuditPageDto })
  auditLog(@Param('slug') _slug: string, @Query() page: PageQueryDto) {
    return this.audit.list(page.limit, page.cursor);
  }
}
