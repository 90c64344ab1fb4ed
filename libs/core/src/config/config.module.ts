import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { Env, loadEnv } from './env';

/**
 * @nestjs/config loads `.env` and validates it with `loadEnv`; the validated, typed `Env` is
 * what services inject.
 */
@Global()
@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true, cache: true, validate: (raw) => loadEnv(raw as Record<string, string>) })],
  providers: [{ provide: Env, useFactory: () => loadEnv(process.env) }],
  exports: [Env],
})
export class CoreConfigModule {}
