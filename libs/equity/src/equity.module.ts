import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortsModule } from '@hatchery/cohorts';
import { OrganizationsModule } from '@hatchery/organizations';
import { ProgrammesModule } from '@hatchery/programmes';
import { StartupsModule } from '@hatchery/startups';
import { CapTable, EquityEntry, Holder, Investment, Proceeds, ShareClass, StakeBooking, WriteOff } from './entities/cap-table.entity';
import { EquityService } from './equity.service';
import { BookConfirmedStake, WriteOffFailedStartup } from './equity.subscribers';

@Module({
  imports: [TypeOrmModule.forFeature([CapTable, ShareClass, Holder, EquityEntry, StakeBooking, Investment, WriteOff, Proceeds]), StartupsModule, CohortsModule, ProgrammesModule, OrganizationsModule],
  providers: [EquityService, BookConfirmedStake, WriteOffFailedStartup],
  exports: [EquityService],
})
export class EquityModule {}
