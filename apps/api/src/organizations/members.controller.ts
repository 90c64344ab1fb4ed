import { Authenticated, Idempotent, IdPipe, ProblemResponseDto, Roles } from '@hatchery/core';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ChangeRoleDto, CreateInvitationDto, InvitationDto, InvitationsService, MemberDto, MembersService, OrganizationDto, OrganizationsService } from '@hatchery/organizations';

@ApiTags('members')
@Controller()
export class MembersController {
  constructor(
    private readonly members: MembersService,
    private readonly invitations: InvitationsService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Roles('owner', 'manager', 'reviewer')
  @Get('organizations/:slug/members')
  @ApiOkResponse({ type: [MemberDto] })
  list(@Param('slug') _slug: string) {
    return this.members.list();
  }

  @Roles('owner', 'manager')
  @Patch('organizations/:slug/members/:userId')
  @ApiOkResponse({ type: MemberDto })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'LAST_OWNER' })
  changeRole(@Param('slug') _slug: string, @Param('userId', IdPipe) userId: string, @Body() body: ChangeRoleDto) {
    return this.members.changeRole(userId, body.role);
  }

  @Roles('owner', 'manager')
  @Delete('organizations/:slug/members/:userId')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'LAST_OWNER' })
  async remove(@Param('slug') _slug: string, @Param('userId', IdPipe) userId: string): Promise<void> {
    await this.members.remove(userId);
  }

  @Roles('owner', 'manager')
  @Get('organizations/:slug/invitations')
  @ApiOkResponse({ type: [InvitationDto] })
  listInvitations(@Param('slug') _slug: string) {
    return this.invitations.list();
  }

  @Roles('owner', 'manager')
  @Post('organizations/:slug/invitations')
  @Idempotent()
  @ApiCreatedResponse({ type: InvitationDto, description: 'The email is queued; a pending invitation to the same address is replaced' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'ALREADY_MEMBER' })
  invite(@Param('slug') _slug: string, @Body() body: CreateInvitationDto) {
    return this.invitations.create(body.email, body.role);
  }

  @Roles('owner', 'manager')
  @Delete('organizations/:slug/invitations/:invitationId')
  @HttpCode(204)
  @ApiNoContentResponse()
  async revoke(@Param('slug') _slug: string, @Param('invitationId', IdPipe) invitationId: string): Promise<void> {
    await this.invitations.revoke(invitationId);
  }

  @Authenticated()
  @Post('invitations/:token/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganizationDto, description: 'The organization just joined' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'INVITATION_USED or ALREADY_MEMBER; 410 INVITATION_EXPIRED; 404 INVITATION_INVALID' })
  async accept(@Param('token') token: string) {
    await this.invitations.accept(token);
    return this.organizations.current();
  }
}
