export * from './entities/startup.entity';
export * from './startups.module';
export * from './startups.service';
export * from './entities/startup-founder.entity';
export * from './dto/startup.dto';
