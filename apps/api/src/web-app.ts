import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Env } from '@hatchery/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { posix, resolve, sep } from 'node:path';

/** Paths that belong to the API: an unknown one is the API's 404 problem, never the web app. */
const API_PATHS = /^\/(api|health|admin)(\/|$)/;
/** Vite's hashed output: a file's name changes with its content, so it may be cached forever. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The file under `root` a URL path names, as a path relative to root, or undefined. The path is
 * normalized as a URL path first, so `..` (however it was encoded) cannot climb above root.
 */
export function fileUnder(root: string, decodedPath: string): string | undefined {
  if (decodedPath.includes('\0')) return undefined;
  const relative = posix.normalize(`/${decodedPath}`).slice(1);
  if (relative === '' || relative.split('/').some((segment) => segment.startsWith('.'))) return undefined;
  const absolute = resolve(root, relative);
  if (!absolute.startsWith(root + sep)) return undefined;
  try {
    return statSync(absolute).isFile() ? relative : undefined;
  } catch {
    return undefined;
  }
}

function acceptsHtml(request: FastifyRequest): boolean {
  return /\btext\/html\b/i.test(request.headers.accept ?? '');
}

/**
 * Serves the built web app (WEB_DIST_DIR) at /: its files, and index.html for any other GET that
 * asks for a page outside /api, /health and /admin (the app's client-side routes). Without an
 * index.html there, nothing is served and the API works alone.
 */
export async function serveWebApp(app: NestFastifyApplication, env: Env): Promise<void> {
  const logger = new Logger('WebApp');
  const configured = resolve(process.cwd(), env.WEB_DIST_DIR);
  if (!existsSync(resolve(configured, 'index.html'))) {
    logger.log(`No web app served: ${configured} has no index.html (build apps/web or set WEB_DIST_DIR)`);
    return;
  }
  const root = realpathSync(configured);

  const handle = async (request: FastifyRequest<{ Params: { '*': string } }>, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    if (API_PATHS.test(path)) return reply.callNotFound();
    const file = fileUnder(root, request.params['*'] ?? '');
    if (file) {
      reply.header('cache-control', file.startsWith('assets/') ? IMMUTABLE : 'no-cache');
      return reply.sendFile(file);
    }
    if (!acceptsHtml(request)) return reply.callNotFound();
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  };

  // Its own plugin context: @fastify/static's reply.sendFile stays here (Bull Board registers the
  // plugin in its own context too). The wildcard loses to every other route (the API's, Swagger's
  // /api/docs assets, Bull Board's), so it only sees what they do not answer; HEAD comes with GET.
  await app.register(async (instance: FastifyInstance) => {
    await instance.register(fastifyStatic, { root, serve: false, index: false, dotfiles: 'ignore', cacheControl: false });
    instance.get('/*', handle);
  });
}
