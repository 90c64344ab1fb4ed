import { ParseUUIDPipe } from '@nestjs/common';
import { ValidateIf } from 'class-validator';
import { NotFoundError } from '../errors/domain-error';

type Input = { value: unknown };

/** class-transformer helpers for DTOs: trim text, normalize emails and codes. */
export const trimmed = ({ value }: Input) => (typeof value === 'string' ? value.trim() : value);
export const lowerTrimmed = ({ value }: Input) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
export const upperTrimmed = ({ value }: Input) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

/** An id in the path that is not a UUID names nothing: 404, like an id that does not exist. */
export const IdPipe = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError() });

/**
 * An optional field that, when sent, must be valid: `null` is validated like any value (and so
 * refused) instead of slipping past as class-validator's @IsOptional() lets it.
 */
export const OptionalField = () => ValidateIf((_object: object, value: unknown) => value !== undefined);
