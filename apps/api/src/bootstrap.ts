import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { createValidationPipe, guardAgainstHostileInput, loadEnv, problemClientErrorHandler, problemFrameworkErrors, requestIdOf } from '@hatchery/core';
import { Logger } from 'nestjs-pino';
import { mountQueueDashboard } from './admin/queue-dashboard';
import { registerMultipart } from './uploads';
import { ApiModule } from './app.module';
import { instrumentHttp } from './http-instrumentation';
import { createOpenApiDocument } from './openapi';
import { serveWebApp } from './web-app';

export const BODY_LIMIT_BYTES = 1024 * 1024;
/** Every route but the health probes is under /api/v1 (the OpenAPI document is built with the same). */
export const GLOBAL_PREFIX = 'api/v1';
export const GLOBAL_PREFIX_OPTIONS = { exclude: ['health', 'health/{*path}'] };

/** The API as main.ts serves it and as the e2e suites drive it. */
export async function createApi(options: { logs?: boolean } = {}): Promise<NestFastifyApplication> {
  const env = loadEnv();
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: requestIdOf,
    requestIdHeader: false,
    trustProxy: env.TRUST_PROXY === 'true',
    // Refused before routing, so before Nest: a URL or headers over 16 kB (431) and other
    // HTTP parser errors, and a bad percent-encoding in the path (%FF), as problem+json too.
    clientErrorHandler: problemClientErrorHandler,
    frameworkErrors: problemFrameworkErrors,
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule, adapter, {
    bufferLogs: true,
    abortOnError: false,
    logger: options.logs === false ? false : undefined,
  });
  if (options.logs !== false) app.useLogger(app.get(Logger));
  // Deep nesting and U+0000 are refused for every route before any DTO or query sees them.
  guardAgainstHostileInput(app.getHttpAdapter().getInstance());
  await instrumentHttp(app, env);
  app.setGlobalPrefix(GLOBAL_PREFIX, GLOBAL_PREFIX_OPTIONS);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  // Security headers: helmet's middleware built once. @fastify/helmet rebuilt it (parsing the CSP
  // directives) on every request in two onRequest hooks, about 3 % of a request's CPU.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'validator.swagger.io'],
        // The web app: its API calls and its fonts (the component library inlines some as data:).
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
      },
    },
  });
  app.getHttpAdapter().getInstance().addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)));

  // Milestone attachments: multipart, one file, read before the request's transaction.
  await registerMultipart(app, env);

  const document = createOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  await mountQueueDashboard(app);
  // The built web app at / (WEB_DIST_DIR), when there is one; after every other route, which wins.
  await serveWebApp(app, env);
  return app;
}
