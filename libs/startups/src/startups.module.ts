import { AccountsModule } from '@hatchery/accounts';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StartupFounder } from './entities/startup-founder.entity';
import { Startup } from './entities/startup.entity';
import { StartupsService } from './startups.service';
import { RecordStartupOutcome, WithdrawDeclinedStartup } from './startups.subscribers';

@Module({
  imports: [TypeOrmModule.forFeature([Startup, StartupFounder]), AccountsModule],
  providers: [StartupsService, WithdrawDeclinedStartup, RecordStartupOutcome],
  exports: [StartupsService],
})
export class StartupsModule {}
