import { BadRequestException, ForbiddenException, HttpException, InternalServerErrorException, Logger, NotFoundException } from '@nestjs/common';
import { errorCodes } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { ConflictError, DomainError, ForbiddenError, NotFoundError, RateLimitedError, UnauthenticatedError, ValidationFailedError } from './domain-error';
import { toProblem } from './problem';

const REQUEST_ID = '019a0000-aaaa-7bbb-8ccc-000000000001';

/** The parts of a problem document every response has. */
function expectProblemShape(body: Record<string, unknown>, status: number, code: string) {
  expect(body).toMatchObject({
    type: expect.stringMatching(/^https:\/\/hatchery\.dev\/problems\/[a-z-]+$/),
    title: expect.any(String),
    status,
    detail: expect.any(String),
    code,
    requestId: REQUEST_ID,
  });
}

describe('toProblem', () => {
  beforeAll(() => Logger.overrideLogger(false));

  describe('domain errors', () => {
    it.each([
      [new NotFoundError('Organization'), 404, 'NOT_FOUND', 'Organization not found.'],
      [new ForbiddenError(), 403, 'FORBIDDEN', 'Your role does not allow this.'],
      [new UnauthenticatedError('The access token is invalid or expired.', 'TOKEN_INVALID'), 401, 'TOKEN_INVALID', 'The access token is invalid or expired.'],
      [new ConflictError('SLUG_TAKEN', 'The slug "x" is taken.'), 409, 'SLUG_TAKEN', 'The slug "x" is taken.'],
      [new DomainError(410, 'INVITATION_EXPIRED', 'This invitation has expired.'), 410, 'INVITATION_EXPIRED', 'This invitation has expired.'],
    ])('%s → its own status, code and message', (error, status, code, detail) => {
      const { body, headers } = toProblem(error, REQUEST_ID);
      expectProblemShape(body, status, code);
      expect(body.detail).toBe(detail);
      expect(headers).toEqual({});
    });

    it('derives type from the code and title from the status', () => {
      const { body } = toProblem(new ConflictError('LAST_OWNER', 'x'), REQUEST_ID);
      expect(body.type).toBe('https://hatchery.dev/problems/last-owner');
      expect(body.title).toBe('Conflict');
    });

    it('carries field errors of a validation failure', () => {
      const errors = [{ field: 'email', message: 'email must be an email address' }];
      const { body } = toProblem(new ValidationFailedError(errors), REQUEST_ID);
      expectProblemShape(body, 400, 'VALIDATION_FAILED');
      expect(body.errors).toEqual(errors);
    });

    it('passes the Retry-After header of a rate limit', () => {
      const { body, headers } = toProblem(new RateLimitedError(42), REQUEST_ID);
      expectProblemShape(body, 429, 'RATE_LIMITED');
      expect(headers).toEqual({ 'Retry-After': '42' });
    });

    it('adds the extra fields of a domain error beside the standard ones', () => {
      const { body } = toProblem(new DomainError(409, 'X', 'x', { checks: { a: 1 } }), REQUEST_ID);
      expect(body).toMatchObject({ status: 409, requestId: REQUEST_ID, checks: { a: 1 } });
    });
  });

  describe('Nest HttpExceptions', () => {
    it.each([
      [new NotFoundException('Cannot GET /nope'), 404, 'NOT_FOUND', 'Cannot GET /nope'],
      [new BadRequestException('bad thing'), 400, 'BAD_REQUEST', 'bad thing'],
      [new BadRequestException(['first', 'second']), 400, 'BAD_REQUEST', 'first; second'],
      [new ForbiddenException(), 403, 'FORBIDDEN', 'Forbidden'],
      [new HttpException('teapot', 418), 418, 'ERROR', 'teapot'],
    ])('%s → status and code by status', (error, status, code, detail) => {
      const { body } = toProblem(error, REQUEST_ID);
      expectProblemShape(body, status, code);
      expect(body.detail).toBe(detail);
    });

    it('hides the message of a 5xx HttpException', () => {
      const { body } = toProblem(new InternalServerErrorException('pool exhausted on host db-7'), REQUEST_ID);
      expect(body.status).toBe(500);
      expect(JSON.stringify(body)).not.toContain('db-7');
    });

    it.each([
      ['FST_ERR_CTP_INVALID_JSON_BODY', 400, 'MALFORMED_JSON'],
      ['FST_ERR_CTP_EMPTY_JSON_BODY', 400, 'MALFORMED_JSON'],
      ['FST_ERR_CTP_BODY_TOO_LARGE', 413, 'PAYLOAD_TOO_LARGE'],
      ['FST_ERR_CTP_INVALID_MEDIA_TYPE', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ])('maps Fastify %s, raw or re-wrapped by Nest, to %s %s', (fastifyCode, status, code) => {
      const FastifyError = (errorCodes as unknown as Record<string, new () => Error & { statusCode: number }>)[fastifyCode];
      const raw = new FastifyError();
      expectProblemShape(toProblem(raw, REQUEST_ID).body, status, code);
      expectProblemShape(toProblem(new HttpException(raw.message, raw.statusCode), REQUEST_ID).body, status, code);
    });
  });

  describe('unexpected errors', () => {
    it('answers 500 INTERNAL_ERROR whose detail holds only the request id', () => {
      const error = new TypeError("Cannot read properties of undefined (reading 'passwordHash')");
      const { body, headers } = toProblem(error, REQUEST_ID);
      expectProblemShape(body, 500, 'INTERNAL_ERROR');
      expect(body.detail).toContain(REQUEST_ID);
      const text = JSON.stringify(body);
      expect(text).not.toContain('passwordHash');
      expect(text).not.toContain('TypeError');
      expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/);
      expect(Object.keys(body).sort()).toEqual(['code', 'detail', 'requestId', 'status', 'title', 'type']);
      expect(headers).toEqual({});
    });

    it.each([
      ['a string', 'boom'],
      ['null', null],
      ['undefined', undefined],
      ['a plain object', { message: 'secret internals' }],
      ['a database constraint violation', new QueryFailedError('INSERT INTO users …', [], Object.assign(new Error('duplicate key value'), { code: '23505' }))],
    ])('treats %s thrown as a 500 that reveals nothing', (_label, thrown) => {
      const { body } = toProblem(thrown, REQUEST_ID);
      expectProblemShape(body, 500, 'INTERNAL_ERROR');
      expect(JSON.stringify(body)).not.toMatch(/boom|secret internals|duplicate key|INSERT/);
    });
  });

  describe('values Postgres refuses (SQLSTATE class 22): a net behind the DTOs', () => {
    const pgError = (code: string, message: string) =>
      new QueryFailedError('INSERT INTO calls (capacity) VALUES ($1)', [99999999999], Object.assign(new Error(message), { code, severity: 'ERROR' }));

    it.each([
      ['22003', 'value "99999999999" is out of range for type integer'],
      ['22P02', 'invalid input syntax for type uuid: "x"'],
      ['22007', 'invalid input syntax for type date: "2026-02-30"'],
      ['22008', 'date/time field value out of range: "275760-09-13"'],
      ['22001', 'value too long for type character varying(255)'],
      ['22021', 'invalid byte sequence for encoding "UTF8": 0x00'],
      ['22P05', 'unsupported Unicode escape sequence'],
    ])('%s (%s) → 400 INVALID_INPUT that reveals neither the value nor the query', (code, message) => {
      const { body, headers } = toProblem(pgError(code, message), REQUEST_ID);
      expectProblemShape(body, 400, 'INVALID_INPUT');
      expect(JSON.stringify(body)).not.toMatch(/INSERT|99999999999|character varying|UTF8|syntax/);
      expect(headers).toEqual({});
    });

    it('also when pg raises it without TypeORM around it', () => {
      const raw = Object.assign(new Error('value "99999999999" is out of range for type integer'), { code: '22003' });
      expectProblemShape(toProblem(raw, REQUEST_ID).body, 400, 'INVALID_INPUT');
    });

    it.each([
      ['division by zero (22012): our own arithmetic', '22012'],
      ['a unique violation (23505)', '23505'],
      ['a syntax error in our SQL (42601)', '42601'],
    ])('%s stays a 500', (_label, code) => {
      expectProblemShape(toProblem(pgError(code, 'x'), REQUEST_ID).body, 500, 'INTERNAL_ERROR');
    });
  });

  describe('errors raised before Nest has a request', () => {
    it('a request line and headers over 16 kB (HPE_HEADER_OVERFLOW) → 431 HEADERS_TOO_LARGE', () => {
      const { body } = toProblem(Object.assign(new Error('Parse Error: Header overflow'), { code: 'HPE_HEADER_OVERFLOW' }), REQUEST_ID);
      expectProblemShape(body, 431, 'HEADERS_TOO_LARGE');
      expect(body.title).toBe('Request header fields too large');
    });

    it('another HTTP parser error → 400 BAD_REQUEST, without the parser message', () => {
      const { body } = toProblem(Object.assign(new Error('Parse Error: Invalid method encountered'), { code: 'HPE_INVALID_METHOD' }), REQUEST_ID);
      expectProblemShape(body, 400, 'BAD_REQUEST');
      expect(body.detail).not.toContain('Parse Error');
    });

    it('a bad percent-encoding in the path (FST_ERR_BAD_URL) → 400 BAD_URL, without echoing the URL', () => {
      const BadUrl = (errorCodes as unknown as Record<string, new (path: string) => Error>).FST_ERR_BAD_URL;
      const { body } = toProblem(new BadUrl('/api/v1/organizations/%FF'), REQUEST_ID);
      expectProblemShape(body, 400, 'BAD_URL');
      expect(body.detail).not.toContain('%FF');
    });
  });

  describe('dependencies down', () => {
    it('a pg ECONNREFUSED is a 503 SERVICE_UNAVAILABLE with Retry-After, revealing no address', () => {
      const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', errno: -111, address: '127.0.0.1', port: 5432 });
      const { body, headers } = toProblem(error, REQUEST_ID);
      expectProblemShape(body, 503, 'SERVICE_UNAVAILABLE');
      expect(headers['Retry-After']).toMatch(/^\d+$/);
      expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|5432/);
    });

    it.each([
      ['a TypeORM error wrapping an admin shutdown (57P01)', new QueryFailedError('SELECT 1', [], Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))],
      ['a dropped connection', new Error('Connection terminated unexpectedly')],
      ['a pool connect timeout', new Error('timeout exceeded when trying to connect')],
      ['Redis refusing commands while offline', new Error("Stream isn't writeable and enableOfflineQueue options is false")],
      ['ioredis giving up retries', Object.assign(new Error('Reached the max retries per request limit'), { name: 'MaxRetriesPerRequestError' })],
    ])('%s is a 503', (_label, error) => {
      expectProblemShape(toProblem(error, REQUEST_ID).body, 503, 'SERVICE_UNAVAILABLE');
    });
  });
});
