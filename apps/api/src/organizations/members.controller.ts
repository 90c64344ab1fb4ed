import { Authenticated, Idempotent, IdPipe, ProblemResponseDto, Public, Roles } from '@hatchery/core';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ChangeRoleDto, CreateInvitationDto, InvitationDto, InvitationPreviewDto, InvitationsService, MemberDto, MembersService, OrganizationDto, OrganizationsService } from '@hatchery/organizations';

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
  @ApiOperation({ summary: 'List members and their roles' })
  @ApiOkResponse({ type: [MemberDto] })
  listMembers(@Param('slug') _slug: string): Promise<MemberDto[]> {
    return this.members.list();
  }

  @Roles('owner', 'manager')
  @Patch('organizations/:slug/members/:userId')
  @ApiOperation({ summary: "Change a member's role" })
  @ApiOkResponse({ type: MemberDto })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'LAST_OWNER' })
  changeMemberRole(@Param('slug') _slug: string, @Param('userId', IdPipe) userId: string, @Body() body: ChangeRoleDto): Promise<MemberDto> {
    return this.members.changeRole(userId, body.role);
  }

  @Roles('owner', 'manager')
  @Delete('organizations/:slug/members/:userId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a member from the organization' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'LAST_OWNER' })
  async removeMember(@Param('slug') _slug: string, @Param('userId', IdPipe) userId: string): Promise<void> {
    await this.members.remove(userId);
  }

  @Roles('owner', 'manager')
  @Get('organizations/:slug/invitations')
  @ApiOperation({ summary: 'List invitations' })
  @ApiOkResponse({ type: [InvitationDto] })
  listInvitations(@Param('slug') _slug: string): Promise<InvitationDto[]> {
    return this.invitations.list();
  }

  @Roles('owner', 'manager')
  @Post('organizations/:slug/invitations')
  @Idempotent()
  @ApiCreatedResponse({ type: InvitationDto, description: 'The email is queued; a pending invitation to the same address is replaced' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'ALREADY_MEMBER' })
  @ApiOperation({ summary: 'Invite someone by email with a role' })
  createInvitation(@Param('slug') _slug: string, @Body() body: CreateInvitationDto): Promise<InvitationDto> {
    return this.invitations.create(body.email, body.role);
  }

  @Roles('owner', 'manager')
  @Delete('organizations/:slug/invitations/:invitationId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke an invitation' })
  @ApiNoContentResponse({ description: 'Revoked: its link no longer works' })
  async revokeInvitation(@Param('slug') _slug: string, @Param('invitationId', IdPipe) invitationId: string): Promise<void> {
    await this.invitations.revoke(invitationId);
  }

  @Public()
  @Get('invitations/:token')
  @ApiOperation({
    summary: 'Preview an invitation (no login)',
    description:
      'What the emailed link shows before logging in: the organization, the role, the invited address masked, and whether it can still be accepted. ' +
      'Tokens carry a MAC under the server secret, so they cannot be guessed and no rate limit applies.',
  })
  @ApiParam({ name: 'token', type: String, description: 'From the invitation link' })
  @ApiOkResponse({ type: InvitationPreviewDto })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'INVITATION_INVALID: no such invitation (a wrong or altered token)' })
  previewInvitation(@Param('token') token: string): Promise<InvitationPreviewDto> {
    return this.invitations.preview(token);
  }

  @Authenticated()
  @Post('invitations/:token/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept an invitation (logged in with the invited email)' })
  @ApiParam({ name: 'token', type: String, description: 'From the invitation link' })
  @ApiOkResponse({ type: OrganizationDto, description: 'The organization just joined' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'INVITATION_USED or ALREADY_MEMBER; 410 INVITATION_EXPIRED; 404 INVITATION_INVALID' })
  async acceptInvitation(@Param('token') token: string): Promise<OrganizationDto> {
    await this.invitations.accept(token);
    return this.organizations.current();
  }
}
