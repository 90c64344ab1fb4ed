export * from './catalogue.service';
export * from './date-rules';
export * from './dto/spaces.dto';
export * from './dto/spaces.response.dto';
export * from './entities';
export * from './leases.service';
export * from './spaces.module';
export * from './spaces.subscribers';
