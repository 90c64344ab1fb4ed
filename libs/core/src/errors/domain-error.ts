export interface FieldError {
  field: string;
  message: string;
}

/**
 * A failure the client can act on. Each subclass has a stable `code` that clients match on;
 * the global filter turns it into application/problem+json.
 */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export class ValidationFailedError extends DomainError {
  constructor(readonly errors: FieldError[], message = 'The request has invalid fields.') {
    super(400, 'VALIDATION_FAILED', message, { errors });
  }
}

export class NotFoundError extends DomainError {
  constructor(what = 'Resource') {
    super(404, 'NOT_FOUND', `${what} not found.`);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Authentication is required.', code = 'UNAUTHENTICATED') {
    super(401, code, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Your role does not allow this.') {
    super(403, 'FORBIDDEN', message);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, message: string, extra: Record<string, unknown> = {}) {
    super(409, code, message, extra);
  }
}

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(429, 'RATE_LIMITED', `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, {}, {
      'Retry-After': String(retryAfterSeconds),
    });
  }
}
