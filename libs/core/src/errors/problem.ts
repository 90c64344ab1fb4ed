import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import { errorCodes } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { DomainError } from './domain-error';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  requestId: string;
  errors?: { field: string; message: string }[];
  [key: string]: unknown;
}

const codeByStatus: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  408: 'REQUEST_TIMEOUT',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'RATE_LIMITED',
  431: 'HEADERS_TOO_LARGE',
  503: 'SERVICE_UNAVAILABLE',
};

/** Fastify's own errors (raised before Nest sees the request) and what they mean to a client. */
const fastifyCodes: Record<string, { code: string; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'MALFORMED_JSON', detail: 'The body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'MALFORMED_JSON', detail: 'The body is empty but declared as JSON.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', detail: 'The body is larger than 1 MB.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'Send application/json.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'BAD_REQUEST', detail: 'Content-Length does not match the body.' },
  FST_ERR_BAD_URL: { code: 'BAD_URL', detail: 'The URL has an invalid percent-encoding.' },
};

/** Node's HTTP parser refusing a request before Fastify has one (Fastify's clientError path). */
const clientErrorCodes: Record<string, { status: number; code: string; detail: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'HEADERS_TOO_LARGE',
    detail: 'The request line and headers are larger than 16 kB: shorten the URL (long filters belong in a body) or the headers.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'REQUEST_TIMEOUT', detail: 'The request was not received in time.' },
};

/**
 * Postgres data exceptions (SQLSTATE class 22) raised by a value the client sent: a number out
 * of range, text that is not a number, date or uuid, a string too long, a NUL byte. A safety
 * net behind the DTOs, which should refuse these first; 22012 (division by zero) and the rest
 * of class 22 are the server's own arithmetic and stay 500s.
 */
const CLIENT_DATA_EXCEPTIONS = new Set([
  '22001', // string_data_right_truncation
  '22003', // numeric_value_out_of_range
  '22007', // invalid_datetime_format
  '22008', // datetime_field_overflow
  '22009', // invalid_time_zone_displacement_value
  '22019', // invalid_escape_character
  '22021', // character_not_in_repertoire
  '22023', // invalid_parameter_value
  '22025', // invalid_escape_sequence
  '2201B', // invalid_regular_expression
  '22P02', // invalid_text_representation
  '22P05', // untranslatable_character
]);

function sqlState(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } } | null | undefined;
  const code = candidate?.driverError?.code ?? candidate?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** Nest re-wraps Fastify's body errors as HttpExceptions, keeping only the message. */
const fastifyCodeByMessage = new Map(
  Object.keys(fastifyCodes).map((code) => [new (errorCodes as unknown as Record<string, new () => Error>)[code]().message, code]),
);

function title(status: number): string {
  const name = (HttpStatus[status] as string | undefined) ?? STATUS_CODES[status]?.toUpperCase().replace(/ /g, '_');
  return name ? name.charAt(0) + name.slice(1).toLowerCase().replace(/_/g, ' ') : 'Error';
}

function problem(status: number, code: string, detail: string, requestId: string, extra: Record<string, unknown> = {}): Problem {
  return {
    type: `https://hatchery.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: title(status),
    status,
    detail,
    code,
    requestId,
    ...extra,
  };
}

const logger = new Logger('Errors');

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P03', '08000', '08001', '08003', '08006']);

/** Postgres or Redis unreachable: the client should retry later, not report a bug. */
function isUnavailable(error: unknown): boolean {
  const candidate = error as { code?: string; driverError?: { code?: string }; name?: string; message?: string };
  if (!candidate) return false;
  if (UNAVAILABLE_CODES.has(candidate.code ?? '') || UNAVAILABLE_CODES.has(candidate.driverError?.code ?? '')) return true;
  if (candidate.name === 'MaxRetriesPerRequestError') return true;
  return /Connection terminated|enableOfflineQueue|Stream isn't writeable|timeout exceeded when trying to connect/i.test(candidate.message ?? '');
}

/** Maps anything thrown while serving a request to a problem document and its headers. */
export function toProblem(error: unknown, requestId: string): { body: Problem; headers: Record<string, string> } {
  if (error instanceof DomainError) {
    return { body: problem(error.status, error.code, error.message, requestId, error.extra), headers: error.headers };
  }
  if (error instanceof HttpException && fastifyCodeByMessage.has(error.message)) {
    return toProblem({ code: fastifyCodeByMessage.get(error.message), statusCode: error.getStatus() }, requestId);
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const message = typeof response === 'string' ? response : ((response as { message?: unknown }).message ?? error.message);
    const detail = Array.isArray(message) ? message.join('; ') : String(message);
    if (status >= 500) logger.error({ err: error, requestId }, 'request failed');
    return { body: problem(status, codeByStatus[status] ?? 'ERROR', status >= 500 ? 'Unexpected error.' : detail, requestId), headers: {} };
  }
  const fastifyError = error as { code?: string; statusCode?: number; message?: string };
  if (fastifyError?.code && fastifyCodes[fastifyError.code]) {
    const known = fastifyCodes[fastifyError.code];
    const status = fastifyError.statusCode ?? 400;
    return { body: problem(status, known.code, known.detail, requestId), headers: {} };
  }
  if (fastifyError?.code && clientErrorCodes[fastifyError.code]) {
    const known = clientErrorCodes[fastifyError.code];
    return { body: problem(known.status, known.code, known.detail, requestId), headers: {} };
  }
  if (typeof fastifyError?.code === 'string' && fastifyError.code.startsWith('HPE_')) {
    return { body: problem(400, 'BAD_REQUEST', 'The request is not valid HTTP.', requestId), headers: {} };
  }
  const state = sqlState(error);
  if (state && CLIENT_DATA_EXCEPTIONS.has(state)) {
    // A validator gap: the client gets a 400, the log says which value got past the DTO.
    logger.warn({ err: error, requestId }, `database refused a value (SQLSTATE ${state})`);
    return { body: problem(400, 'INVALID_INPUT', 'A value is out of range or not in a form this API accepts.', requestId), headers: {} };
  }
  if (fastifyError?.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    const status = fastifyError.statusCode;
    return { body: problem(status, codeByStatus[status] ?? 'BAD_REQUEST', fastifyError.message ?? title(status), requestId), headers: {} };
  }
  if (isUnavailable(error)) {
    logger.error({ err: error, requestId }, 'dependency unavailable');
    return { body: problem(503, 'SERVICE_UNAVAILABLE', 'A service the API depends on is unavailable. Retry shortly.', requestId), headers: { 'Retry-After': '5' } };
  }
  logger.error({ err: error, requestId }, 'unhandled error');
  return { body: problem(500, 'INTERNAL_ERROR', `Unexpected error. Quote request id ${requestId} when reporting it.`, requestId), headers: {} };
}
