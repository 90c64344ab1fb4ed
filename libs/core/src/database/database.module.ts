import { Global, Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ClsModule } from 'nestjs-cls';
import { Env } from '../config/env';
import { RequestContext } from './request-context';
import { Tenancy } from './tenancy';

/**
 * TypeORM as the app role (no superuser, no BYPASSRLS, not the tables' owner), and the
 * transaction of the current request or job in AsyncLocalStorage.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [Env],
      useFactory: (env: Env) => ({
        type: 'postgres',
        url: env.DATABASE_URL,
        autoLoadEntities: true,
        synchronize: false,
        migrationsRun: false,
        extra: { max: 10, application_name: 'hatchery', connectionTimeoutMillis: 5000 },
      }),
    }),
    ClsModule.forRoot({
      global: true,
      // No proxy providers here: resolving them cost a require() per request.
      middleware: { mount: true, resolveProxyProviders: false },
      plugins: [
        new ClsPluginTransactional({
          imports: [TypeOrmModule],
          adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }),
          enableTransactionProxy: false,
        }),
      ],
    }),
  ],
  providers: [RequestContext, Tenancy],
  exports: [RequestContext, Tenancy],
})
export class DatabaseModule {}
