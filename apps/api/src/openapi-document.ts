import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ApiModule } from './app.module';
import { GLOBAL_PREFIX, GLOBAL_PREFIX_OPTIONS } from './bootstrap';
import { createOpenApiDocument } from './openapi';

/**
 * The OpenAPI document the API serves at /api/docs-json, built without a database, Redis or a
 * listening socket: Nest's preview mode scans modules and routes without creating providers.
 */
export async function buildOpenApiDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule, new FastifyAdapter(), { preview: true, logger: false, abortOnError: false });
  try {
    app.setGlobalPrefix(GLOBAL_PREFIX, GLOBAL_PREFIX_OPTIONS);
    return createOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
