import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import { DomainError, FieldError, ValidationFailedError } from '../errors/domain-error';
import { toProblem } from '../errors/problem';
import { sendProblem } from '../errors/problem.filter';
import { newId } from '../ids';

/**
 * Input no validator should have to survive, refused once for every route before anything
 * recursive (class-transformer, class-validator, JSON.stringify) or Postgres sees it:
 *
 * - a body nested deeper than MAX_INPUT_DEPTH (5,000 nested arrays are 10 kB and overflow the
 *   stack of every recursive walker) → 400 BODY_TOO_DEEP;
 * - U+0000 in any string or object key of the body, the query string or a path parameter
 *   (Postgres text and jsonb cannot hold it) → 400 VALIDATION_FAILED naming the field;
 * - a lone UTF-16 surrogate ("\ud800" is valid JSON but not Unicode: validator.js throws a
 *   URIError on it, and Postgres would store U+FFFD instead) → the same.
 *
 * The walk is iterative (an explicit stack), so the check cannot overflow itself.
 */
export const MAX_INPUT_DEPTH = 32;

/** At most this many bad strings are reported; the walk stops there. */
const MAX_REPORTED = 20;

export class BodyTooDeepError extends DomainError {
  constructor(maxDepth = MAX_INPUT_DEPTH) {
    super(400, 'BODY_TOO_DEEP', `The body is nested deeper than ${maxDepth} levels of objects and arrays.`);
  }
}

export type TextProblem = 'nul' | 'lone-surrogate';

export interface InputFindings {
  /** Some object or array lies deeper than the limit (the walk stopped there). */
  tooDeep: boolean;
  /** Strings or keys holding U+0000 or a lone surrogate, by path: `name`, `items.2.title`. */
  badText: { field: string; problem: TextProblem }[];
}

interface Frame {
  value: unknown;
  /** Objects and arrays enclosing this value (the root is at depth 0). */
  depth: number;
  path: string;
}

/** In a `u` regex a surrogate pair is one code point, so this matches only a lone half. */
const LONE_SURROGATE = /\p{Surrogate}/u;

export function textProblem(text: string): TextProblem | undefined {
  if (text.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(text)) return 'lone-surrogate';
  return undefined;
}

/**
 * `phases.0.milestones.2.title`: the form the ValidationPipe names fields in, so a client maps
 * both kinds of error the same way. NUL and lone surrogates in a key are spelled out (\u0000).
 */
function childPath(parent: string, key: string | number): string {
  const name = typeof key === 'number' ? String(key) : JSON.stringify(key).slice(1, -1);
  return parent ? `${parent}.${name}` : name;
}

/** Walks `value` iteratively: depth of objects and arrays, and U+0000 or lone surrogates in strings and keys. */
export function inspectInput(value: unknown, options: { maxDepth?: number; root?: string } = {}): InputFindings {
  const maxDepth = options.maxDepth ?? MAX_INPUT_DEPTH;
  const findings: InputFindings = { tooDeep: false, badText: [] };
  const stack: Frame[] = [{ value, depth: 0, path: options.root ?? '' }];
  while (stack.length > 0 && findings.badText.length < MAX_REPORTED) {
    const { value: current, depth, path } = stack.pop()!;
    if (typeof current === 'string') {
      const problem = textProblem(current);
      if (problem) findings.badText.push({ field: path, problem });
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > maxDepth) {
      findings.tooDeep = true;
      return findings;
    }
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], depth: depth + 1, path: childPath(path, i) });
      continue;
    }
    const keys = Object.keys(current);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      const keyPath = childPath(path, key);
      const problem = textProblem(key);
      if (problem) findings.badText.push({ field: keyPath, problem });
      stack.push({ value: (current as Record<string, unknown>)[key], depth: depth + 1, path: keyPath });
    }
  }
  return findings;
}

const MESSAGES: Record<TextProblem, string> = {
  nul: 'must not contain the NUL character (U+0000)',
  'lone-surrogate': 'must be well-formed Unicode (it holds a lone surrogate)',
};

/** Throws BodyTooDeepError or ValidationFailedError when a request part is hostile. */
export function assertSafeInput(request: { body?: unknown; query?: unknown; params?: unknown }): void {
  const body = inspectInput(request.body);
  if (body.tooDeep) throw new BodyTooDeepError();
  const errors: FieldError[] = body.badText.map(({ field, problem }) => ({ field: field || 'body', message: `${field || 'the body'} ${MESSAGES[problem]}` }));
  // Query strings and path parameters are flat: a name and a string, or a list of strings.
  for (const [part, label] of [
    [request.query, 'query parameter'],
    [request.params, 'path parameter'],
  ] as const) {
    if (!part || typeof part !== 'object') continue;
    for (const [name, value] of Object.entries(part)) {
      const values: unknown[] = Array.isArray(value) ? value : [value];
      const problem = textProblem(name) ?? values.map((one) => (typeof one === 'string' ? textProblem(one) : undefined)).find(Boolean);
      if (problem) {
        const field = JSON.stringify(name).slice(1, -1);
        errors.push({ field, message: `${label} ${field} ${MESSAGES[problem]}` });
      }
    }
  }
  if (errors.length > 0) throw new ValidationFailedError(errors);
}

/**
 * Runs the check on every route once Fastify has parsed the body and before Nest's pipes
 * and guards. An error thrown here reaches Fastify's error handler, which Nest points at the
 * global ProblemFilter, so it is answered as application/problem+json like any other.
 */
export function guardAgainstHostileInput(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request: FastifyRequest) => {
    // The web app's catch-all (`/*`: index.html, or a 404 problem for an unknown API path, e.g. a
    // path parameter over the router's length limit) reads no input, and an error thrown here in
    // its plugin context would bypass the ProblemFilter.
    if (request.routeOptions?.url === '/*') return;
    assertSafeInput({ body: request.body, query: request.query, params: request.params });
  });
}

/**
 * Fastify's `clientErrorHandler`: errors Node's HTTP parser raises before there is a request
 * (a request line and headers over 16 kB → 431, a malformed request → 400, a timeout → 408),
 * answered as a problem document on the raw socket instead of Fastify's plain JSON.
 */
export function problemClientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  // A reset connection is gone; there is no one to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const { body } = toProblem(error, newId());
    const text = JSON.stringify(body);
    socket.write(
      `HTTP/1.1 ${body.status} ${body.title}\r\n` +
        `Content-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(text)}\r\n` +
        `Connection: close\r\n\r\n${text}`,
    );
  }
  socket.destroy(error);
}

/**
 * Fastify's `frameworkErrors`: errors its router raises before any route, so before Nest's
 * filter (a path with a bad percent-encoding such as %FF → 400 BAD_URL), as problem documents.
 */
export function problemFrameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  sendProblem(reply, error, String(request.id));
}
