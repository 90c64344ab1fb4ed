import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@hatchery/accounts';
import { StartupsModule } from '@hatchery/startups';
import { Invitation } from './entities/invitation.entity';
import { Membership } from './entities/membership.entity';
import { Organization } from './entities/organization.entity';
import { InvitationsService } from './invitations.service';
import { MembersService } from './members.service';
import { SendInvitationHandler } from './organizations.jobs';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [TypeOrmModule.forFeature([Organization, Membership, Invitation]), AccountsModule, StartupsModule],
  providers: [OrganizationsService, MembersService, InvitationsService, SendInvitationHandler],
  exports: [OrganizationsService, MembersService, InvitationsService, SendInvitationHandler],
})
export class OrganizationsModule {}
