import { Global, Module, RequestMethod } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AuditEntry } from './audit/audit-entry.entity';
import { AuditService } from './audit/audit.service';
import { AccessTokens } from './auth/access-tokens';
import { Clock } from './clock/clock';
import { CoreConfigModule } from './config/config.module';
import { Env } from './config/env';
import { DatabaseModule } from './database/database.module';
import { EventBus } from './events/event-bus';
import { EventDelivery } from './events/event-delivery.entity';
import { SystemDatabase } from './database/system-database';
import { requestSerializer, responseSerializer } from './http/log-serializers';
import { IdempotencyRecord } from './idempotency/idempotency-record.entity';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { MailService } from './mail/mail.service';
import { Metrics } from './metrics/metrics';
import { MetricsServer } from './metrics/metrics-server';
import { OutboxMessage } from './outbox/outbox-message.entity';
import { Outbox } from './outbox/outbox.service';
import { QueueModule } from './queue/queue.module';
import { RedisModule } from './redis/redis.module';

/** What both the api and the worker stand on. */
@Global()
@Module({
  imports: [
    CoreConfigModule,
    LoggerModule.forRootAsync({
      inject: [Env],
      useFactory: (env: Env) => ({
        // Nest 11 route syntax; nestjs-pino's default '*' logs a conversion warning at every start.
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: {
          level: env.LOG_LEVEL,
          genReqId: (request) => String((request as { id?: unknown }).id ?? ''),
          // Secrets in URLs (calendar and invitation tokens), query strings and headers are masked.
          serializers: { req: requestSerializer, res: responseSerializer },
          transport: env.LOG_PRETTY === 'true' ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
          autoLogging: { ignore: (request) => request.url?.startsWith('/health') === true },
        },
      }),
    }),
    DatabaseModule,
    TypeOrmModule.forFeature([AuditEntry, OutboxMessage, IdempotencyRecord, EventDelivery]),
    JwtModule.register({}),
    RedisModule,
    QueueModule,
  ],
  providers: [Clock, AccessTokens, AuditService, Outbox, EventBus, MailService, IdempotencyInterceptor, SystemDatabase, Metrics, MetricsServer],
  exports: [Clock, DatabaseModule, RedisModule, QueueModule, AccessTokens, AuditService, Outbox, EventBus, MailService, IdempotencyInterceptor, SystemDatabase, Metrics, MetricsServer],
})
export class CoreModule {}
