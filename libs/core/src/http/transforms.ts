import { ParseUUIDPipe } from '@nestjs/common';
import { NotFoundError } from '../errors/domain-error';

type Input = { value: unknown };

/** class-transformer helpers for DTOs: trim text, normalize emails and codes. */
export const trimmed = ({ value }: Input) => (typeof value === 'string' ? value.trim() : value);
export const lowerTrimmed = ({ value }: Input) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
export const upperTrimmed = ({ value }: Input) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

/** An id in the path that is not a UUID names nothing: 404, like an id that does not exist. */
export const IdPipe = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError() });
