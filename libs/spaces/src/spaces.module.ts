import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortsModule } from '@hatchery/cohorts';
import { OrganizationsModule } from '@hatchery/organizations';
import { ProgrammesModule } from '@hatchery/programmes';
import { StartupsModule } from '@hatchery/startups';
import { SpacesCatalogueService } from './catalogue.service';
import { Lease } from './entities/lease.entity';
import { ProgrammeRentPlan, RentPlan, RentPlanTerm } from './entities/rent-plan.entity';
import { Site, Space, SpaceRate } from './entities/space.entity';
import { LeasesService } from './leases.service';
import { LeasesFollowOutcome } from './spaces.subscribers';

@Module({
  imports: [TypeOrmModule.forFeature([Site, Space, SpaceRate, RentPlan, RentPlanTerm, ProgrammeRentPlan, Lease]), CohortsModule, OrganizationsModule, ProgrammesModule, StartupsModule],
  providers: [SpacesCatalogueService, LeasesService, LeasesFollowOutcome],
  exports: [SpacesCatalogueService, LeasesService],
})
export class SpacesModule {}
