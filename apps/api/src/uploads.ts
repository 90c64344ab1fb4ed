import multipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import type { Env } from '@hatchery/core';
import type { Upload } from '@hatchery/cohorts';

/** Route config (`@RouteConfig(UPLOAD_ROUTE)`) of the routes that take one uploaded file. */
export const UPLOAD_ROUTE = { upload: true };

declare module 'fastify' {
  interface FastifyRequest {
    /** The file of an upload route, read before the route's handler (and its transaction) ran. */
    upload?: Upload;
  }
}

/**
 * Multipart uploads (@fastify/multipart) for the routes marked `@RouteConfig(UPLOAD_ROUTE)`: one
 * file, at most ATTACHMENT_MAX_BYTES, no other parts to speak of. The file is read into memory in a
 * preValidation hook, so a slow client never holds a database connection (the request's
 * transaction begins after it); the handler gets what was read, or why nothing was, as
 * `request.upload`, and refuses it only after checking who is asking. Other routes never read a
 * multipart body, and a request without a bearer token is not read either.
 */
export async function registerMultipart(app: NestFastifyApplication, env: Env): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: env.ATTACHMENT_MAX_BYTES, files: 1, fields: 4, fieldSize: 1024, parts: 5, headerPairs: 100 },
  });
  app.getHttpAdapter().getInstance().addHook('preValidation', async (request: FastifyRequest) => {
    if (!(request.routeOptions.config as { upload?: boolean } | undefined)?.upload) return;
    if (!request.headers.authorization) return;
    request.upload = await readUpload(request);
  });
}

async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) return { state: 'not-multipart' };
  try {
    const part = await request.file();
    if (!part || part.fieldname !== 'file') return { state: 'no-file' };
    const data = await part.toBuffer();
    return { state: 'file', fileName: part.filename, data };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') return { state: 'too-large' };
    return { state: 'malformed' };
  }
}
