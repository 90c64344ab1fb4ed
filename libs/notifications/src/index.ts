export * from './dto/notification.response.dto';
export * from './entities/notification.entity';
export * from './notifications.jobs';
export * from './notifications.module';
export * from './notifications.service';
