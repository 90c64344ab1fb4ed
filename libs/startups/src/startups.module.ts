import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Startup } from './entities/startup.entity';
import { StartupsService } from './startups.service';

@Module({
  imports: [TypeOrmModule.forFeature([Startup])],
  providers: [StartupsService],
  exports: [StartupsService],
})
export class StartupsModule {}
