export * from './answer-rules';
export * from './applications.module';
export * from './applications.service';
export * from './dto/application.dto';
export * from './entities/application.entity';
