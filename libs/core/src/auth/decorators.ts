import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Role, ROLES } from '../database/request-context';
import { ProblemResponseDto } from '../http/problem.dto';

export const PUBLIC_KEY = 'hatchery:public';
export const ROLES_KEY = 'hatchery:roles';
export const NO_TRANSACTION_KEY = 'hatchery:no-transaction';

/**
 * Runs outside the request transaction: for /health, which must report a database that is down,
 * and for login, which may wait before it answers and opens its own transaction after the wait.
 */
export const NoTransaction = () => SetMetadata(NO_TRANSACTION_KEY, true);

/** No login needed. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * An organization route (its path has `:slug`): the caller must be a member with one of these
 * roles. Non-members get 404, members with another role 403.
 */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ type: ProblemResponseDto }),
    ApiForbiddenResponse({ type: ProblemResponseDto, description: `Requires one of: ${roles.join(', ')}` }),
    ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such organization, or not a member' }),
  );

/**
 * An organization route open to people who are not members (public calls, applicants). The
 * role is set when the caller is a member; the service decides what a visitor may see.
 */
export const OPEN_ORGANIZATION_KEY = 'hatchery:open-organization';
export const OpenOrganization = () =>
  applyDecorators(SetMetadata(OPEN_ORGANIZATION_KEY, true), ApiNotFoundResponse({ type: ProblemResponseDto, description: 'No such organization' }));

/** Any member of the organization, whatever the role. */
export const AnyMember = () => Roles(...ROLES);

/** Logged in, not tied to an organization. */
export const Authenticated = () => applyDecorators(ApiBearerAuth(), ApiUnauthorizedResponse({ type: ProblemResponseDto }));
