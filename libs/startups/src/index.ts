export * from './entities/startup.entity';
export * from './startups.module';
export * from './startups.events';
export * from './startups.service';
export * from './startups.subscribers';
export * from './entities/startup-founder.entity';
export * from './dto/startup.dto';
