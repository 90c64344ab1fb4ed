import type { IncomingMessage } from 'node:http';
import { newId } from '../ids';

const ACCEPTED = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * The request's id: the caller's `X-Request-Id` when it is a plausible id (8–128 letters, digits,
 * `.`, `_`, `-`: nothing that could forge a log line or a job id), a new UUIDv7 otherwise.
 */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && ACCEPTED.test(given) ? given : newId();
}
