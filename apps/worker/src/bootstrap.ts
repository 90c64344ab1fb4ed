import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { closeGracefully, loadEnv, newId } from '@hatchery/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/** The worker: BullMQ processors and the outbox relay; HTTP only for /health. */
export async function createWorker(options: { logs?: boolean } = {}): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(WorkerModule, new FastifyAdapter({ genReqId: () => newId() }), {
    bufferLogs: true,
    abortOnError: false,
    logger: options.logs === false ? false : undefined,
  });
  if (options.logs !== false) app.useLogger(app.get(Logger));
  closeGracefully(app.getHttpAdapter().getInstance(), loadEnv().SHUTDOWN_GRACE_MS);
  app.enableShutdownHooks();
  return app;
}
