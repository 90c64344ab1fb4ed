import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortsModule } from '@hatchery/cohorts';
import { ProgrammesModule } from '@hatchery/programmes';
import { StartupsModule } from '@hatchery/startups';
import { EnrolmentLookup } from './enrolment-lookup';
import { Grant, GrantTranche } from './entities/grant.entity';
import { Perk, PerkRedemption } from './entities/perk.entity';
import { GrantTranchesDueHandler, TrancheSweeper } from './funding.jobs';
import { TranchesPayableOnMilestone } from './funding.subscribers';
import { GrantsService } from './grants.service';
import { PerksService } from './perks.service';

@Module({
  imports: [TypeOrmModule.forFeature([Grant, GrantTranche, Perk, PerkRedemption]), CohortsModule, ProgrammesModule, StartupsModule],
  providers: [GrantsService, PerksService, EnrolmentLookup, GrantTranchesDueHandler, TranchesPayableOnMilestone],
  exports: [GrantsService, PerksService],
})
export class FundingModule {}

/** The worker's part: the sweep that catches up date tranches from Postgres. */
@Module({
  imports: [FundingModule],
  providers: [TrancheSweeper],
  exports: [TrancheSweeper, FundingModule],
})
export class FundingWorkerModule {}
