import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '@hatchery/organizations';
import { CallsService } from './calls.service';
import { Call } from './entities/call.entity';
import { Programme } from './entities/programme.entity';
import { CallScheduleSweeper, CloseCallHandler, OpenCallHandler } from './programmes.jobs';
import { ProgrammesService } from './programmes.service';
import { PublicCallsService } from './public-calls.service';

@Module({
  imports: [TypeOrmModule.forFeature([Programme, Call]), OrganizationsModule],
  providers: [ProgrammesService, CallsService, PublicCallsService, OpenCallHandler, CloseCallHandler],
  exports: [ProgrammesService, CallsService, PublicCallsService, OpenCallHandler, CloseCallHandler],
})
export class ProgrammesModule {}

/** The worker's part: the sweeper that catches up due openings and closings from Postgres. */
@Module({
  imports: [ProgrammesModule],
  providers: [CallScheduleSweeper],
  exports: [CallScheduleSweeper, ProgrammesModule],
})
export class ProgrammesWorkerModule {}
