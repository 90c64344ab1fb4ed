import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { FastifyRequest } from 'fastify';
import { PinoLogger } from 'nestjs-pino';
import { from, lastValueFrom, Observable } from 'rxjs';
import { NO_TRANSACTION_KEY, OPEN_ORGANIZATION_KEY, ROLES_KEY } from '../auth/decorators';
import { ForbiddenError, NotFoundError } from '../errors/domain-error';
import { RequestContext, Role } from './request-context';
import { Tenancy } from './tenancy';

/**
 * Each request runs in one transaction. Its first statements set the caller and, on an
 * organization route, the organization (after checking membership) for row level security.
 * A thrown error rolls everything back, audit rows and outbox rows included.
 */
@Injectable()
export class RequestTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly tenancy: Tenancy,
    private readonly context: RequestContext,
    private readonly logger: PinoLogger,
  ) {}

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (execution.getType() !== 'http') return next.handle();
    if (this.reflector.getAllAndOverride<boolean>(NO_TRANSACTION_KEY, [execution.getHandler(), execution.getClass()])) return next.handle();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [execution.getHandler(), execution.getClass()]);
    const open = this.reflector.getAllAndOverride<boolean>(OPEN_ORGANIZATION_KEY, [execution.getHandler(), execution.getClass()]);
    const request = execution.switchToHttp().getRequest<FastifyRequest<{ Params: { slug?: string } }>>();
    this.context.set('requestId', String(request.id));

    return from(
      this.txHost.withTransaction(async () => {
        const userId = this.context.userId;
        if (roles) await this.enterOrganization(request.params.slug, userId, roles);
        else if (open) await this.visitOrganization(request.params.slug, userId);
        else if (userId) await this.tenancy.actAsUser(userId);
        return lastValueFrom(next.handle(), { defaultValue: undefined });
      }),
    );
  }

  private async enterOrganization(slug: string | undefined, userId: string | undefined, roles: Role[]): Promise<void> {
    if (!slug || !userId) throw new Error('@Roles() needs a :slug route and an authenticated caller');
    // One round trip: sets the caller, checks the membership, sets the organization and role.
    const membership = await this.tenancy.enterAsMember(userId, slug);
    if (!membership) throw new NotFoundError('Organization');
    // Rolled back with the transaction: the settings of a refused request are never used.
    if (!roles.includes(membership.role)) throw new ForbiddenError(`This needs one of the roles: ${roles.join(', ')}.`);
    this.logger.assign({ organizationId: membership.organizationId });
  }

  private async visitOrganization(slug: string | undefined, userId: string | undefined): Promise<void> {
    if (!slug) throw new Error('@OpenOrganization() needs a :slug route');
    // A member enters with their role in one round trip; anyone else as a visitor, by the public slug.
    const membership = userId ? await this.tenancy.enterAsMember(userId, slug) : null;
    if (membership) {
      this.logger.assign({ organizationId: membership.organizationId });
      return;
    }
    const organizationId = await this.tenancy.organizationIdBySlug(slug);
    if (!organizationId) throw new NotFoundError('Organization');
    await this.tenancy.enterOrganization(organizationId);
    this.logger.assign({ organizationId });
  }
}
