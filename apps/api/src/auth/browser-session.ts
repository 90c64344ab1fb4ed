import { applyDecorators, CanActivate, Injectable, UseGuards } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import { ApiForbiddenResponse, ApiHeader } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, Env, ProblemResponseDto } from '@hatchery/core';

/** The browser's refresh token: httpOnly, SameSite=Strict, sent only to the session routes. */
export const REFRESH_COOKIE = 'hatchery_refresh';
export const REFRESH_COOKIE_PATH = '/api/v1/auth/session';
/** The header a browser request of the web app carries; cross-site, it forces a CORS preflight. */
export const BROWSER_CLIENT_HEADER = 'x-hatchery-client';
export const BROWSER_CLIENT_VALUE = 'web';

/**
 * The cookies of a Cookie header, by name; the first of a repeated name wins (the browser sends
 * the one with the longest path first). Values are taken as sent (ours are base64url).
 */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const equals = part.indexOf('=');
    if (equals <= 0) continue;
    const name = part.slice(0, equals).trim();
    let value = part.slice(equals + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    if (name && !cookies.has(name)) cookies.set(name, value);
  }
  return cookies;
}

/** The Set-Cookie value for the refresh cookie; `maxAgeSeconds` 0 clears it. */
export function refreshCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return [`${REFRESH_COOKIE}=${value}`, `Max-Age=${maxAgeSeconds}`, `Path=${REFRESH_COOKIE_PATH}`, 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])].join('; ');
}

export function setRefreshCookie(request: FastifyRequest, reply: FastifyReply, value: string, maxAgeSeconds: number): void {
  reply.header('set-cookie', refreshCookie(value, maxAgeSeconds, request.protocol === 'https'));
}

export function clearRefreshCookie(request: FastifyRequest, reply: FastifyReply): void {
  setRefreshCookie(request, reply, '', 0);
}

/**
 * Whether an Origin (or Referer) URL is the request's own: same host (and port) as the Host
 * header. An unparsable value, `null` included, is not.
 */
export function isOwnOrigin(url: string | undefined, host: string | undefined): boolean {
  if (!url || !host) return false;
  try {
    return new URL(url).host === host.toLowerCase();
  } catch {
    return false;
  }
}

/**
 * The cross-site request defence of the cookie-authenticated routes: the custom header (a
 * cross-site page cannot send it without a CORS preflight, which only listed origins pass) and,
 * when the browser names an Origin, that origin must be ours or listed in CORS_ORIGINS.
 */
export function isBrowserClientRequest(request: Pick<FastifyRequest, 'headers'>, allowedOrigins: ReadonlySet<string>): boolean {
  if (request.headers[BROWSER_CLIENT_HEADER] !== BROWSER_CLIENT_VALUE) return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return isOwnOrigin(origin, request.headers.host) || allowedOrigins.has(origin);
}

export class CsrfRejectedError extends DomainError {
  constructor() {
    super(403, 'CSRF_REJECTED', `Cross-site request refused: send ${BROWSER_CLIENT_HEADER}: ${BROWSER_CLIENT_VALUE} from the app's own origin.`);
  }
}

/** Runs before the transaction, the body's validation and the handler: a refused request does nothing. */
@Injectable()
export class BrowserClientGuard implements CanActivate {
  private readonly allowedOrigins: ReadonlySet<string>;

  constructor(env: Env) {
    this.allowedOrigins = new Set(env.CORS_ORIGINS?.split(',') ?? []);
  }

  canActivate(execution: ExecutionContext): boolean {
    if (!isBrowserClientRequest(execution.switchToHttp().getRequest<FastifyRequest>(), this.allowedOrigins)) throw new CsrfRejectedError();
    return true;
  }
}

/** A route of the web app's browser session: the guard and its documentation. */
export const BrowserClient = () =>
  applyDecorators(
    UseGuards(BrowserClientGuard),
    // Not `required` in the document, although the route refuses a request without it: the web app's
    // typed client sends it on every call as a client-wide default, which a required parameter would
    // make each call repeat.
    ApiHeader({
      name: 'X-Hatchery-Client',
      required: false,
      schema: { type: 'string', pattern: `^${BROWSER_CLIENT_VALUE}$`, example: BROWSER_CLIENT_VALUE },
      description: 'Must be `web`, or the request is refused with 403 CSRF_REJECTED: a cross-site page cannot send it without a CORS preflight',
    }),
    ApiForbiddenResponse({ type: ProblemResponseDto, description: "CSRF_REJECTED: X-Hatchery-Client is missing, or the Origin is neither the API's own nor listed in CORS_ORIGINS" }),
  );
